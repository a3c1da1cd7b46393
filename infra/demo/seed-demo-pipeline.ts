import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { seedDemoCalendar } from './cps-calendar-2026-27';
import { seedClosedCaseHistory } from './demo-case-history';
import { seedOpenCases } from './demo-open-cases';

/**
 * Gives a fresh district a live expulsion pipeline: the 2025–27 CPS calendar, a year of closed
 * cases behind the dashboard, and open cases in every stage started as real workflows. Each part
 * is idempotent, so a restart adds nothing. Returns a line for the start-up summary.
 */
export async function seedDemoPipeline(dataSource: DataSource, temporal: Client, options: { taskQueue: string; timeZone: string; logger: Logger }): Promise<string> {
  const calendar = await seedDemoCalendar(dataSource);
  const history = await seedClosedCaseHistory(dataSource, { timeZone: options.timeZone });
  options.logger.info({ calendar, closedCases: history.cases, written: history.written }, 'demo calendar and case history ready');

  const open = await seedOpenCases(dataSource, temporal, { taskQueue: options.taskQueue, timeZone: options.timeZone });
  const [{ escalations }] = await dataSource.query<{ escalations: number }[]>('SELECT count(*)::int AS escalations FROM escalations WHERE acknowledged_at IS NULL');

  return `${open.created + open.unchanged} open demo cases (${open.created} new), ${history.cases} closed in the last year, ${escalations} open escalations`;
}
