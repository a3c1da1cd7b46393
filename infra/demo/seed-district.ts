import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import { generateDemoDistrict } from './demo-district';

/**
 * Fills the district at start: the CPS file in `schoolsCsv` when given (re-imported on every start,
 * which changes nothing when the file is unchanged), otherwise a generated demo district the first
 * time the database has no schools. Returns a line for the start-up summary.
 */
export async function seedDistrict(dataSource: DataSource, schoolsCsv: string | undefined, logger: Logger): Promise<string> {
  const importer = new SchoolImporter(dataSource);

  if (schoolsCsv) {
    logger.info({ file: schoolsCsv }, 'importing schools from BATON_SCHOOLS_CSV');
    const result = await importer.importFile(schoolsCsv, {
      onProgress: ({ phase, done, total }) => logger.debug({ phase, done, total }, 'import progress'),
    });
    for (const row of result.rejected) logger.warn({ line: row.line, schoolId: row.schoolId, reason: row.reason }, 'school row rejected');
    const { schools, areas } = result;

    return `${schoolsCsv}: schools ${schools.created} created, ${schools.updated} updated, ${schools.unchanged} unchanged; areas ${areas.created} created; ${result.rejected.length} rows rejected`;
  }

  const [{ count }] = await dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM schools');
  if (count > 0) return `${count} schools already in the database (set BATON_SCHOOLS_CSV to import a CPS file)`;

  const result = await importer.importRecords(generateDemoDistrict());

  return `generated demo district: ${result.schools.created} schools in ${result.areas.created} areas`;
}
