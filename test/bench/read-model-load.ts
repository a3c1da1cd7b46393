import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { seedClosedCaseHistory } from '../../infra/demo/demo-case-history';
import { seedOpenCases } from '../../infra/demo/demo-open-cases';
import { timed } from './latency-stats';

export interface ReadModelLoadOptions {
  /** Seeds of the closed history; each seed writes its own `casesPerSeed` cases. */
  seeds: number;
  casesPerSeed: number;
  taskQueue: string;
  timeZone: string;
}

/** The read model's contents after loading, and how long each part took. */
export interface ReadModelLoadResult {
  /** Demo open cases started as workflows through the import path. */
  openDemoCases: number;
  openDemoSeconds: number;
  closedCasesWritten: number;
  closedHistorySeconds: number;
  vacuumSeconds: number;
  /** Row counts of the read model's tables once loading is done. */
  totals: { cases: number; openCases: number; transitions: number; escalations: number; openEscalations: number };
}

/**
 * Fills the read model the way a district would after some years: the demo's open cases in every
 * stage (real workflows, many past their SLA, with escalations), then closed cases bulk-written by
 * `seedClosedCaseHistory` under several seeds. Finishes with VACUUM ANALYZE, as autovacuum would do
 * soon after such a load, so that the planner uses the tables' real sizes and autovacuum does not
 * run during the timed reads.
 */
export async function loadReadModel(dataSource: DataSource, temporal: Client, options: ReadModelLoadOptions, logger: Logger): Promise<ReadModelLoadResult> {
  logger.info('read model: starting the demo open cases as workflows');
  const open = await timed(() => seedOpenCases(dataSource, temporal, { taskQueue: options.taskQueue, timeZone: options.timeZone }));
  if (open.result.problems.length > 0) {
    throw new Error(`Seeding the demo open cases failed with ${open.result.problems.length} problem(s). The first: ${open.result.problems[0]?.message}`);
  }

  let closedCasesWritten = 0;
  const now = new Date();
  const history = await timed(async () => {
    for (let seed = 1; seed <= options.seeds; seed++) {
      const summary = await seedClosedCaseHistory(dataSource, { seed, count: options.casesPerSeed, now, timeZone: options.timeZone });
      closedCasesWritten += summary.cases;
      if (seed % 5 === 0) logger.info(`read model: closed history seed ${seed} of ${options.seeds} written`);
    }
  });

  logger.info('read model: VACUUM ANALYZE');
  const vacuum = await timed(() => dataSource.query('VACUUM ANALYZE'));

  return {
    openDemoCases: open.result.created,
    openDemoSeconds: open.ms / 1000,
    closedCasesWritten,
    closedHistorySeconds: history.ms / 1000,
    vacuumSeconds: vacuum.ms / 1000,
    totals: await countReadModel(dataSource),
  };
}

async function countReadModel(dataSource: DataSource): Promise<ReadModelLoadResult['totals']> {
  const [totals] = await dataSource.query<ReadModelLoadResult['totals'][]>(
    `SELECT (SELECT count(*) FROM process_instances)::int AS "cases",
            (SELECT count(*) FROM process_instances WHERE status = 'open')::int AS "openCases",
            (SELECT count(*) FROM stage_transitions)::int AS "transitions",
            (SELECT count(*) FROM escalations)::int AS "escalations",
            (SELECT count(*) FROM escalations WHERE acknowledged_at IS NULL)::int AS "openEscalations"`,
  );

  return totals as ReadModelLoadResult['totals'];
}
