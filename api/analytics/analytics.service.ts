import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OPEN_EXPULSION_STAGES, type OpenExpulsionStage, STAGE_LABELS } from '../../workflows/expulsion/stages';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { scopeCases } from '../cases/case-scope';

/** Open cases in one stage, and how many of them are past their warning or due instant. */
export interface StageWaiting {
  stage: OpenExpulsionStage;
  label: string;
  open: number;
  /** Cases with warn_at <= now < due_at. */
  warning: number;
  /** Cases with due_at <= now. */
  breached: number;
}

/** Calendar days that completed visits of one stage took, with null percentiles when no visit completed. */
export interface StageDuration {
  stage: OpenExpulsionStage;
  label: string;
  medianDays: number | null;
  p90Days: number | null;
  samples: number;
}

/** Open cases of one area, the breached ones, and the median calendar days since they were opened. */
export interface AreaBreaches {
  areaId: string;
  areaName: string;
  open: number;
  breached: number;
  medianDaysOpen: number;
}

/** Size and speed of the whole pipeline. */
export interface PipelineSummary {
  openCases: number;
  /** Cases closed within the last 365 days. */
  closedLastYear: number;
  /** Median calendar days from opening to closing of those cases, or null when none closed. */
  medianDaysToClose: number | null;
  /** The district's goal for the days from referral to decision. */
  targetDays: number;
}

/** `GET /api/analytics/expulsion`. */
export interface ExpulsionAnalytics {
  waitingPerStage: StageWaiting[];
  daysPerStage: StageDuration[];
  breachesPerArea: AreaBreaches[];
  pipeline: PipelineSummary;
}

/** Goal of the district for the days from referral to decision, shown beside the measured median. */
export const TARGET_DAYS_TO_CLOSE = 30;

/** Durations and closings count when they ended within this window before now. */
const WINDOW = `interval '365 days'`;

/** Calendar days between two timestamptz expressions, as float8. */
const days = (from: string, to: string) => `extract(epoch FROM ${to} - ${from})::float8 / 86400`;

/** A percentile of a float8 expression, rounded to one decimal. */
const percentile = (fraction: number, expression: string) => `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${expression}))::numeric, 1)::float8`;

// Every query reads the caller's cases from the CTE `cases`, declared NOT MATERIALIZED so that
// PostgreSQL inlines it and the scope's condition on area_id or school_id reaches the indexes of
// process_instances. The texts below follow that WITH clause, so a further CTE starts with a comma.

/**
 * Cases open now or closed within the window. A case's closing transition occurred at its closed_at,
 * so closed cases are found through the (to_stage, occurred_at) index of stage_transitions, and open
 * ones through the partial index on open instances.
 */
const RECENT_CASES = `
  , recent AS (
    SELECT c.id, c.status, c.opened_at, c.closed_at FROM cases c WHERE c.status = 'open'
    UNION ALL
    SELECT c.id, c.status, c.opened_at, c.closed_at
    FROM stage_transitions closing
    JOIN cases c ON c.id = closing.instance_id
    WHERE closing.to_stage = 'closed' AND closing.occurred_at >= now() - ${WINDOW} AND c.status = 'closed'
  )`;

const WAITING_SQL = `
  SELECT stage,
         count(*)::int AS open,
         count(*) FILTER (WHERE warn_at <= now() AND now() < due_at)::int AS warning,
         count(*) FILTER (WHERE due_at <= now())::int AS breached
  FROM cases
  WHERE status = 'open'
  GROUP BY stage`;

/**
 * A stage visit starts at a transition into the stage and ends at the next transition that changes
 * the stage, so a transition that keeps the stage (such as assign_attorney) is left out before
 * lead() pairs them. Only recent cases can have a visit that ended within the window, and the
 * lateral subquery reads each one's transitions in order from the primary key.
 */
const DAYS_SQL = `
  ${RECENT_CASES}
  , visits AS (
    SELECT t.stage, t.entered_at, t.left_at
    FROM recent r
    CROSS JOIN LATERAL (
      SELECT to_stage AS stage,
             occurred_at AS entered_at,
             lead(occurred_at) OVER (ORDER BY sequence) AS left_at
      FROM stage_transitions
      WHERE instance_id = r.id AND from_stage IS DISTINCT FROM to_stage
    ) t
  )
  SELECT stage,
         ${percentile(0.5, days('entered_at', 'left_at'))} AS "medianDays",
         ${percentile(0.9, days('entered_at', 'left_at'))} AS "p90Days",
         count(*)::int AS samples
  FROM visits
  WHERE left_at >= now() - ${WINDOW}
  GROUP BY stage`;

const BREACHES_SQL = `
  SELECT c.area_id AS "areaId",
         a.name AS "areaName",
         count(*)::int AS open,
         count(*) FILTER (WHERE c.due_at <= now())::int AS breached,
         ${percentile(0.5, days('c.opened_at', 'now()'))} AS "medianDaysOpen"
  FROM cases c
  JOIN areas a ON a.id = c.area_id
  WHERE c.status = 'open'
  GROUP BY c.area_id, a.name
  ORDER BY breached DESC, open DESC, a.name`;

const PIPELINE_SQL = `
  ${RECENT_CASES}
  SELECT count(*) FILTER (WHERE status = 'open')::int AS "openCases",
         count(*) FILTER (WHERE status = 'closed')::int AS "closedLastYear",
         round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days('opened_at', 'closed_at')}) FILTER (WHERE status = 'closed'))::numeric, 1)::float8
           AS "medianDaysToClose"
  FROM recent`;

/** Pipeline analytics of expulsion cases, computed by SQL aggregates over the read model within the caller's scope. */
@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Computes the figures over the cases the user may see, and rejects school staff with 403. */
  async expulsion(user: AuthenticatedUser): Promise<ExpulsionAnalytics> {
    // scopeCases is the access check: it throws 403 for school staff before any query runs.
    const [casesSql, parameters] = scopeCases(
      this.dataSource.createQueryBuilder().select('p.*').from('process_instances', 'p').where(`p.process = 'expulsion'`),
      user,
    ).getQueryAndParameters();
    const query = <T>(sql: string) => this.dataSource.query<T[]>(`WITH cases AS NOT MATERIALIZED (${casesSql}) ${sql}`, parameters);

    const [waiting, durations, breachesPerArea, [pipeline]] = await Promise.all([
      query<Omit<StageWaiting, 'label'>>(WAITING_SQL),
      query<Omit<StageDuration, 'label'>>(DAYS_SQL),
      query<AreaBreaches>(BREACHES_SQL),
      query<Omit<PipelineSummary, 'targetDays'>>(PIPELINE_SQL),
    ]);

    return {
      waitingPerStage: OPEN_EXPULSION_STAGES.map((stage) => {
        const row = waiting.find((candidate) => candidate.stage === stage);

        return { stage, label: STAGE_LABELS[stage], open: row?.open ?? 0, warning: row?.warning ?? 0, breached: row?.breached ?? 0 };
      }),
      daysPerStage: OPEN_EXPULSION_STAGES.map((stage) => {
        const row = durations.find((candidate) => candidate.stage === stage);

        return { stage, label: STAGE_LABELS[stage], medianDays: row?.medianDays ?? null, p90Days: row?.p90Days ?? null, samples: row?.samples ?? 0 };
      }),
      breachesPerArea,
      pipeline: { ...pipeline, targetDays: TARGET_DAYS_TO_CLOSE },
    };
  }
}
