import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../api/config/config';
import { startEmbeddedPostgres } from './postgres/embedded-postgres';
import { startTemporalDevServer } from './temporal/dev-server';

/** The PostgreSQL and Temporal that Baton runs on, and how to stop what was started for them. */
export interface Platform {
  databaseUrl: string;
  temporalAddress: string;
  /** Web UI of the Temporal dev server, when Baton started one. */
  temporalUiUrl?: string;
  /** A line per component saying where it came from, for the start-up summary. */
  origins: string[];
  stop(): Promise<void>;
}

/** Name of Baton's database on the embedded PostgreSQL. */
export const EMBEDDED_DATABASE_NAME = 'baton';

/**
 * Uses `DATABASE_URL` and `TEMPORAL_ADDRESS` when they are set, and otherwise starts an embedded
 * PostgreSQL and a Temporal dev server with their files under the data folder.
 */
export async function startPlatform(config: Config, logger: Logger): Promise<Platform> {
  const stops: (() => Promise<void>)[] = [];
  const origins: string[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch((error: unknown) => logger.error({ err: error }, 'failed to stop a component'));
  };

  try {
    let temporalAddress = config.temporal.address;
    let temporalUiUrl: string | undefined;
    if (temporalAddress) {
      origins.push(`Temporal       ${temporalAddress} (TEMPORAL_ADDRESS)`);
    } else {
      const temporal = await startTemporalDevServer({
        dbFile: join(config.dataDir, 'temporal', 'temporal.db'),
        port: config.temporal.devServerPort,
        uiPort: config.temporal.devServerUiPort,
        cliPath: config.temporal.cliPath,
        logger,
      });
      stops.push(temporal.stop);
      temporalAddress = temporal.address;
      temporalUiUrl = temporal.uiUrl;
      origins.push(`Temporal       ${temporal.address} (dev server, state in ${join(config.dataDir, 'temporal')})`);
    }

    let databaseUrl = config.databaseUrl;
    if (databaseUrl) {
      origins.push(`PostgreSQL     ${redactPassword(databaseUrl)} (DATABASE_URL)`);
    } else {
      const postgres = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, logger });
      stops.push(postgres.stop);
      await postgres.createDatabase(EMBEDDED_DATABASE_NAME);
      databaseUrl = postgres.urlFor(EMBEDDED_DATABASE_NAME);
      origins.push(`PostgreSQL     127.0.0.1:${postgres.port} (embedded, data in ${join(config.dataDir, 'postgres')})`);
    }

    return { databaseUrl, temporalAddress, temporalUiUrl, origins, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Hides the password of a connection URL for logs and summaries. */
export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
