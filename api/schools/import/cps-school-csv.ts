import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { AreaKind } from '../../areas/area.entity';
import { SCHOOL_CATEGORIES, type SchoolCategory } from '../school.entity';

/**
 * Reader for the City of Chicago "Chicago Public Schools - School Profile Information" CSV.
 * Columns are found by header name, so their order does not matter and extra columns are ignored.
 */

/** The file this module reads, as error messages name it. */
export const EXPECTED_FILE = "a City of Chicago 'School Profile Information' CSV";

/** Headers without which a file is not a School Profile CSV. */
export const REQUIRED_HEADERS = ['School_ID', 'Short_Name', 'Long_Name', 'Primary_Category', 'Network'] as const;

/** One school as read from the file, or as generated for a demo district. */
export interface SchoolRecord {
  /** CPS `School_ID`, digits only, such as `609958`. */
  id: string;
  /** `Network` as written in the file, such as `Network 7` or `Charter`. It names the school's area. */
  network: string;
  shortName: string;
  longName: string;
  primaryCategory: SchoolCategory;
  /** Compact grade range, such as `PK,K-8`. */
  gradesOffered: string;
  /** Every grade, such as `PK,K,1,2,3`. */
  gradesOfferedAll: string;
  studentCountTotal: number;
  studentCountLowIncome: number;
  studentCountSpecialEd: number;
  studentCountEnglishLearners: number;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  latitude: number | null;
  longitude: number | null;
  /** Such as `School Year 2022-2023`. */
  schoolYear: string;
}

/** A data row that was not imported. */
export interface RejectedRow {
  /** Physical line of the file where the row starts, counting the header as line 1. */
  line: number;
  schoolId?: string;
  reason: string;
}

export interface SchoolCsvContents {
  records: SchoolRecord[];
  rejected: RejectedRow[];
}

export interface SchoolCsvReadOptions {
  /** Called with the number of data rows read so far, every PROGRESS_INTERVAL rows and once at the end. */
  onProgress?: (rowsRead: number) => void;
}

/** Number of rows between two progress reports. */
export const PROGRESS_INTERVAL = 100;

/** The area a school belongs to, derived from its `Network`. */
export interface AreaRecord {
  id: string;
  name: string;
  kind: AreaKind;
}

/** Base class of the errors that make a whole file unusable, so nothing from such a file is imported. */
export class SchoolCsvError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The header lacks required columns, or names one twice, so the file is some other kind of CSV. */
export class NotSchoolProfileCsvError extends SchoolCsvError {
  constructor(
    source: string,
    readonly missingHeaders: string[],
    readonly duplicateHeaders: string[] = [],
  ) {
    const problems = [
      missingHeaders.length > 0 ? `its header lacks ${missingHeaders.join(', ')}` : undefined,
      duplicateHeaders.length > 0 ? `its header repeats ${duplicateHeaders.join(', ')}` : undefined,
    ].filter((problem) => problem !== undefined);

    super(
      source,
      `${source} is not ${EXPECTED_FILE}: ${problems.join(' and ')}. ` +
        `Export "Chicago Public Schools - School Profile Information" from the City of Chicago data portal ` +
        `as CSV and keep its column names.`,
    );
  }
}

/** The CSV syntax is broken, for example by a quote that is never closed. */
export class MalformedSchoolCsvError extends SchoolCsvError {
  constructor(
    source: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    const where = line === undefined ? '' : ` near line ${line}`;

    super(source, `${source} is not valid CSV${where}: ${detail}. Fix the quoting there, or export the file again.`);
  }
}

/** The file cannot be opened or read. */
export class UnreadableSchoolCsvError extends SchoolCsvError {
  constructor(source: string, readonly detail: string) {
    super(source, `Cannot read ${source}: ${detail}. Check that the path names a readable file.`);
  }
}

/**
 * Maps a `Network` value to its area: the id is a slug (`Network 7` → `network-7`), and the kind
 * is `network` for the numbered networks, `charter`, `options` or `contract` for those groups,
 * and `other` for the rest (ISP, AUSL).
 */
export function areaForNetwork(network: string): AreaRecord {
  const name = network.trim();
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

  return { id, name, kind: areaKindOf(id) };
}

function areaKindOf(areaId: string): AreaKind {
  if (/^network-\d+$/.test(areaId)) return 'network';
  if (areaId === 'charter' || areaId === 'options' || areaId === 'contract') return areaId;

  return 'other';
}

/** Streams a School Profile CSV file through `parseSchoolProfileCsv`. */
export async function readSchoolProfileCsvFile(path: string, options: SchoolCsvReadOptions = {}): Promise<SchoolCsvContents> {
  return parseSchoolProfileCsv(createReadStream(path), path, options);
}

/**
 * Parses a School Profile CSV into valid records and rejected rows.
 * `source` names the input in messages, usually its path.
 *
 * @throws NotSchoolProfileCsvError when required headers are missing or repeated.
 * @throws MalformedSchoolCsvError when the CSV syntax is broken.
 * @throws UnreadableSchoolCsvError when the input stream fails, for example on a missing file.
 */
export async function parseSchoolProfileCsv(
  input: Readable,
  source: string,
  options: SchoolCsvReadOptions = {},
): Promise<SchoolCsvContents> {
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      // A row with too few or too many fields is rejected below instead of failing the whole file.
      relax_column_count: true,
      skip_empty_lines: true,
      // Rows of bare commas, as spreadsheets leave at the end, are not schools.
      skip_records_with_empty_values: true,
    }),
  );
  // pipe() does not forward errors, so a missing file would otherwise leave the parser waiting.
  input.once('error', (error) => parser.destroy(error));

  const rows = new RowValidator(source);
  const lines = new LineCounter();
  let header: Header | undefined;

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = lines.startLineOf(record, info.lines);
      if (header === undefined) {
        header = readHeader(record, source);
        continue;
      }

      rows.add(header, record, line);
      if (rows.count % PROGRESS_INTERVAL === 0) options.onProgress?.(rows.count);
    }
  } catch (error) {
    throw asSchoolCsvError(error, source);
  } finally {
    // Stopping early, on a bad header say, leaves the input open, and a file stream would keep its descriptor.
    input.destroy();
  }

  if (header === undefined) throw new NotSchoolProfileCsvError(source, [...REQUIRED_HEADERS]);

  options.onProgress?.(rows.count);

  return { records: rows.records, rejected: rows.rejected };
}

function asSchoolCsvError(error: unknown, source: string): unknown {
  if (error instanceof SchoolCsvError) return error;
  if (error instanceof CsvError) {
    const line = typeof error.lines === 'number' ? error.lines : undefined;

    return new MalformedSchoolCsvError(source, line, error.message);
  }
  if (isSystemError(error)) return new UnreadableSchoolCsvError(source, error.message);

  return error;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * Turns csv-parse's `info.lines` (the line where a record ends) into the line where it starts.
 *
 * NOTE: csv-parse 7.0.3 counts a CRLF inside a quoted field as two lines, although it counts a CRLF
 * record delimiter as one, so its count runs one ahead for every such CRLF seen so far. The tests
 * on CRLF files catch a csv-parse release that changes this.
 */
class LineCounter {
  private extraLinesCounted = 0;

  startLineOf(fields: string[], endLine: number): number {
    let lineBreaks = 0;
    for (const field of fields) {
      lineBreaks += countMatches(field, /\r\n|\r|\n/g);
      this.extraLinesCounted += countMatches(field, /\r\n/g);
    }

    return endLine - this.extraLinesCounted - lineBreaks;
  }
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Column positions by header name. */
class Header {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    readonly width: number,
  ) {}

  /** Returns the trimmed value of a column, or undefined when the file has no such column. */
  valueOf(fields: string[], name: string): string | undefined {
    const position = this.positions.get(name);

    return position === undefined ? undefined : (fields[position] ?? '').trim();
  }
}

function readHeader(fields: string[], source: string): Header {
  const positions = new Map<string, number>();
  const duplicates = new Set<string>();
  fields.forEach((field, position) => {
    const name = field.trim();
    if (positions.has(name)) duplicates.add(name);
    else positions.set(name, position);
  });

  const missing = REQUIRED_HEADERS.filter((name) => !positions.has(name));
  const repeated = REQUIRED_HEADERS.filter((name) => duplicates.has(name));
  if (missing.length > 0 || repeated.length > 0) throw new NotSchoolProfileCsvError(source, missing, repeated);

  return new Header(positions, fields.length);
}

const COUNT_COLUMNS = {
  studentCountTotal: 'Student_Count_Total',
  studentCountLowIncome: 'Student_Count_Low_Income',
  studentCountSpecialEd: 'Student_Count_Special_Ed',
  studentCountEnglishLearners: 'Student_Count_English_Learners',
} as const;

const TEXT_COLUMNS = {
  gradesOffered: 'Grades_Offered',
  gradesOfferedAll: 'Grades_Offered_All',
  address: 'Address',
  city: 'City',
  state: 'State',
  zip: 'Zip',
  phone: 'Phone',
  schoolYear: 'School_Year',
} as const;

/** Largest value of a PostgreSQL `integer` column. */
const MAX_COUNT = 2_147_483_647;

/** Validates data rows one by one, keeping the valid records and the rejected rows with their reasons. */
class RowValidator {
  readonly records: SchoolRecord[] = [];
  readonly rejected: RejectedRow[] = [];
  count = 0;
  private readonly lineOfSchoolId = new Map<string, number>();
  /** First network name seen for each area id, with its line, to catch two spellings of one area. */
  private readonly networkOfAreaId = new Map<string, { name: string; line: number }>();

  constructor(private readonly source: string) {}

  add(header: Header, fields: string[], line: number): void {
    this.count += 1;
    const schoolId = header.valueOf(fields, 'School_ID') || undefined;

    if (fields.length !== header.width) {
      this.reject(line, schoolId, `the row has ${fields.length} fields but the header has ${header.width}`);
      return;
    }

    const problems: string[] = [];
    const record = readRecord(header, fields, problems);
    this.checkUniqueness(record, line, problems);
    if (problems.length > 0) {
      this.reject(line, schoolId, problems.join('; '));
      return;
    }

    this.lineOfSchoolId.set(record.id, line);
    const area = areaForNetwork(record.network);
    if (!this.networkOfAreaId.has(area.id)) this.networkOfAreaId.set(area.id, { name: area.name, line });
    this.records.push(record);
  }

  private checkUniqueness(record: SchoolRecord, line: number, problems: string[]): void {
    const firstLine = this.lineOfSchoolId.get(record.id);
    if (record.id !== '' && firstLine !== undefined) {
      problems.push(`School_ID "${record.id}" already appears on line ${firstLine}`);
    }

    if (record.network === '') return;
    const area = areaForNetwork(record.network);
    const first = this.networkOfAreaId.get(area.id);
    if (first !== undefined && first.name !== area.name) {
      problems.push(
        `Network "${area.name}" has the same area id "${area.id}" as "${first.name}" on line ${first.line}: ` +
          `spell the network the same way on every row`,
      );
    }
  }

  private reject(line: number, schoolId: string | undefined, reason: string): void {
    this.rejected.push(schoolId === undefined ? { line, reason } : { line, schoolId, reason });
  }
}

/** Reads one data row. Each invalid value adds a reason to `problems`, and the record returned then is incomplete. */
function readRecord(header: Header, fields: string[], problems: string[]): SchoolRecord {
  const text = (name: string): string => header.valueOf(fields, name) ?? '';

  const id = text('School_ID');
  if (id === '') problems.push('School_ID is empty');
  else if (!/^\d+$/.test(id)) problems.push(`School_ID "${id}" is invalid: expected digits, such as 609958`);

  const network = text('Network');
  if (network === '') problems.push('Network is empty');
  else if (areaForNetwork(network).id === '') problems.push(`Network "${network}" is invalid: expected letters or digits, such as Network 7`);

  const shortName = text('Short_Name');
  if (shortName === '') problems.push('Short_Name is empty');
  const longName = text('Long_Name');
  if (longName === '') problems.push('Long_Name is empty');

  const category = text('Primary_Category');
  const primaryCategory = SCHOOL_CATEGORIES.find((known) => known === category);
  if (primaryCategory === undefined) {
    problems.push(`Primary_Category ${category === '' ? 'is empty' : `"${category}" is invalid`}: expected ES, MS or HS`);
  }

  const counts = mapValues(COUNT_COLUMNS, (name) => readCount(name, header.valueOf(fields, name), problems));
  const texts = mapValues(TEXT_COLUMNS, (name) => header.valueOf(fields, name) ?? '');
  const { latitude, longitude } = readCoordinates(header, fields, problems);

  return {
    id,
    network,
    shortName,
    longName,
    primaryCategory: primaryCategory ?? 'ES',
    ...counts,
    ...texts,
    latitude,
    longitude,
  };
}

/** Reads a student count. An empty cell or an absent column counts as 0, the database default. */
function readCount(name: string, value: string | undefined, problems: string[]): number {
  if (value === undefined || value === '') return 0;

  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count <= MAX_COUNT)) {
    problems.push(`${name} "${value}" is invalid: expected a whole number of students from 0 to ${MAX_COUNT}`);
    return 0;
  }

  return count;
}

/** Reads latitude and longitude in degrees. Both empty means unknown, and one without the other is rejected. */
function readCoordinates(header: Header, fields: string[], problems: string[]): { latitude: number | null; longitude: number | null } {
  const latitudeText = header.valueOf(fields, 'School_Latitude') ?? '';
  const longitudeText = header.valueOf(fields, 'School_Longitude') ?? '';
  if (latitudeText === '' && longitudeText === '') return { latitude: null, longitude: null };

  if (latitudeText === '' || longitudeText === '') {
    const [present, missing] = latitudeText === '' ? ['School_Longitude', 'School_Latitude'] : ['School_Latitude', 'School_Longitude'];
    problems.push(`${missing} is empty although ${present} is set: expected both coordinates or neither`);
    return { latitude: null, longitude: null };
  }

  const latitude = readDegrees('School_Latitude', latitudeText, 90, problems);
  const longitude = readDegrees('School_Longitude', longitudeText, 180, problems);

  return { latitude, longitude };
}

function readDegrees(name: string, value: string, limit: number, problems: string[]): number | null {
  const degrees = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (!(Math.abs(degrees) <= limit)) {
    problems.push(`${name} "${value}" is invalid: expected decimal degrees from -${limit} to ${limit}`);
    return null;
  }

  return degrees;
}

function mapValues<K extends string, V>(columns: Record<K, string>, read: (column: string) => V): Record<K, V> {
  const result = {} as Record<K, V>;
  for (const key of Object.keys(columns) as K[]) result[key] = read(columns[key]);

  return result;
}
