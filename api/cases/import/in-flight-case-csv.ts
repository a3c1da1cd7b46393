import { parse } from 'csv-parse/sync';
import { v5 as uuidv5 } from 'uuid';
import { OPEN_EXPULSION_STAGES, type OpenExpulsionStage } from '../../../workflows/expulsion/stages';

/** Namespace of case ids derived from a district case reference, so importing a file twice finds the same cases. */
const CASE_REFERENCE_NAMESPACE = '2b9ad4de-3a4e-4d0b-9b7e-5a1c3f0e8a11';

export const REQUIRED_CASE_COLUMNS = [
  'reference',
  'school_id',
  'student_name',
  'student_local_id',
  'student_grade',
  'incident_date',
  'incident',
  'interventions_tried',
  'stage',
  'stage_entered_at',
] as const;
export const OPTIONAL_CASE_COLUMNS = ['opened_at', 'suspension_started_on', 'attorney_name', 'hearing_at'] as const;

/** A case already under way, with its real stage and the instant that stage was entered. */
export interface InFlightCase {
  line: number;
  reference: string;
  caseId: string;
  schoolId: string;
  student: { name: string; localId: string; grade: string };
  incidentDate: string;
  incident: string;
  interventionsTried: string;
  stage: OpenExpulsionStage;
  stageEnteredAt: string;
  openedAt: string;
  suspensionStartedOn?: string;
  attorneyName?: string;
  hearingAt?: string;
}

export interface CaseRowProblem {
  line: number;
  reference?: string;
  message: string;
}

/** Derives the opaque workflow id of the case with this district reference. */
export function caseIdForReference(reference: string): string {
  return `expulsion-${uuidv5(reference, CASE_REFERENCE_NAMESPACE)}`;
}

/**
 * Parses a CSV of in-flight cases (columns by header name, any order). Returns every valid case
 * and every problem with its line number; the caller imports nothing when there is any problem.
 */
export function parseInFlightCases(text: string, now: Date): { cases: InFlightCase[]; problems: CaseRowProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, info: true, relax_column_count: false });
  } catch (error) {
    return { cases: [], problems: [{ line: 0, message: `The file is not a readable CSV: ${(error as Error).message}` }] };
  }
  if (records.length === 0) return { cases: [], problems: [{ line: 1, message: `The file has no cases: expected a header row with ${REQUIRED_CASE_COLUMNS.join(', ')} and one row per case.` }] };

  const missing = REQUIRED_CASE_COLUMNS.filter((column) => !(column in records[0].record));
  if (missing.length > 0) return { cases: [], problems: [{ line: 1, message: `Missing columns: ${missing.join(', ')}. Expected ${REQUIRED_CASE_COLUMNS.join(', ')} and optionally ${OPTIONAL_CASE_COLUMNS.join(', ')}.` }] };

  const cases: InFlightCase[] = [];
  const problems: CaseRowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    // NOTE: info.lines is the line where the record ends, so a row with a quoted line break is reported at its last line.
    const line = info.lines;
    const result = toCase(record, line, now);
    if ('message' in result) {
      problems.push(result);
      continue;
    }
    const earlier = seen.get(result.reference);
    if (earlier !== undefined) {
      problems.push({ line, reference: result.reference, message: `reference "${result.reference}" repeats line ${earlier}; each case appears once.` });
      continue;
    }
    seen.set(result.reference, line);
    cases.push(result);
  }

  return { cases, problems };
}

function toCase(row: Record<string, string>, line: number, now: Date): InFlightCase | CaseRowProblem {
  const reference = row.reference;
  const fail = (message: string): CaseRowProblem => ({ line, reference: reference || undefined, message });

  for (const column of REQUIRED_CASE_COLUMNS) if (!row[column]) return fail(`${column} is empty; every case needs it.`);
  if (!/^\d{6}$/.test(row.school_id)) return fail(`school_id "${row.school_id}" is not a six-digit CPS School_ID.`);
  if (!/^(PK|K|[1-9]|1[0-2])$/.test(row.student_grade)) return fail(`student_grade "${row.student_grade}" is invalid; use PK, K or 1 to 12.`);
  if (!isDate(row.incident_date)) return fail(`incident_date "${row.incident_date}" is not a date such as 2026-10-05.`);
  if (!(OPEN_EXPULSION_STAGES as readonly string[]).includes(row.stage)) return fail(`stage "${row.stage}" is not an open stage; use one of: ${OPEN_EXPULSION_STAGES.join(', ')}.`);

  const stageEnteredAt = parseInstant(row.stage_entered_at);
  if (!stageEnteredAt) return fail(`stage_entered_at "${row.stage_entered_at}" is not a date or date-time such as 2026-10-05 or 2026-10-05T09:00:00-05:00.`);
  if (stageEnteredAt > now.toISOString()) return fail(`stage_entered_at "${row.stage_entered_at}" is in the future; give the day the case entered its stage.`);
  const openedAt = row.opened_at ? parseInstant(row.opened_at) : stageEnteredAt;
  if (!openedAt) return fail(`opened_at "${row.opened_at}" is not a date or date-time.`);
  if (openedAt > stageEnteredAt) return fail(`opened_at "${row.opened_at}" is after stage_entered_at; a case enters a stage after it is opened.`);
  if (row.suspension_started_on && !isDate(row.suspension_started_on)) return fail(`suspension_started_on "${row.suspension_started_on}" is not a date such as 2026-10-05.`);

  const hearingAt = row.hearing_at ? parseInstant(row.hearing_at) : undefined;
  if (row.hearing_at && !hearingAt) return fail(`hearing_at "${row.hearing_at}" is not a date-time such as 2026-10-20T09:00:00-05:00.`);
  if (row.stage === 'hearing' && !hearingAt) return fail('hearing_at is empty; a case in the hearing stage needs its hearing date.');
  if (row.stage === 'hearing' && !row.attorney_name) return fail('attorney_name is empty; a case in the hearing stage has an attorney.');

  return {
    line,
    reference,
    caseId: caseIdForReference(reference),
    schoolId: row.school_id,
    student: { name: row.student_name, localId: row.student_local_id, grade: row.student_grade },
    incidentDate: row.incident_date,
    incident: row.incident,
    interventionsTried: row.interventions_tried,
    stage: row.stage as OpenExpulsionStage,
    stageEnteredAt,
    openedAt,
    suspensionStartedOn: row.suspension_started_on || undefined,
    attorneyName: row.attorney_name || undefined,
    hearingAt,
  };
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Parses a date-time into ISO 8601. A bare date becomes noon UTC, which falls on that calendar day in every US time zone. */
function parseInstant(value: string): string | undefined {
  if (isDate(value)) return `${value}T12:00:00.000Z`;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const time = Date.parse(value);

  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
