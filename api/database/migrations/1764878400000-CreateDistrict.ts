import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates areas, schools and users, the district that every process refers to. */
export class CreateDistrict1764878400000 implements MigrationInterface {
  name = 'CreateDistrict1764878400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE areas (
        id text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('network', 'charter', 'options', 'contract', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE schools (
        id text PRIMARY KEY,
        area_id text NOT NULL REFERENCES areas (id) ON DELETE RESTRICT,
        short_name text NOT NULL,
        long_name text NOT NULL,
        primary_category text NOT NULL CHECK (primary_category IN ('ES', 'MS', 'HS')),
        grades_offered text NOT NULL DEFAULT '',
        grades_offered_all text NOT NULL DEFAULT '',
        student_count_total integer NOT NULL DEFAULT 0 CHECK (student_count_total >= 0),
        student_count_low_income integer NOT NULL DEFAULT 0 CHECK (student_count_low_income >= 0),
        student_count_special_ed integer NOT NULL DEFAULT 0 CHECK (student_count_special_ed >= 0),
        student_count_english_learners integer NOT NULL DEFAULT 0 CHECK (student_count_english_learners >= 0),
        address text NOT NULL DEFAULT '',
        city text NOT NULL DEFAULT '',
        state text NOT NULL DEFAULT '',
        zip text NOT NULL DEFAULT '',
        phone text NOT NULL DEFAULT '',
        latitude double precision,
        longitude double precision,
        school_year text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX schools_area_id_idx ON schools (area_id)`);
    await queryRunner.query(`CREATE INDEX schools_primary_category_idx ON schools (primary_category)`);
    await queryRunner.query(`CREATE INDEX schools_long_name_idx ON schools (lower(long_name))`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('central_office', 'cao', 'principal', 'school_staff', 'law_office')),
        area_id text REFERENCES areas (id) ON DELETE RESTRICT,
        school_id text REFERENCES schools (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_scope_matches_role CHECK (
          (role IN ('central_office', 'law_office') AND area_id IS NULL AND school_id IS NULL)
          OR (role = 'cao' AND area_id IS NOT NULL AND school_id IS NULL)
          OR (role IN ('principal', 'school_staff') AND area_id IS NOT NULL AND school_id IS NOT NULL)
        )
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE schools`);
    await queryRunner.query(`DROP TABLE areas`);
  }
}
