import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpulsionAnalytics } from '../../api/analytics/analytics.service';
import { SchoolCalendar } from '../../api/calendar/school-calendar';
import { computeStageDeadlines } from '../../api/calendar/sla-deadlines';
import { DEFAULT_EXPULSION_POLICY } from '../../api/policies/sla-policy';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import type { OpenExpulsionStage } from '../../workflows/expulsion/stages';
import { ensureDemoAccounts } from '../../infra/demo/demo-accounts';
import { type CaseHistorySummary, seedClosedCaseHistory } from '../../infra/demo/demo-case-history';
import { schoolRecord } from '../factories/school.factory';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/test-api';

const DAY = 86_400_000;

const SCHOOLS = [
  ...['641001', '641002', '641003'].map((id) => schoolRecord({ id, network: 'Network 1', primaryCategory: 'ES' })),
  ...['642001', '642002', '642003'].map((id) => schoolRecord({ id, network: 'Network 2', primaryCategory: 'ES' })),
  ...['643001', '643002'].map((id) => schoolRecord({ id, network: 'Network 14', primaryCategory: 'HS', studentCountTotal: 1500 })),
  ...['400101', '400102'].map((id) => schoolRecord({ id, network: 'Charter', primaryCategory: 'HS' })),
];

const NOW = new Date();
const OPTIONS = { seed: 7, now: NOW };

async function countRows(dataSource: DataSource): Promise<Record<string, number>> {
  const [counts] = await dataSource.query<Record<string, number>[]>(`
    SELECT (SELECT count(*)::int FROM process_instances) AS instances,
           (SELECT count(*)::int FROM stage_transitions) AS transitions,
           (SELECT count(*)::int FROM expulsion_cases) AS details,
           (SELECT count(*)::int FROM escalations) AS escalations`);

  return counts as Record<string, number>;
}

/** Reads every written row in a fixed order, without user ids because each database has its own. */
async function dumpHistory(dataSource: DataSource): Promise<unknown[]> {
  return Promise.all([
    dataSource.query('SELECT id, school_id, area_id, stage, status, outcome, last_sequence, opened_at, closed_at FROM process_instances ORDER BY id'),
    dataSource.query(
      'SELECT instance_id, sequence, action, from_stage, to_stage, actor_role, actor_email, occurred_at, data FROM stage_transitions ORDER BY instance_id, sequence',
    ),
    dataSource.query('SELECT * FROM expulsion_cases ORDER BY instance_id'),
    dataSource.query(
      `SELECT e.id, e.instance_id, e.stage, e.stage_sequence, e.level, e.due_at, e.raised_at, e.acknowledged_at, u.email AS acknowledged_by
       FROM escalations e LEFT JOIN users u ON u.id = e.acknowledged_by ORDER BY e.id`,
    ),
  ]);
}

async function createDistrictDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await new SchoolImporter(database.dataSource).importRecords(SCHOOLS);
  await ensureDemoAccounts(database.dataSource, TEST_PASSWORD);

  return database;
}

describe('seedClosedCaseHistory', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let summary: CaseHistorySummary;
  let elapsedMs: number;

  beforeAll(async () => {
    api = await startTestApi(SCHOOLS);
    dataSource = api.dataSource;
    const started = Date.now();
    summary = await seedClosedCaseHistory(dataSource, OPTIONS);
    elapsedMs = Date.now() - started;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('writes 900 cases by default', async () => {
    const counts = await countRows(dataSource);

    expect(summary.written).toBe(true);
    expect(summary.cases).toBe(900);
    expect(counts.instances).toBe(900);
    expect(counts.details).toBe(900);
    expect(counts.transitions).toBe(summary.transitions);
    expect(counts.escalations).toBe(summary.escalations);
  });

  it('loads within a few seconds', () => {
    // Generous for a loaded CI machine: `npx vitest run test/analytics` on a two-core container measured about 2.5 s.
    expect(elapsedMs).toBeLessThan(15_000);
  });

  it('closes every case within the year before now', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(
      `SELECT count(*) FILTER (WHERE status <> 'closed' OR stage <> 'closed')::int AS "notClosed",
              count(*) FILTER (WHERE outcome IS NULL)::int AS "withoutOutcome",
              count(*) FILTER (WHERE process <> 'expulsion')::int AS "otherProcess",
              count(*) FILTER (WHERE closed_at > $1)::int AS "closedAfterNow",
              count(*) FILTER (WHERE opened_at < $2)::int AS "openedBeforeYear",
              count(*) FILTER (WHERE id !~ '^expulsion-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')::int AS "badId"
       FROM process_instances`,
      [NOW, new Date(NOW.getTime() - 365 * DAY)],
    );

    expect(row?.notClosed).toBe(0);
    expect(row?.withoutOutcome).toBe(0);
    expect(row?.otherProcess).toBe(0);
    expect(row?.closedAfterNow).toBe(0);
    expect(row?.openedBeforeYear).toBe(0);
    expect(row?.badId).toBe(0);
  });

  it('runs each case from open to closed', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      WITH bounds AS (
        SELECT p.id, p.last_sequence, p.opened_at, p.closed_at,
               min(t.sequence) AS first_sequence, max(t.sequence) AS last_written, count(*) AS transitions,
               bool_and(t.sequence = 1 OR t.from_stage IS NOT NULL) AS linked
        FROM process_instances p JOIN stage_transitions t ON t.instance_id = p.id
        GROUP BY p.id
      )
      SELECT count(*) FILTER (WHERE first_sequence <> 1 OR last_written <> last_sequence OR transitions <> last_sequence)::int AS "gaps",
             count(*) FILTER (WHERE NOT linked)::int AS "unlinked",
             (SELECT count(*)::int FROM stage_transitions t JOIN process_instances p ON p.id = t.instance_id
              WHERE t.sequence = 1 AND (t.action <> 'open' OR t.from_stage IS NOT NULL OR t.to_stage <> 'school_referral' OR t.occurred_at <> p.opened_at)) AS "badOpen",
             (SELECT count(*)::int FROM stage_transitions t JOIN process_instances p ON p.id = t.instance_id
              WHERE t.sequence = p.last_sequence AND (t.to_stage <> 'closed' OR t.occurred_at <> p.closed_at)) AS "badClose",
             (SELECT count(*)::int FROM stage_transitions a JOIN stage_transitions b ON b.instance_id = a.instance_id AND b.sequence = a.sequence + 1
              WHERE b.occurred_at <= a.occurred_at OR b.from_stage <> a.to_stage) AS "outOfOrder"
      FROM bounds`);

    expect(row?.gaps).toBe(0);
    expect(row?.unlinked).toBe(0);
    expect(row?.badOpen).toBe(0);
    expect(row?.badClose).toBe(0);
    expect(row?.outOfOrder).toBe(0);
  });

  it('returns, diverts and withdraws some cases', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      SELECT avg((outcome = 'diverted')::int)::float8 AS diverted,
             avg((outcome = 'withdrawn')::int)::float8 AS withdrawn,
             avg((EXISTS (SELECT 1 FROM stage_transitions t WHERE t.instance_id = p.id AND t.action = 'return_to_school'))::int)::float8 AS returned,
             avg((outcome IN ('expelled', 'not_expelled', 'alternative_program'))::int)::float8 AS decided
      FROM process_instances p`);

    expect(row?.diverted).toBeGreaterThan(0.08);
    expect(row?.diverted).toBeLessThan(0.16);
    expect(row?.withdrawn).toBeGreaterThan(0.02);
    expect(row?.withdrawn).toBeLessThan(0.08);
    expect(row?.returned).toBeGreaterThan(0.06);
    expect(row?.returned).toBeLessThan(0.14);
    expect(row?.decided).toBeGreaterThan(0.75);
  });

  it('lasts 100 to 160 days on average', async () => {
    const [row] = await dataSource.query<{ days: number }[]>('SELECT avg(extract(epoch FROM closed_at - opened_at) / 86400)::float8 AS days FROM process_instances');

    expect(row?.days).toBeGreaterThan(100);
    expect(row?.days).toBeLessThan(160);
  });

  it('gives each area its own review speed', async () => {
    const medians = await dataSource.query<{ areaId: string; days: number }[]>(`
      WITH visits AS (
        SELECT p.area_id, t.to_stage,
               extract(epoch FROM lead(t.occurred_at) OVER (PARTITION BY t.instance_id ORDER BY t.sequence) - t.occurred_at)::float8 / 86400 AS days
        FROM stage_transitions t JOIN process_instances p ON p.id = t.instance_id
        WHERE t.from_stage IS DISTINCT FROM t.to_stage
      )
      SELECT area_id AS "areaId", percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS days
      FROM visits WHERE to_stage = 'area_review' AND days IS NOT NULL GROUP BY area_id`);
    const days = medians.map((row) => row.days);

    expect(medians).toHaveLength(4);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(15);
    expect(Math.min(...days)).toBeGreaterThan(18);
    expect(Math.max(...days)).toBeLessThan(80);
  });

  it('acts as the demo accounts', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      SELECT count(*) FILTER (WHERE t.actor_id IS NULL)::int AS "withoutActor",
             count(*) FILTER (WHERE u.email IS DISTINCT FROM t.actor_email)::int AS "mismatched",
             count(*) FILTER (WHERE t.actor_role = 'cao' AND t.actor_email <> 'cao.' || p.area_id || '@baton.example')::int AS "foreignCao",
             count(*) FILTER (WHERE t.actor_role = 'principal' AND t.actor_email <> 'principal.' || p.school_id || '@baton.example')::int AS "foreignPrincipal"
      FROM stage_transitions t
      JOIN process_instances p ON p.id = t.instance_id
      LEFT JOIN users u ON u.id = t.actor_id`);

    expect(row?.withoutActor).toBe(0);
    expect(row?.mismatched).toBe(0);
    expect(row?.foreignCao).toBe(0);
    expect(row?.foreignPrincipal).toBe(0);
  });

  it('invents student details for every case', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      SELECT count(*)::int AS cases,
             count(DISTINCT student_name)::int AS names,
             count(*) FILTER (WHERE student_local_id !~ '^5\\d{7}$')::int AS "badLocalId",
             count(*) FILTER (WHERE incident = '' OR interventions_tried = '')::int AS "withoutIncident",
             count(*) FILTER (WHERE incident_date > suspension_started_on OR legal_limit_at <= legal_warn_at)::int AS "badLegalClock"
      FROM expulsion_cases c JOIN process_instances p ON p.id = c.instance_id`);

    expect(row?.cases).toBe(900);
    expect(row?.names).toBeGreaterThan(400);
    expect(row?.badLocalId).toBe(0);
    expect(row?.withoutIncident).toBe(0);
    expect(row?.badLegalClock).toBe(0);
  });

  it('records hearing and decision facts of decided cases', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      SELECT count(*) FILTER (WHERE p.outcome = 'expelled' AND (c.decision <> 'expel' OR c.expulsion_length_days IS NULL OR c.placement IS NULL))::int AS "badExpelled",
             count(*) FILTER (WHERE p.outcome IN ('expelled', 'not_expelled', 'alternative_program') AND (c.attorney_name IS NULL OR c.hearing_at IS NULL OR c.hearing_outcome IS NULL))::int AS "withoutHearing",
             count(*) FILTER (WHERE p.outcome IN ('diverted', 'withdrawn') AND c.closing_reason IS NULL)::int AS "withoutReason",
             count(*) FILTER (WHERE scheduled.occurred_at >= c.hearing_at OR recorded.occurred_at <= c.hearing_at)::int AS "hearingOutOfOrder"
      FROM process_instances p
      JOIN expulsion_cases c ON c.instance_id = p.id
      LEFT JOIN stage_transitions scheduled ON scheduled.instance_id = p.id AND scheduled.action = 'schedule_hearing'
      LEFT JOIN stage_transitions recorded ON recorded.instance_id = p.id AND recorded.action = 'record_outcome'`);

    expect(row?.badExpelled).toBe(0);
    expect(row?.withoutHearing).toBe(0);
    expect(row?.withoutReason).toBe(0);
    expect(row?.hearingOutOfOrder).toBe(0);
  });

  it('escalates the stage visits that outlasted their SLA', async () => {
    const visits = await dataSource.query<
      { stage: OpenExpulsionStage; enteredAt: Date; leftAt: Date; hearingAt: string | null; areaDueAt: Date | null; areaRaisedAt: Date | null; centralRaisedAt: Date | null }[]
    >(`
      WITH visits AS (
        SELECT t.instance_id, t.sequence, t.to_stage AS stage, t.occurred_at AS entered_at, t.data ->> 'hearingAt' AS hearing_at,
               lead(t.occurred_at) OVER (PARTITION BY t.instance_id ORDER BY t.sequence) AS left_at
        FROM stage_transitions t WHERE t.from_stage IS DISTINCT FROM t.to_stage
      )
      SELECT v.stage, v.entered_at AS "enteredAt", v.left_at AS "leftAt", v.hearing_at AS "hearingAt",
             a.due_at AS "areaDueAt", a.raised_at AS "areaRaisedAt", c.raised_at AS "centralRaisedAt"
      FROM visits v
      LEFT JOIN escalations a ON a.instance_id = v.instance_id AND a.stage_sequence = v.sequence AND a.level = 'area'
      LEFT JOIN escalations c ON c.instance_id = v.instance_id AND c.stage_sequence = v.sequence AND c.level = 'central_office'
      WHERE v.stage <> 'closed'
      ORDER BY v.instance_id, v.sequence
      LIMIT 300`);
    // A calendar without school years counts every weekday, as the seeder does.
    const calendar = new SchoolCalendar({ timeZone: 'America/Chicago', schoolYears: [], closures: [] });
    const policy = DEFAULT_EXPULSION_POLICY;

    for (const visit of visits) {
      const deadlines = computeStageDeadlines(calendar, {
        enteredAt: visit.enteredAt,
        anchorAt: visit.hearingAt ? new Date(visit.hearingAt) : undefined,
        duration: policy.stages[visit.stage].duration,
        centralOfficeAfter: policy.centralOfficeAfter,
      });
      const label = `${visit.stage} entered ${visit.enteredAt.toISOString()}`;

      expect(visit.areaRaisedAt !== null, label).toBe(visit.leftAt > deadlines.dueAt);
      expect(visit.centralRaisedAt !== null, label).toBe(visit.leftAt > deadlines.centralOfficeAt);
      if (visit.areaDueAt) expect(visit.areaDueAt.toISOString(), label).toBe(deadlines.dueAt.toISOString());
      if (visit.centralRaisedAt) expect(visit.centralRaisedAt.toISOString(), label).toBe(deadlines.centralOfficeAt.toISOString());
    }
  });

  it('acknowledges most escalations', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(`
      SELECT avg((e.acknowledged_at IS NOT NULL)::int)::float8 AS acknowledged,
             count(*) FILTER (WHERE (e.acknowledged_at IS NULL) <> (e.acknowledged_by IS NULL))::int AS "halfAcknowledged",
             count(*) FILTER (WHERE e.level = 'area' AND u.role <> 'cao')::int AS "areaNotByCao",
             count(*) FILTER (WHERE e.level = 'central_office' AND u.role <> 'central_office')::int AS "centralNotByCentral",
             count(*) FILTER (WHERE e.acknowledged_at < e.raised_at OR e.acknowledged_at > $1)::int AS "badTime"
      FROM escalations e LEFT JOIN users u ON u.id = e.acknowledged_by`,
      [NOW],
    );

    expect(row?.acknowledged).toBeGreaterThan(0.75);
    expect(row?.acknowledged).toBeLessThan(0.95);
    expect(row?.halfAcknowledged).toBe(0);
    expect(row?.areaNotByCao).toBe(0);
    expect(row?.centralNotByCentral).toBe(0);
    expect(row?.badTime).toBe(0);
  });

  it('writes nothing on a second call', async () => {
    const before = await countRows(dataSource);

    const again = await seedClosedCaseHistory(dataSource, { ...OPTIONS, now: new Date(NOW.getTime() + 3 * DAY) });

    expect(again).toEqual({ written: false, cases: 0, transitions: 0, escalations: 0 });
    expect(await countRows(dataSource)).toEqual(before);
  });

  it('shows in the analytics as a year of closed cases', async () => {
    const response = await api.request('/analytics/expulsion', { token: await api.login('central@baton.example') });
    const analytics = (await response.json()) as ExpulsionAnalytics;
    const areaReview = analytics.daysPerStage.find((row) => row.stage === 'area_review');

    expect(analytics.pipeline.openCases).toBe(0);
    expect(analytics.pipeline.closedLastYear).toBe(900);
    expect(analytics.pipeline.medianDaysToClose).toBeGreaterThan(100);
    expect(analytics.pipeline.medianDaysToClose).toBeLessThan(170);
    expect(areaReview?.samples).toBeGreaterThan(800);
    expect(analytics.breachesPerArea).toEqual([]);
  });
});

describe('seedClosedCaseHistory on another database', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createDistrictDatabase(), createDistrictDatabase()]);
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('writes the same rows for the same seed', async () => {
    await seedClosedCaseHistory(first.dataSource, { ...OPTIONS, count: 200 });
    await seedClosedCaseHistory(second.dataSource, { ...OPTIONS, count: 200 });

    expect(await dumpHistory(second.dataSource)).toEqual(await dumpHistory(first.dataSource));
  });

  it('adds a new history for another seed', async () => {
    const before = await countRows(second.dataSource);

    const other = await seedClosedCaseHistory(second.dataSource, { ...OPTIONS, seed: 8, count: 200 });

    expect(other.written).toBe(true);
    expect((await countRows(second.dataSource)).instances).toBe(before.instances + 200);
  });

  it('rejects a database without schools', async () => {
    const empty = await createTestDatabase();
    try {
      await expect(seedClosedCaseHistory(empty.dataSource, OPTIONS)).rejects.toThrow('No schools in the database');
    } finally {
      await empty.drop();
    }
  });
});
