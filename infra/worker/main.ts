import { loadConfig, requireWorkerConfig } from '../../api/config/config';
import { openDatabase } from '../../api/database/data-source';
import { createLogger } from '../logger';
import { createWorker } from './worker';

/** Runs a worker on its own, against the PostgreSQL and Temporal that the environment names. */
async function main(): Promise<void> {
  const config = requireWorkerConfig(loadConfig());
  const logger = createLogger('baton-worker', config.logLevel);
  const dataSource = await openDatabase(config.databaseUrl);
  const { worker, connection } = await createWorker({
    temporalAddress: config.temporal.address,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource,
    timeZone: config.timeZone,
    payloadKey: config.payloadKey,
  });
  logger.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address }, 'worker started');

  process.once('SIGINT', () => worker.shutdown());
  process.once('SIGTERM', () => worker.shutdown());
  await worker.run();
  await connection.close();
  await dataSource.destroy();
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
