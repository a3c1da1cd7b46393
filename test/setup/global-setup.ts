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

  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await findAnyFreePort(), logger }),
    startTemporalDevServer({ port: await findAnyFreePort(), logger }),
  ]);

  project.provide('databaseServerUrl', postgres.serverUrl);
  project.provide('temporalAddress', temporal.address);
  process.env.BATON_TEST_DATABASE_URL = postgres.serverUrl;
  process.env.BATON_TEST_TEMPORAL_ADDRESS = temporal.address;

  return async () => {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  };
}
