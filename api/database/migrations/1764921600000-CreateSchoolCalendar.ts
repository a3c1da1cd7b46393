import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the district calendar: school years (first and last day of school) and closures. `source`
 * names where a row came from (such as `demo` or `ics:2026-27`), so that re-importing one source
 * replaces its closures and leaves the others alone.
 */
export class CreateSchoolCalendar1764921600000 implements MigrationInterface {
  name = 'CreateSchoolCalendar1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE school_years (
        id text PRIMARY KEY,
        first_day date NOT NULL,
        last_day date NOT NULL,
        source text NOT NULL DEFAULT 'manual',
        CHECK (first_day <= last_day),
        CONSTRAINT school_years_do_not_overlap EXCLUDE USING gist (daterange(first_day, last_day, '[]') WITH &&)
      )`);
    await queryRunner.query(`
      CREATE TABLE closures (
        day date PRIMARY KEY,
        name text NOT NULL,
        source text NOT NULL DEFAULT 'manual'
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE closures');
    await queryRunner.query('DROP TABLE school_years');
  }
}
