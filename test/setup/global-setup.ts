import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../infra/logger';
import { findAnyFreePort } from '../../infra/ports';
import { startEmbeddedPostgres } from '../../infra/postgres/embedded-postgres';
import { startTemporalDevServer } from '../../infra/temporal/dev-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server-level URL of the suite's PostgreSQL; each test file creates its own database on it. */
    databaseServerUrl: string;
    /** host:port of the suite's Temporal dev server. */
    temporalAddress: string;
  }
}

/**
 * Starts the suite's own PostgreSQL (embedded, in a temporary folder) and Temporal dev server (in
 * memory), on free ports, so that tests run beside a running `npm start` and leave nothing behind.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('test-setup', process.env.LOG_LEVEL ?? 'warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'baton-test-'));
  // When the suite runs as root, PostgreSQL runs as the `postgres` user, which must reach its folder.
  await chmod(dataDir, 0o755);

  const [postgresStart, temporalStart] = await Promise.allSettled([
    startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await findAnyFreePort(), logger }),
    startTemporalDevServer({ port: await findAnyFreePort(), logger }),
  ]);
  if (postgresStart.status === 'rejected' || temporalStart.status === 'rejected') {
    if (postgresStart.status === 'fulfilled') await postgresStart.value.stop();
    if (temporalStart.status === 'fulfilled') await temporalStart.value.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw postgresStart.status === 'rejected' ? postgresStart.reason : (temporalStart as PromiseRejectedResult).reason;
  }
  const postgres = postgresStart.value;
  const temporal = temporalStart.value;

  project.provide('databaseServerUrl', postgres.serverUrl);
  project.provide('temporalAddress', temporal.address);

  return async () => {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  };
}
