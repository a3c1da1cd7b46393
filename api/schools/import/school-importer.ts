import { In, type DataSource, type EntityManager } from 'typeorm';
import { Area } from '../../areas/area.entity';
import { School } from '../school.entity';
import {
  areaForNetwork,
  readSchoolProfileCsvFile,
  type AreaRecord,
  type RejectedRow,
  type SchoolRecord,
} from './cps-school-csv';

export interface ImportCounts {
  created: number;
  updated: number;
  /** Rows whose imported fields all equal the stored values, so they were not written. */
  unchanged: number;
}

export interface ImportSummary {
  areas: ImportCounts;
  schools: ImportCounts;
  rejected: RejectedRow[];
}

export interface ImportProgress {
  phase: 'reading' | 'saving';
  /** Rows read, or schools saved, so far. */
  done: number;
  /** Number of schools to save; unknown while the file is still being read. */
  total?: number;
}

export interface ImportOptions {
  /** Called about every 100 rows. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportFileOptions extends ImportOptions {
  /** Abort the whole import, writing nothing, when any row is rejected. */
  strict?: boolean;
}

/** A strict import found rejected rows, so it wrote nothing. */
export class RejectedRowsError extends Error {
  constructor(
    readonly source: string,
    readonly rejected: RejectedRow[],
  ) {
    super(
      `${source} has ${rejected.length} rejected row(s), so nothing was imported ` +
        `(first: line ${rejected[0]?.line}: ${rejected[0]?.reason}). Fix those rows, or import without strict mode ` +
        `to import the valid rows only.`,
    );
    this.name = 'RejectedRowsError';
  }
}

/** Number of schools read or written per query, and between two progress reports. */
const BATCH_SIZE = 100;

/** Fields the import sets; a school is unchanged when all of them equal the stored values. */
const IMPORTED_SCHOOL_FIELDS = [
  'areaId',
  'shortName',
  'longName',
  'primaryCategory',
  'gradesOffered',
  'gradesOfferedAll',
  'studentCountTotal',
  'studentCountLowIncome',
  'studentCountSpecialEd',
  'studentCountEnglishLearners',
  'address',
  'city',
  'state',
  'zip',
  'phone',
  'latitude',
  'longitude',
  'schoolYear',
] as const satisfies readonly (keyof School)[];

type SchoolValues = Pick<School, 'id' | (typeof IMPORTED_SCHOOL_FIELDS)[number]>;

/**
 * Adds and updates areas and schools from School Profile records, in one transaction.
 * Areas and schools that the input does not mention are kept as they are, because users and
 * processes may refer to them.
 *
 * Policy on bad input: a file that is not a School Profile CSV throws and changes nothing. By
 * default, rejected rows are reported and the valid rows are imported, because one bad row among
 * hundreds should not block a district's update. With `strict: true`, any rejected row aborts the
 * import and nothing is written.
 */
export class SchoolImporter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Reads a School Profile CSV and imports its valid rows.
   *
   * @throws SchoolCsvError (from ./cps-school-csv) when the file cannot be read or is not the format.
   * @throws RejectedRowsError when `strict` is set and some rows were rejected.
   */
  async importFile(path: string, options: ImportFileOptions = {}): Promise<ImportSummary> {
    const { onProgress } = options;
    const contents = await readSchoolProfileCsvFile(path, {
      onProgress: (rowsRead) => onProgress?.({ phase: 'reading', done: rowsRead }),
    });

    if (options.strict && contents.rejected.length > 0) throw new RejectedRowsError(path, contents.rejected);

    const summary = await this.importRecords(contents.records, { onProgress });

    return { ...summary, rejected: contents.rejected };
  }

  /** Imports records that are already valid, such as a generated demo district. */
  async importRecords(records: readonly SchoolRecord[], options: ImportOptions = {}): Promise<ImportSummary> {
    assertUniqueSchoolIds(records);
    const areas = collectAreas(records);

    return this.dataSource.transaction(async (manager) => {
      // Two imports at once (the CLI and start-up, say) would race between reading and inserting, so this lock makes them queue.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['baton.school-import']);

      const areaCounts = await saveAreas(manager, areas);
      const schoolCounts = await saveSchools(manager, records, options.onProgress);

      return { areas: areaCounts, schools: schoolCounts, rejected: [] };
    });
  }
}

function assertUniqueSchoolIds(records: readonly SchoolRecord[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) throw new Error(`School_ID "${record.id}" appears twice in the records to import: pass each school once`);
    seen.add(record.id);
  }
}

/** Collects the distinct areas of the records. Two network spellings with one area id are an error. */
function collectAreas(records: readonly SchoolRecord[]): AreaRecord[] {
  const areas = new Map<string, AreaRecord>();
  for (const record of records) {
    const area = areaForNetwork(record.network);
    const known = areas.get(area.id);
    if (known !== undefined && known.name !== area.name) {
      throw new Error(`Networks "${known.name}" and "${area.name}" both map to area "${area.id}": spell the network the same way for every school`);
    }
    areas.set(area.id, area);
  }

  return [...areas.values()];
}

async function saveAreas(manager: EntityManager, areas: AreaRecord[]): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  if (areas.length === 0) return counts;

  const stored = await manager.findBy(Area, { id: In(areas.map((area) => area.id)) });
  const storedById = new Map(stored.map((area) => [area.id, area]));

  for (const area of areas) {
    const existing = storedById.get(area.id);
    if (existing === undefined) {
      await manager.insert(Area, area);
      counts.created += 1;
    } else if (existing.name !== area.name || existing.kind !== area.kind) {
      await manager.update(Area, { id: area.id }, { name: area.name, kind: area.kind });
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }

  return counts;
}

async function saveSchools(
  manager: EntityManager,
  records: readonly SchoolRecord[],
  onProgress: ImportOptions['onProgress'],
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };

  for (let start = 0; start < records.length; start += BATCH_SIZE) {
    const batch = records.slice(start, start + BATCH_SIZE).map(toSchoolValues);
    const stored = await manager.findBy(School, { id: In(batch.map((school) => school.id)) });
    const storedById = new Map(stored.map((school) => [school.id, school]));

    const created = batch.filter((school) => !storedById.has(school.id));
    if (created.length > 0) await manager.insert(School, created);
    counts.created += created.length;

    for (const school of batch) {
      const existing = storedById.get(school.id);
      if (existing === undefined) continue;

      const changes = changedFields(existing, school);
      if (Object.keys(changes).length === 0) {
        counts.unchanged += 1;
        continue;
      }

      // update() also sets updated_at, so it moves only for schools that changed.
      await manager.update(School, { id: school.id }, changes);
      counts.updated += 1;
    }

    onProgress?.({ phase: 'saving', done: start + batch.length, total: records.length });
  }

  return counts;
}

function toSchoolValues(record: SchoolRecord): SchoolValues {
  return {
    id: record.id,
    areaId: areaForNetwork(record.network).id,
    shortName: record.shortName,
    longName: record.longName,
    primaryCategory: record.primaryCategory,
    gradesOffered: record.gradesOffered,
    gradesOfferedAll: record.gradesOfferedAll,
    studentCountTotal: record.studentCountTotal,
    studentCountLowIncome: record.studentCountLowIncome,
    studentCountSpecialEd: record.studentCountSpecialEd,
    studentCountEnglishLearners: record.studentCountEnglishLearners,
    address: record.address,
    city: record.city,
    state: record.state,
    zip: record.zip,
    phone: record.phone,
    latitude: record.latitude,
    longitude: record.longitude,
    schoolYear: record.schoolYear,
  };
}

/** Returns the imported fields whose new value differs from the stored one. */
function changedFields(stored: School, incoming: SchoolValues): Partial<SchoolValues> {
  const changes: Partial<Record<keyof SchoolValues, unknown>> = {};
  for (const field of IMPORTED_SCHOOL_FIELDS) {
    if (stored[field] !== incoming[field]) changes[field] = incoming[field];
  }

  return changes as Partial<SchoolValues>;
}
