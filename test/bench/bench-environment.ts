import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../api/app';
import { createDataConverter, generatePayloadKey } from '../../api/temporal/encryption-codec';
import { loadConfig, type ResolvedConfig } from '../../api/config/config';
import { dataSourceOptions } from '../../api/database/data-source';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import { seedDemoCalendar } from '../../infra/demo/cps-calendar-2026-27';
import { ensureDemoAccounts } from '../../infra/demo/demo-accounts';
import { generateDemoDistrict } from '../../infra/demo/demo-district';
import { findAnyFreePort } from '../../infra/ports';
import { startEmbeddedPostgres } from '../../infra/postgres/embedded-postgres';
import { startTemporalDevServer } from '../../infra/temporal/dev-server';
import { generateDemoPassword } from '../../infra/secrets';
import { createWorker } from '../../infra/worker/worker';
import { timed } from './latency-stats';
import type { Teardown } from './teardown';

const DATABASE_NAME = 'baton_bench';
const TASK_QUEUE = 'baton-bench';

/** Wall-clock milliseconds of each start-up step, in the order they ran. */
export type StartupTimings = { step: string; ms: number; note: string }[];

/** Everything the benchmark started, ready for requests. */
export interface BenchEnvironment {
  /** Base URL of the API, ending in `/api`. */
  apiUrl: string;
  /** The worker's connection pool, also used to bulk-load history and read counts. */
  dataSource: DataSource;
  /** A Temporal client for seeding the demo's open cases. */
  temporal: Client;
  config: ResolvedConfig;
  /** Password of every demo account, random for each run. */
  password: string;
  startup: StartupTimings;
}

/**
 * Starts an embedded PostgreSQL in a temporary folder and an in-memory Temporal dev server, both on
 * free loopback ports. Then migrates an empty database, imports the generated demo district, creates
 * the demo accounts and calendar, and starts a worker and the API, timing each step. Each started
 * part registers its stop on `teardown` at once, so a failure halfway still stops what was started.
 */
export async function startBenchEnvironment(logger: Logger, teardown: Teardown): Promise<BenchEnvironment> {
  const startup: StartupTimings = [];
  const step = async <T>(name: string, note: string | ((result: T) => string), work: () => Promise<T>): Promise<T> => {
    logger.info(`start-up: ${name}`);
    const { result, ms } = await timed(work);
    startup.push({ step: name, ms, note: typeof note === 'string' ? note : note(result) });

    return result;
  };

  const dataDir = await mkdtemp(join(tmpdir(), 'baton-bench-'));
  // As root, PostgreSQL runs as the `postgres` user, which must reach its folder.
  await chmod(dataDir, 0o755);
  teardown.add('temporary folder', () => rm(dataDir, { recursive: true, force: true }));

  const temporalServer = await step('Temporal dev server', 'in-memory SQLite, headless', async () =>
    startTemporalDevServer({ port: await findAnyFreePort(), cliPath: process.env.TEMPORAL_CLI, logger }),
  );
  teardown.add('Temporal dev server', temporalServer.stop);

  const postgres = await step('Embedded PostgreSQL', 'initdb of a new cluster, then start', async () =>
    startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await findAnyFreePort(), logger }),
  );
  teardown.add('embedded PostgreSQL', postgres.stop);

  await postgres.createDatabase(DATABASE_NAME);
  const databaseUrl = postgres.urlFor(DATABASE_NAME);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  teardown.add('worker connection pool', () => dataSource.destroy());

  await step('Migrations', 'every migration, on an empty database', () => dataSource.runMigrations({ transaction: 'each' }));

  const district = generateDemoDistrict();
  await step(
    'Demo district import',
    (imported) => `${imported.schools.created} schools in ${imported.areas.created} areas`,
    () => new SchoolImporter(dataSource).importRecords(district),
  );

  const password = generateDemoPassword();
  await step('Demo accounts', (accounts) => `${accounts.created.toLocaleString('en-US')} accounts sharing one argon2 hash`, () => ensureDemoAccounts(dataSource, password));

  await step('Demo school calendar', '2025-26 and 2026-27', () => seedDemoCalendar(dataSource));

  const config: ResolvedConfig = {
    ...loadConfig({ LOG_LEVEL: 'warn' }),
    databaseUrl,
    temporal: { ...loadConfig({}).temporal, address: temporalServer.address, taskQueue: TASK_QUEUE },
    jwt: { secret: randomBytes(48).toString('base64url'), ttlSeconds: 3600 },
    payloadKey: generatePayloadKey(),
  };

  const { worker, connection: workerConnection } = await step('Worker', 'connects and bundles the workflow code', () =>
    createWorker({
      temporalAddress: config.temporal.address,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataSource,
      timeZone: config.timeZone,
      payloadKey: config.payloadKey,
    }),
  );
  const workerRun = worker.run();
  teardown.add('worker', async () => {
    worker.shutdown();
    await workerRun;
    await workerConnection.close();
  });

  const app = await step('API', 'NestJS application, listening', async () => {
    const created = await createApiApp(config);
    await created.listen(0, '127.0.0.1');

    return created;
  });
  teardown.add('API', () => app.close());
  const apiUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/api`;

  const connection = await Connection.connect({ address: config.temporal.address });
  teardown.add('Temporal client connection', () => connection.close());
  const temporal = new Client({ connection, namespace: config.temporal.namespace, dataConverter: createDataConverter(config.payloadKey) });

  return { apiUrl, dataSource, temporal, config, password, startup };
}
