import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import type { LocalDate } from '../../api/calendar/school-calendar';
import { LEGAL_LIMIT_SCHOOL_DAYS, LEGAL_WARNING_SCHOOL_DAYS } from '../../api/calendar/sla-deadlines';
import { parseSlaDuration } from '../../api/calendar/sla-duration';
import { DEFAULT_EXPULSION_POLICY } from '../../api/policies/sla-policy';
import type { Role } from '../../workflows/expulsion/actor';
import type { ExpulsionOutcome, ExpulsionStage, OpenExpulsionStage } from '../../workflows/expulsion/stages';
import { CENTRAL_OFFICE_EMAIL, LAW_OFFICE_EMAIL, caoEmail, principalEmail } from './demo-accounts';
import {
  ATTORNEYS,
  DIVERSION_REASONS,
  INCIDENTS,
  INTERVENTIONS,
  RETURN_REASONS,
  STUDENT_FIRST_NAMES,
  STUDENT_SURNAMES,
  WITHDRAWAL_REASONS,
} from './demo-case-texts';
import { SeededRandom } from './seeded-random';

/**
 * A year of closed expulsion cases written straight into the read model, so that a fresh demo shows
 * the district's baseline in its analytics. These are records of finished cases, so no workflow runs.
 *
 * Stage times are drawn in school days, counted as weekdays (holidays and summer breaks are not
 * skipped). The area office keeps a case for a median of 18 to 46 school days, fixed per area. The law
 * office prepares for a median of 50, the hearing takes a few days, and the decision 5 to 15. Over
 * all outcomes, diversions and withdrawals included, a case then lasts 123 to 134 calendar days on
 * average (seeds 1 to 5 on the generated demo district), near the district's measured 129.
 */

export interface CaseHistoryOptions {
  /** Seed of the generator: the same seed, instant and district give the same rows. */
  seed?: number;
  /** Every case closes before this instant, and opens within the 365 days before it. */
  now?: Date;
  /** Number of closed cases to write. */
  count?: number;
  /** IANA zone in which school days and office hours are counted. */
  timeZone?: string;
}

export interface CaseHistorySummary {
  /** False when this seed's history was already in the database, so nothing was written. */
  written: boolean;
  cases: number;
  transitions: number;
  escalations: number;
}

/** A school a case can come from. */
export interface HistorySchool {
  id: string;
  areaId: string;
  primaryCategory: string;
  studentCountTotal: number;
}

export const DEFAULT_HISTORY_CASES = 900;

/** Median school days an area office keeps a case: each area gets one value in this range. */
export const AREA_REVIEW_MEDIAN_RANGE = { min: 18, max: 46 } as const;

const LAW_PREPARATION_MEDIAN = 50;
/** Spread of the log-normal stage durations: a factor of about 1.35 either side of the median. */
const DURATION_SIGMA = 0.3;
const SHARE_RETURNED_TO_SCHOOL = 0.1;
const SHARE_DIVERTED = 0.12;
const SHARE_WITHDRAWN = 0.05;
/** Share of escalations that someone acknowledged. */
const SHARE_ACKNOWLEDGED = 0.85;
/** Expulsions come mostly from high schools, so a high school weighs this much more per student. */
const HIGH_SCHOOL_WEIGHT = 3;
const LOCK_KEY = 'baton:demo-case-history';

// --- Generated rows -----------------------------------------------------------------------

interface InstanceRow {
  id: string;
  schoolId: string;
  areaId: string;
  outcome: ExpulsionOutcome;
  lastSequence: number;
  openedAt: Date;
  openedByEmail: string;
  closedAt: Date;
}

interface TransitionRow {
  instanceId: string;
  sequence: number;
  action: string;
  fromStage: ExpulsionStage | null;
  toStage: ExpulsionStage;
  actorRole: CaseActor;
  actorEmail: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

interface CaseDetailsRow {
  instanceId: string;
  studentName: string;
  studentLocalId: string;
  studentGrade: string;
  incidentDate: LocalDate;
  incident: string;
  interventionsTried: string;
  suspensionStartedOn: LocalDate;
  legalWarnAt: Date;
  legalLimitAt: Date;
  attorneyName: string | null;
  hearingAt: Date | null;
  hearingOutcome: string | null;
  recommendation: string | null;
  decision: string | null;
  expulsionLengthDays: number | null;
  placement: string | null;
  closingReason: string | null;
}

interface EscalationRow {
  id: string;
  instanceId: string;
  stage: OpenExpulsionStage;
  stageSequence: number;
  level: 'area' | 'central_office';
  areaId: string;
  schoolId: string;
  dueAt: Date;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByEmail: string | null;
}

/** Every row of a generated history, ready to insert. */
export interface CaseHistoryPlan {
  instances: InstanceRow[];
  transitions: TransitionRow[];
  details: CaseDetailsRow[];
  escalations: EscalationRow[];
}

// --- Writing ------------------------------------------------------------------------------

/**
 * Writes `count` closed expulsion cases (about 900 by default) for the schools and areas in the
 * database, with their transitions, details and escalations, in one transaction. Does nothing when
 * the seed's history is already there: case ids come from the seed alone, so a rerun finds them.
 * Throws when the database has no schools.
 */
export async function seedClosedCaseHistory(dataSource: DataSource, options: CaseHistoryOptions = {}): Promise<CaseHistorySummary> {
  const seed = options.seed ?? 1;
  const count = options.count ?? DEFAULT_HISTORY_CASES;
  const ids = historyCaseIds(seed, count);

  return dataSource.transaction(async (manager) => {
    // Two processes starting at once would both find no history and both write it.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
    const [{ existing }] = await manager.query<{ existing: number }[]>('SELECT count(*)::int AS existing FROM process_instances WHERE id = ANY($1)', [ids]);
    if (existing > 0) return { written: false, cases: 0, transitions: 0, escalations: 0 };

    const schools = await manager.query<HistorySchool[]>(
      `SELECT id, area_id AS "areaId", primary_category AS "primaryCategory", student_count_total AS "studentCountTotal" FROM schools ORDER BY id`,
    );
    if (schools.length === 0) throw new Error('No schools in the database, so no case history can be written: import or generate the district first.');

    const plan = planClosedCaseHistory(schools, { seed, count, now: options.now ?? new Date(), timeZone: options.timeZone ?? 'America/Chicago' });
    const userIds = await lookUpUserIds(manager, plan);
    await insertPlan(manager, plan, userIds);

    return { written: true, cases: plan.instances.length, transitions: plan.transitions.length, escalations: plan.escalations.length };
  });
}

async function lookUpUserIds(manager: EntityManager, plan: CaseHistoryPlan): Promise<Map<string, string>> {
  const acknowledgers = plan.escalations.map((escalation) => escalation.acknowledgedByEmail).filter((email) => email !== null);
  const emails = [...new Set([...plan.transitions.map((transition) => transition.actorEmail), ...acknowledgers])];
  const rows = await manager.query<{ id: string; email: string }[]>('SELECT id, email FROM users WHERE email = ANY($1)', [emails]);

  return new Map(rows.map((row) => [row.email, row.id]));
}

/** Inserts each table in one statement, its columns passed as arrays and expanded by unnest. */
async function insertPlan(manager: EntityManager, plan: CaseHistoryPlan, userIds: Map<string, string>): Promise<void> {
  const userId = (email: string | null) => (email === null ? null : (userIds.get(email) ?? null));
  const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

  const instances = plan.instances;
  await manager.query(
    `INSERT INTO process_instances (id, process, school_id, area_id, stage, status, outcome, stage_entered_at, last_sequence, opened_at, opened_by, closed_at, updated_at)
     SELECT id, 'expulsion', school_id, area_id, 'closed', 'closed', outcome, closed_at, last_sequence, opened_at, opened_by, closed_at, closed_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::uuid[], $8::timestamptz[])
       AS t (id, school_id, area_id, outcome, last_sequence, opened_at, opened_by, closed_at)`,
    [
      column(instances, (row) => row.id),
      column(instances, (row) => row.schoolId),
      column(instances, (row) => row.areaId),
      column(instances, (row) => row.outcome),
      column(instances, (row) => row.lastSequence),
      column(instances, (row) => row.openedAt),
      column(instances, (row) => userId(row.openedByEmail)),
      column(instances, (row) => row.closedAt),
    ],
  );

  const transitions = plan.transitions;
  await manager.query(
    `INSERT INTO stage_transitions (instance_id, sequence, action, from_stage, to_stage, actor_id, actor_role, actor_email, occurred_at, data)
     SELECT instance_id, sequence, action, from_stage, to_stage, actor_id, actor_role, actor_email, occurred_at, data::jsonb
     FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::timestamptz[], $10::text[])
       AS t (instance_id, sequence, action, from_stage, to_stage, actor_id, actor_role, actor_email, occurred_at, data)`,
    [
      column(transitions, (row) => row.instanceId),
      column(transitions, (row) => row.sequence),
      column(transitions, (row) => row.action),
      column(transitions, (row) => row.fromStage),
      column(transitions, (row) => row.toStage),
      column(transitions, (row) => userId(row.actorEmail)),
      column(transitions, (row) => row.actorRole),
      column(transitions, (row) => row.actorEmail),
      column(transitions, (row) => row.occurredAt),
      column(transitions, (row) => JSON.stringify(row.data)),
    ],
  );

  const details = plan.details;
  await manager.query(
    `INSERT INTO expulsion_cases (instance_id, student_name, student_local_id, student_grade, incident_date, incident, interventions_tried,
       suspension_started_on, legal_warn_at, legal_limit_at, attorney_name, hearing_at, hearing_outcome, recommendation, decision,
       expulsion_length_days, placement, closing_reason)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::date[], $9::timestamptz[],
       $10::timestamptz[], $11::text[], $12::timestamptz[], $13::text[], $14::text[], $15::text[], $16::int[], $17::text[], $18::text[])`,
    [
      column(details, (row) => row.instanceId),
      column(details, (row) => row.studentName),
      column(details, (row) => row.studentLocalId),
      column(details, (row) => row.studentGrade),
      column(details, (row) => row.incidentDate),
      column(details, (row) => row.incident),
      column(details, (row) => row.interventionsTried),
      column(details, (row) => row.suspensionStartedOn),
      column(details, (row) => row.legalWarnAt),
      column(details, (row) => row.legalLimitAt),
      column(details, (row) => row.attorneyName),
      column(details, (row) => row.hearingAt),
      column(details, (row) => row.hearingOutcome),
      column(details, (row) => row.recommendation),
      column(details, (row) => row.decision),
      column(details, (row) => row.expulsionLengthDays),
      column(details, (row) => row.placement),
      column(details, (row) => row.closingReason),
    ],
  );

  const escalations = plan.escalations;
  await manager.query(
    `INSERT INTO escalations (id, instance_id, stage, stage_sequence, level, area_id, school_id, due_at, raised_at, acknowledged_at, acknowledged_by)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[],
       $10::timestamptz[], $11::uuid[])`,
    [
      column(escalations, (row) => row.id),
      column(escalations, (row) => row.instanceId),
      column(escalations, (row) => row.stage),
      column(escalations, (row) => row.stageSequence),
      column(escalations, (row) => row.level),
      column(escalations, (row) => row.areaId),
      column(escalations, (row) => row.schoolId),
      column(escalations, (row) => row.dueAt),
      column(escalations, (row) => row.raisedAt),
      column(escalations, (row) => row.acknowledgedAt),
      column(escalations, (row) => userId(row.acknowledgedByEmail)),
    ],
  );
}

// --- Planning -----------------------------------------------------------------------------

/** Ids `expulsion-<uuid>` of a seed's cases, drawn from a generator of their own so that they do not depend on the district. */
export function historyCaseIds(seed: number, count: number): string[] {
  const random = new SeededRandom(seed);

  return Array.from({ length: count }, () => `expulsion-${seededUuid(random)}`);
}

/**
 * Generates the rows of `count` closed cases from `schools`, without touching the database. The same
 * arguments always give the same rows.
 */
export function planClosedCaseHistory(schools: HistorySchool[], options: Required<CaseHistoryOptions>): CaseHistoryPlan {
  const random = new SeededRandom(options.seed ^ 0x5bd1e995);
  const caseIds = historyCaseIds(options.seed, options.count);
  const context: PlanContext = {
    random,
    escalationIds: new SeededRandom(options.seed ^ 0x27d4eb2d),
    days: new WeekdayCalendar(options.timeZone),
    now: options.now,
    areaMedians: areaReviewMedians(schools, random),
  };
  const weights = schools.map((school) => Math.max(1, school.studentCountTotal) * (school.primaryCategory === 'HS' ? HIGH_SCHOOL_WEIGHT : 1));
  const plan: CaseHistoryPlan = { instances: [], transitions: [], details: [], escalations: [] };

  for (const id of caseIds) {
    const school = schools[random.weightedIndex(weights)] as HistorySchool;
    planCase(context, plan, id, school);
  }

  return plan;
}

interface PlanContext {
  random: SeededRandom;
  /** Draws escalation ids, apart from the other draws. */
  escalationIds: SeededRandom;
  days: WeekdayCalendar;
  now: Date;
  areaMedians: Map<string, number>;
}

/** Gives each area its own median review time, spread evenly over the range and shuffled. */
function areaReviewMedians(schools: HistorySchool[], random: SeededRandom): Map<string, number> {
  const areaIds = [...new Set(schools.map((school) => school.areaId))].sort();
  const { min, max } = AREA_REVIEW_MEDIAN_RANGE;
  const medians = areaIds.map((_, index) => (areaIds.length === 1 ? (min + max) / 2 : min + ((max - min) * index) / (areaIds.length - 1)));
  const shuffled = random.shuffle(medians);

  return new Map(areaIds.map((areaId, index) => [areaId, Math.round(shuffled[index] as number)]));
}

/** The ending of a case, drawn before its steps. */
type Ending = { kind: 'diverted' } | { kind: 'withdrawn'; stage: OpenExpulsionStage } | { kind: 'decided'; outcome: 'expelled' | 'not_expelled' | 'alternative_program' };

/** The roles that act on a case. School staff take no part in it. */
type CaseActor = Exclude<Role, 'school_staff'>;

/** One transition to place on the calendar: `schoolDays` after the previous one (0 means later the same day). */
interface Step {
  action: string;
  to: ExpulsionStage;
  actor: CaseActor;
  schoolDays: number;
  data: Record<string, unknown>;
  /** For schedule_hearing: school days from scheduling to the hearing, whose date goes into `data.hearingAt`. */
  hearingInSchoolDays?: number;
  /** Counts `schoolDays` from the hearing instead of the previous transition, as record_outcome does. */
  afterHearing?: boolean;
}

function planCase(context: PlanContext, plan: CaseHistoryPlan, id: string, school: HistorySchool): void {
  const { random } = context;
  const ending = drawEnding(random);
  const steps = drawSteps(context, school, ending);
  const openedAt = drawOpening(context, steps);
  const emails: Record<CaseActor, string> = {
    principal: principalEmail(school.id),
    cao: caoEmail(school.areaId),
    law_office: LAW_OFFICE_EMAIL,
    central_office: CENTRAL_OFFICE_EMAIL,
  };

  const transitions: TransitionRow[] = [];
  let at = openedAt;
  let hearingAt = openedAt;
  let stage: ExpulsionStage | null = null;
  const opening: Step = { action: 'open', to: 'school_referral', actor: 'principal', schoolDays: 0, data: {} };
  for (const [index, step] of [opening, ...steps].entries()) {
    if (index > 0) at = later(context, step.afterHearing ? hearingAt : at, step.schoolDays);
    let data = step.data;
    if (step.hearingInSchoolDays !== undefined) {
      hearingAt = later(context, at, step.hearingInSchoolDays);
      data = { ...data, hearingAt: hearingAt.toISOString() };
    }
    transitions.push({
      instanceId: id,
      sequence: index + 1,
      action: step.action,
      fromStage: stage,
      toStage: step.to,
      actorRole: step.actor,
      actorEmail: emails[step.actor],
      occurredAt: at,
      data,
    });
    stage = step.to;
  }

  const closedAt = (transitions[transitions.length - 1] as TransitionRow).occurredAt;
  plan.transitions.push(...transitions);
  plan.instances.push({
    id,
    schoolId: school.id,
    areaId: school.areaId,
    outcome: ending.kind === 'decided' ? ending.outcome : ending.kind,
    lastSequence: transitions.length,
    openedAt,
    openedByEmail: emails.principal,
    closedAt,
  });
  plan.details.push(caseDetails(context, id, school, transitions, ending));
  plan.escalations.push(...stageEscalations(context, school, transitions, emails));
}

function drawEnding(random: SeededRandom): Ending {
  const draw = random.next();
  if (draw < SHARE_DIVERTED) return { kind: 'diverted' };
  if (draw < SHARE_DIVERTED + SHARE_WITHDRAWN) {
    return { kind: 'withdrawn', stage: random.weighted({ area_review: 0.3, law_preparation: 0.5, hearing: 0.1, decision: 0.1 }) };
  }

  return { kind: 'decided', outcome: random.weighted({ expelled: 0.5, alternative_program: 0.3, not_expelled: 0.2 }) };
}

/** Draws a log-normal count of school days around `median`, rounded and kept within [min, max]. */
function schoolDaysAround(random: SeededRandom, median: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(DURATION_SIGMA * random.normal()))));
}

/**
 * Draws the steps after `open`, each with its gap in school days. A withdrawal cuts the case short
 * partway through the stage it names.
 */
function drawSteps(context: PlanContext, school: HistorySchool, ending: Ending): Step[] {
  const { random } = context;
  const withdrawnIn = ending.kind === 'withdrawn' ? ending.stage : undefined;
  const partOf = (schoolDays: number) => Math.max(1, Math.round(schoolDays * (0.2 + 0.7 * random.next())));
  const withdraw = (actor: CaseActor, schoolDays: number): Step => ({ action: 'withdraw', to: 'closed', actor, schoolDays, data: { reason: random.pick(WITHDRAWAL_REASONS) } });
  const steps: Step[] = [{ action: 'submit_referral', to: 'area_review', actor: 'principal', schoolDays: random.integer(1, 3), data: {} }];

  const areaReview = schoolDaysAround(random, context.areaMedians.get(school.areaId) ?? AREA_REVIEW_MEDIAN_RANGE.min, 3, 90);
  if (withdrawnIn === 'area_review') return [...steps, withdraw('principal', partOf(areaReview))];

  let reviewLeft = areaReview;
  if (random.next() < SHARE_RETURNED_TO_SCHOOL) {
    const firstLook = Math.max(1, Math.round(areaReview * (0.3 + 0.3 * random.next())));
    reviewLeft = Math.max(2, areaReview - firstLook);
    steps.push(
      { action: 'return_to_school', to: 'school_referral', actor: 'cao', schoolDays: firstLook, data: { reason: random.pick(RETURN_REASONS) } },
      { action: 'submit_referral', to: 'area_review', actor: 'principal', schoolDays: random.integer(2, 8), data: { note: 'Resubmitted with the requested documents.' } },
    );
  }
  if (ending.kind === 'diverted') return [...steps, { action: 'divert', to: 'closed', actor: 'cao', schoolDays: reviewLeft, data: { reason: random.pick(DIVERSION_REASONS) } }];
  steps.push({ action: 'approve_referral', to: 'law_preparation', actor: 'cao', schoolDays: reviewLeft, data: {} });

  const preparation = schoolDaysAround(random, LAW_PREPARATION_MEDIAN, 12, 110);
  if (withdrawnIn === 'law_preparation') return [...steps, withdraw('law_office', partOf(preparation))];
  const attorneyAfter = random.integer(1, Math.min(10, preparation - 1));
  const hearingInSchoolDays = random.integer(1, 4);
  steps.push(
    { action: 'assign_attorney', to: 'law_preparation', actor: 'law_office', schoolDays: attorneyAfter, data: { attorneyName: random.pick(ATTORNEYS) } },
    { action: 'schedule_hearing', to: 'hearing', actor: 'law_office', schoolDays: preparation - attorneyAfter, data: {}, hearingInSchoolDays },
  );

  // The outcome is usually recorded the day of the hearing, and now and then a few school days later.
  const outcomeLag = Number(random.weighted({ 0: 0.55, 1: 0.3, 2: 0.1, 3: 0.05 }));
  if (withdrawnIn === 'hearing') return [...steps, withdraw('law_office', random.integer(1, hearingInSchoolDays))];
  const outcome = ending.kind === 'decided' ? ending.outcome : random.weighted({ expelled: 0.6, not_expelled: 0.4 });
  const recommended = outcome === 'not_expelled' ? 'no_expulsion_recommended' : 'expulsion_recommended';
  steps.push({
    action: 'record_outcome',
    to: 'decision',
    actor: 'law_office',
    schoolDays: outcomeLag,
    afterHearing: true,
    data: { outcome: recommended, recommendation: random.pick(RECOMMENDATIONS[recommended]) },
  });

  const deciding = random.integer(5, 15);
  if (ending.kind !== 'decided') return [...steps, withdraw('central_office', partOf(deciding))];

  return [...steps, { action: 'decide', to: 'closed', actor: 'central_office', schoolDays: deciding, data: decisionData(random, ending.outcome) }];
}

function decisionData(random: SeededRandom, outcome: 'expelled' | 'not_expelled' | 'alternative_program'): Record<string, unknown> {
  switch (outcome) {
    case 'expelled':
      return { decision: 'expel', expulsionLengthDays: Number(random.weighted({ 20: 0.1, 45: 0.2, 90: 0.35, 180: 0.25, 365: 0.1 })), placement: random.pick(EXPULSION_PLACEMENTS) };
    case 'alternative_program':
      return { decision: 'alternative_program', placement: random.pick(ALTERNATIVE_PLACEMENTS) };
    case 'not_expelled':
      return { decision: 'no_expulsion' };
  }
}

/**
 * Draws when the case opened: a weekday within the 365 days before `now`, early enough that the
 * whole case closes before `now`.
 */
function drawOpening(context: PlanContext, steps: Step[]): Date {
  const { days, random, now } = context;
  const schoolDays = steps.reduce((sum, step) => sum + step.schoolDays + (step.hearingInSchoolDays ?? 0), 0);
  // Any 5 consecutive weekdays lie within 7 calendar days, and the opening day may move past a weekend.
  const span = Math.ceil(schoolDays / 5) * 7 + 3;
  const first = days.dayOf(now) - 364;
  let day = first + random.integer(0, Math.max(0, 363 - span));
  while (!days.isWeekday(day)) day += 1;

  return atOfficeHour(context, day);
}

/** Draws an instant between 08:00 and 16:59 local time on `day`. */
function atOfficeHour(context: PlanContext, day: number): Date {
  const { random, days } = context;

  return days.instantAt(day, random.integer(8, 16), random.integer(0, 59));
}

/** Draws an office hour `schoolDays` weekdays after `from`, or one to three hours after it when `schoolDays` is 0. */
function later(context: PlanContext, from: Date, schoolDays: number): Date {
  if (schoolDays === 0) return new Date(from.getTime() + context.random.integer(60, 180) * 60_000);

  const { days } = context;

  return atOfficeHour(context, days.weekdaysAfter(days.dayOf(from), schoolDays));
}

function caseDetails(context: PlanContext, id: string, school: HistorySchool, transitions: TransitionRow[], ending: Ending): CaseDetailsRow {
  const { random, days } = context;
  let incidentDay = days.dayOf((transitions[0] as TransitionRow).occurredAt) - random.integer(0, 3);
  while (!days.isWeekday(incidentDay)) incidentDay -= 1;
  // The suspension starts the next school day and counts as day 1 of the legal clock, as in computeLegalClock.
  const suspensionDay = days.weekdaysAfter(incidentDay, 1);
  const dataOf = (action: string) => transitions.find((transition) => transition.action === action)?.data;
  const hearing = dataOf('schedule_hearing');
  const outcome = dataOf('record_outcome');
  const decision = dataOf('decide');
  const closing = dataOf('divert') ?? dataOf('withdraw');

  return {
    instanceId: id,
    studentName: `${random.pick(STUDENT_FIRST_NAMES)} ${random.pick(STUDENT_SURNAMES)}`,
    studentLocalId: String(random.integer(50_000_000, 59_999_999)),
    studentGrade: school.primaryCategory === 'HS' ? String(random.integer(9, 12)) : random.weighted({ 6: 0.2, 7: 0.35, 8: 0.45 }),
    incidentDate: days.localDate(incidentDay),
    incident: random.pick(INCIDENTS),
    interventionsTried: random.pick(INTERVENTIONS),
    suspensionStartedOn: days.localDate(suspensionDay),
    legalWarnAt: days.endOf(days.weekdaysAfter(suspensionDay - 1, LEGAL_WARNING_SCHOOL_DAYS)),
    legalLimitAt: days.endOf(days.weekdaysAfter(suspensionDay - 1, LEGAL_LIMIT_SCHOOL_DAYS)),
    attorneyName: (dataOf('assign_attorney')?.attorneyName as string | undefined) ?? null,
    hearingAt: hearing ? new Date(hearing.hearingAt as string) : null,
    hearingOutcome: (outcome?.outcome as string | undefined) ?? null,
    recommendation: (outcome?.recommendation as string | undefined) ?? null,
    decision: (decision?.decision as string | undefined) ?? null,
    expulsionLengthDays: (decision?.expulsionLengthDays as number | undefined) ?? null,
    placement: (decision?.placement as string | undefined) ?? null,
    closingReason: ending.kind === 'decided' ? null : ((closing?.reason as string | undefined) ?? null),
  };
}

/**
 * Escalations of the stage visits that outlasted their SLA under the default policy: `area` at the
 * due instant, and `central_office` when the stage was still open 5 school days after it. Deadlines
 * follow computeStageDeadlines for `N school_days`: due at the end of the Nth weekday after the
 * anchor's local day, where the hearing's clock is anchored at the hearing date as in the workflow.
 */
function stageEscalations(context: PlanContext, school: HistorySchool, transitions: TransitionRow[], emails: Record<CaseActor, string>): EscalationRow[] {
  const { random, escalationIds, days } = context;
  const escalations: EscalationRow[] = [];
  const policy = DEFAULT_EXPULSION_POLICY;
  const centralOfficeAfter = schoolDaysOf(policy.centralOfficeAfter);
  const entries = transitions.filter((transition) => transition.fromStage !== transition.toStage && transition.toStage !== 'closed');

  for (const entry of entries) {
    const stage = entry.toStage as OpenExpulsionStage;
    const exit = transitions.find((transition) => transition.sequence > entry.sequence && transition.toStage !== stage) as TransitionRow;
    const anchor = stage === 'hearing' ? new Date(entry.data.hearingAt as string) : entry.occurredAt;
    const dueDay = days.weekdaysAfter(days.dayOf(anchor), schoolDaysOf(policy.stages[stage].duration));
    const dueAt = days.endOf(dueDay);
    const levels = [
      { level: 'area' as const, raisedAt: dueAt, acknowledger: emails.cao },
      { level: 'central_office' as const, raisedAt: days.endOf(days.weekdaysAfter(dueDay, centralOfficeAfter)), acknowledger: emails.central_office },
    ].filter((level) => exit.occurredAt > level.raisedAt);

    for (const { level, raisedAt, acknowledger } of levels) {
      const acknowledged = random.next() < SHARE_ACKNOWLEDGED;
      const acknowledgedAt = new Date(Math.min(raisedAt.getTime() + random.integer(1, 72) * 3_600_000, context.now.getTime()));
      escalations.push({
        id: seededUuid(escalationIds),
        instanceId: entry.instanceId,
        stage,
        stageSequence: entry.sequence,
        level,
        areaId: school.areaId,
        schoolId: school.id,
        dueAt,
        raisedAt,
        acknowledgedAt: acknowledged ? acknowledgedAt : null,
        acknowledgedByEmail: acknowledged ? acknowledger : null,
      });
    }
  }

  return escalations;
}

function schoolDaysOf(duration: string): number {
  const parsed = parseSlaDuration(duration);
  if (parsed.kind !== 'school_days') throw new Error(`Demo history counts SLAs in school days, but the default policy has "${duration}": write it as "N school_days".`);

  return parsed.days;
}

/**
 * Weekday arithmetic on local dates of one time zone, with a day written as its number of days
 * since 1970-01-01. SchoolCalendar counts day by day through luxon, which is too slow for thousands
 * of cases, and here every weekday is a school day anyway. Zone conversions are cached by hour,
 * because each one through luxon takes tens of microseconds.
 */
class WeekdayCalendar {
  private readonly hourStarts = new Map<string, number>();
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** Returns the local date of `instant`. */
  dayOf(instant: Date): number {
    const time = instant.getTime();
    const hour = Math.floor(time / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      // NOTE: the offset is read at the start of the UTC hour, so a zone that changes its offset mid-hour would be off until the next hour.
      offset = DateTime.fromMillis(hour * 3_600_000, { zone: this.timeZone }).offset * 60_000;
      this.offsets.set(hour, offset);
    }

    return Math.floor((time + offset) / 86_400_000);
  }

  isWeekday(day: number): boolean {
    // 1970-01-01 was a Thursday, so (day + 4) mod 7 is 0 on Sundays and 6 on Saturdays.
    const weekday = (((day + 4) % 7) + 7) % 7;

    return weekday !== 0 && weekday !== 6;
  }

  /** Returns the `count`th weekday after `day`, which does not count itself. */
  weekdaysAfter(day: number, count: number): number {
    let current = day;
    for (let counted = 0; counted < count; ) {
      current += 1;
      if (this.isWeekday(current)) counted += 1;
    }

    return current;
  }

  localDate(day: number): LocalDate {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
  }

  /** Returns the instant of `hour`:`minute` local time on `day`. */
  instantAt(day: number, hour: number, minute: number): Date {
    const key = `${day}T${hour}`;
    let start = this.hourStarts.get(key);
    if (start === undefined) {
      start = DateTime.fromISO(this.localDate(day), { zone: this.timeZone }).set({ hour }).toMillis();
      this.hourStarts.set(key, start);
    }

    return new Date(start + minute * 60_000);
  }

  /** Returns the end of `day`: midnight local time at the start of the next day. */
  endOf(day: number): Date {
    return this.instantAt(day + 1, 0, 0);
  }
}

/** A version 4 UUID whose random bits come from `random`. */
function seededUuid(random: SeededRandom): string {
  const bytes = Array.from({ length: 16 }, () => random.integer(0, 255));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// --- Invented hearing and decision texts --------------------------------------------------

const RECOMMENDATIONS = {
  expulsion_recommended: [
    'The charge is proven; the hearing officer recommends expulsion with placement in a safe school program.',
    'The charge is proven and prior interventions failed; expulsion is recommended.',
  ],
  no_expulsion_recommended: [
    'The charge is not proven by the evidence presented; no expulsion is recommended.',
    'The conduct is proven but mitigating factors outweigh it; the hearing officer recommends a return with supports.',
  ],
};

const EXPULSION_PLACEMENTS = [
  'Safe school program, full day, with transportation.',
  'Alternative safe school campus, with weekly case management.',
  'Virtual instruction program during the expulsion, then a supported return.',
];

const ALTERNATIVE_PLACEMENTS = [
  'Transfer to an options school with a behavior intervention plan.',
  'Placement in a therapeutic day program for one semester.',
  'Transfer to another district school with a mentor and weekly check-ins.',
];
