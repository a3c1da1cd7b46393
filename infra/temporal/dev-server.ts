import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import type { Logger } from 'pino';
import { findFreePort } from '../ports';
import { BATON_SEARCH_ATTRIBUTES } from './search-attributes';
import { findOrInstallTemporalCli } from './temporal-cli';

export interface DevServerOptions {
  /** SQLite file of the server's state; `undefined` keeps it in memory. */
  dbFile?: string;
  /** Preferred gRPC port; the next free port is taken when it is busy. */
  port: number;
  /** Preferred Web UI port; the next free port is taken when it is busy. `undefined` runs without the UI. */
  uiPort?: number;
  cliPath?: string;
  logger: Logger;
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** Starts `temporal server start-dev` with Baton's search attributes and waits until its frontend responds. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const log = options.logger;
  const cli = await findOrInstallTemporalCli({ cliPath: options.cliPath, logger: log });
  const port = await findFreePort(options.port);
  const uiPort = options.uiPort === undefined ? undefined : await findFreePort(options.uiPort === port ? port + 1 : options.uiPort);
  const address = `127.0.0.1:${port}`;
  const uiUrl = uiPort === undefined ? undefined : `http://127.0.0.1:${uiPort}`;
  const searchAttributes = Object.entries(BATON_SEARCH_ATTRIBUTES).map(([name, type]) => `${name}=${type}`);

  if (cli === undefined) return startWithSdkDownload({ ...options, port, uiPort, searchAttributes });

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  args.push(...(uiPort === undefined ? ['--headless'] : ['--ui-port', String(uiPort)]));
  if (options.dbFile) {
    await mkdir(dirname(resolve(options.dbFile)), { recursive: true });
    args.push('--db-filename', resolve(options.dbFile));
  }
  for (const attribute of searchAttributes) args.push('--search-attribute', attribute);

  log.info({ cli, port, uiPort, dbFile: options.dbFile }, 'starting Temporal dev server');
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 40) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    await waitUntilReady(address, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`Temporal dev server on ${address} did not start: ${(error as Error).message}\nIts last output:\n${output.join('')}`);
  }
  log.info({ address, uiUrl }, 'Temporal dev server is ready');

  return { address, uiUrl, stop: () => stopChild(child, log) };
}

async function waitUntilReady(address: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `the process exited (code ${code}, signal ${signal})`;
  });

  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.getSystemInfo({});

        return;
      } finally {
        await connection.close();
      }
    } catch {
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    }
  }

  throw new Error(`no response within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopChild(child: ChildProcess, log: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();

  return new Promise((resolveStop) => {
    const forceKill = setTimeout(() => {
      log.warn({ pid: child.pid }, 'Temporal dev server ignored SIGTERM for 10 s; sending SIGKILL');
      child.kill('SIGKILL');
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Falls back to the SDK's own download of the dev server, which needs the internet. */
async function startWithSdkDownload(
  options: DevServerOptions & { port: number; uiPort?: number; searchAttributes: string[] },
): Promise<RunningDevServer> {
  options.logger.warn('no temporal CLI and no Go: downloading the dev server through @temporalio/testing (needs the internet)');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const extraArgs = options.searchAttributes.flatMap((attribute) => ['--search-attribute', attribute]);
  const env = await TestWorkflowEnvironment.createLocal({
    server: { ip: '127.0.0.1', port: options.port, ui: options.uiPort !== undefined, uiPort: options.uiPort, dbFilename: options.dbFile, extraArgs },
  });

  return {
    address: `127.0.0.1:${options.port}`,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    stop: () => env.teardown(),
  };
}
