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
  const [{ closed, escalations }] = await dataSource.query<{ closed: number; escalations: number }[]>(
    `SELECT (SELECT count(*)::int FROM process_instances WHERE status = 'closed' AND closed_at > now() - interval '365 days') AS closed,
            (SELECT count(*)::int FROM escalations e JOIN process_instances p ON p.id = e.instance_id
             WHERE e.acknowledged_at IS NULL AND p.status = 'open') AS escalations`,
  );

  return `${open.created + open.unchanged} open demo cases (${open.created} new), ${closed} closed in the last year, ${escalations} unacknowledged escalations of open cases`;
}
