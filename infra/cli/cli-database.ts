import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../../api/config/config';
import { openDatabase } from '../../api/database/data-source';
import { EMBEDDED_DATABASE_NAME } from '../platform';
import { embeddedPostgresUrl, runningEmbeddedPostgresPort, startEmbeddedPostgres } from '../postgres/embedded-postgres';

/** A migrated database for a command-line tool, and how to let it go. */
export interface CliDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Opens the database a command-line tool works on, the same one `npm start` uses: `DATABASE_URL`
 * when set; otherwise the embedded PostgreSQL under the data folder, reached where `npm start` runs
 * it, or started for the duration of the command when nothing runs it.
 */
export async function openCliDatabase(config: Config, logger: Logger): Promise<CliDatabase> {
  if (config.databaseUrl) {
    const dataSource = await openDatabase(config.databaseUrl);

    return { dataSource, close: () => dataSource.destroy() };
  }

  const dataDir = join(config.dataDir, 'postgres');
  const runningPort = runningEmbeddedPostgresPort(dataDir);
  if (runningPort !== undefined) {
    logger.info({ port: runningPort }, 'using the embedded PostgreSQL that `npm start` runs');
    const dataSource = await openDatabase(embeddedPostgresUrl(runningPort, EMBEDDED_DATABASE_NAME));

    return { dataSource, close: () => dataSource.destroy() };
  }

  const postgres = await startEmbeddedPostgres({ dataDir, port: config.embeddedPostgresPort, logger });
  try {
    await postgres.createDatabase(EMBEDDED_DATABASE_NAME);
    const dataSource = await openDatabase(postgres.urlFor(EMBEDDED_DATABASE_NAME));

    return {
      dataSource,
      close: async () => {
        await dataSource.destroy();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
