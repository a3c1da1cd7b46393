import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates the district calendar: school years (first and last day of school) and closures. */
export class CreateSchoolCalendar1764921600000 implements MigrationInterface {
  name = 'CreateSchoolCalendar1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE school_years (
        id text PRIMARY KEY,
        first_day date NOT NULL,
        last_day date NOT NULL,
        CHECK (first_day <= last_day)
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
