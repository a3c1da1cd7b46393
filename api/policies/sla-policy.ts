import type { DataSource, EntityManager } from 'typeorm';
import { OPEN_EXPULSION_STAGES, type OpenExpulsionStage } from '../../workflows/expulsion/stages';
import { parseSlaDuration } from '../calendar/sla-duration';

/** The SLA of one stage: how long its owner has, and when the owner is warned (a fraction of that time). */
export interface StageSla {
  duration: string;
  warningAt: number;
}

/**
 * An SLA policy document, as `PUT /api/sla-policies/expulsion` takes it. A duration is
 * `N school_days`, `N calendar_days` or an ISO 8601 duration (`P10D`, `PT30S`).
 * `centralOfficeAfter` is counted from the breach.
 */
export interface SlaPolicyDocument {
  stages: Record<OpenExpulsionStage, StageSla>;
  centralOfficeAfter: string;
}

export interface SlaPolicy {
  process: 'expulsion';
  version: number;
  document: SlaPolicyDocument;
  createdAt: string | null;
}

export const DEFAULT_WARNING_AT = 0.75;

/** The district's default SLAs for expulsion cases; the hearing's clock starts at the hearing date. */
export const DEFAULT_EXPULSION_POLICY: SlaPolicyDocument = {
  stages: {
    school_referral: { duration: '2 school_days', warningAt: DEFAULT_WARNING_AT },
    area_review: { duration: '5 school_days', warningAt: DEFAULT_WARNING_AT },
    law_preparation: { duration: '10 school_days', warningAt: DEFAULT_WARNING_AT },
    hearing: { duration: '2 school_days', warningAt: DEFAULT_WARNING_AT },
    decision: { duration: '5 school_days', warningAt: DEFAULT_WARNING_AT },
  },
  centralOfficeAfter: '5 school_days',
};

/**
 * Checks a policy document and returns it complete (stages left out keep `base`'s SLA, `warningAt`
 * defaults to 0.75). Returns the problems, each naming the field and the value, when it is invalid.
 */
export function normalizePolicy(input: unknown, base: SlaPolicyDocument = DEFAULT_EXPULSION_POLICY): { policy?: SlaPolicyDocument; problems: string[] } {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { problems: ['The policy must be a JSON object with "stages" and "centralOfficeAfter".'] };

  const { stages = {}, centralOfficeAfter = base.centralOfficeAfter, ...unknownFields } = input as Record<string, unknown>;
  for (const name of Object.keys(unknownFields)) problems.push(`"${name}" is not a policy field; use "stages" and "centralOfficeAfter".`);
  if (typeof stages !== 'object' || stages === null || Array.isArray(stages)) return { problems: [...problems, '"stages" must be an object keyed by stage.'] };

  const result = { stages: { ...base.stages }, centralOfficeAfter: base.centralOfficeAfter } as SlaPolicyDocument;
  for (const [stage, value] of Object.entries(stages as Record<string, unknown>)) {
    if (!(OPEN_EXPULSION_STAGES as readonly string[]).includes(stage)) {
      problems.push(`stages.${stage} is not a stage with a clock; use one of: ${OPEN_EXPULSION_STAGES.join(', ')}.`);
      continue;
    }
    const sla = checkStageSla(stage, value, problems);
    if (sla) result.stages[stage as OpenExpulsionStage] = sla;
  }

  const centralProblem = durationProblem('centralOfficeAfter', centralOfficeAfter);
  if (centralProblem) problems.push(centralProblem);
  else result.centralOfficeAfter = centralOfficeAfter as string;

  return problems.length > 0 ? { problems } : { policy: result, problems };
}

function checkStageSla(stage: string, value: unknown, problems: string[]): StageSla | undefined {
  if (typeof value !== 'object' || value === null) {
    problems.push(`stages.${stage} must be an object such as {"duration": "5 school_days", "warningAt": 0.75}.`);

    return undefined;
  }
  const { duration, warningAt = DEFAULT_WARNING_AT, ...rest } = value as Record<string, unknown>;
  const before = problems.length;
  for (const name of Object.keys(rest)) problems.push(`stages.${stage}.${name} is not a stage SLA field; use "duration" and "warningAt".`);
  const problem = durationProblem(`stages.${stage}.duration`, duration);
  if (problem) problems.push(problem);
  if (typeof warningAt !== 'number' || !(warningAt > 0 && warningAt < 1)) {
    problems.push(`stages.${stage}.warningAt is ${JSON.stringify(warningAt)}; use a fraction between 0 and 1, such as 0.75.`);
  }

  return problems.length === before ? { duration: duration as string, warningAt: warningAt as number } : undefined;
}

function durationProblem(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${field} is ${JSON.stringify(value)}; use "N school_days", "N calendar_days" or an ISO 8601 duration such as "P10D".`;
  try {
    parseSlaDuration(value);

    return undefined;
  } catch (error) {
    return `${field}: ${(error as Error).message}`;
  }
}

/** The newest version of a process's policy, or the default (version 0) when none was saved. */
export async function loadCurrentPolicy(db: DataSource | EntityManager, process: 'expulsion'): Promise<SlaPolicy> {
  const [row] = await db.query<{ version: number; document: SlaPolicyDocument; created_at: Date }[]>(
    'SELECT version, document, created_at FROM sla_policies WHERE process = $1 ORDER BY version DESC LIMIT 1',
    [process],
  );
  if (!row) return { process, version: 0, document: DEFAULT_EXPULSION_POLICY, createdAt: null };

  return { process, version: row.version, document: row.document, createdAt: row.created_at.toISOString() };
}
