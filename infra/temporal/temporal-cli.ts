import { execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

const execFileAsync = promisify(execFile);

/**
 * The newest CLI tag that `go install` accepts: later tags carry a `replace` directive in go.mod,
 * which `go install pkg@version` rejects.
 */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

/**
 * Finds the `temporal` CLI: `$TEMPORAL_CLI`, then `PATH`, then `$(go env GOPATH)/bin`; where none
 * is found and Go is installed, builds it with `go install`, streaming Go's progress to the log.
 * Returns undefined when there is no binary and no Go, so the caller can fall back to the SDK's download.
 */
export async function findOrInstallTemporalCli(options: { cliPath?: string; logger: Logger }): Promise<string | undefined> {
  const log = options.logger;

  if (options.cliPath) {
    if (!isExecutable(options.cliPath)) {
      throw new Error(`TEMPORAL_CLI is "${options.cliPath}", which is not an executable file: point it at a temporal binary or unset it.`);
    }

    return options.cliPath;
  }

  const onPath = searchPath('temporal');
  if (onPath) return onPath;

  const goBin = await goBinDir();
  if (goBin === undefined) {
    log.warn('no temporal CLI on PATH and no Go toolchain to build one');

    return undefined;
  }

  const built = join(goBin, 'temporal');
  if (isExecutable(built)) return built;

  await goInstall(log);
  if (!isExecutable(built)) throw new Error(`go install finished but ${built} is missing: check GOBIN and GOPATH.`);

  return built;
}

async function goBinDir(): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('go', ['env', 'GOBIN', 'GOPATH']);
    const [gobin, gopath] = stdout.split('\n').map((line) => line.trim());

    return gobin || join(gopath.split(delimiter)[0], 'bin');
  } catch {
    return undefined;
  }
}

function goInstall(log: Logger): Promise<void> {
  log.info(`building the Temporal CLI: go install ${TEMPORAL_CLI_MODULE} (about 3 minutes the first time, cached afterwards)`);
  const started = Date.now();

  return new Promise((resolvePromise, reject) => {
    // `-x` is too chatty; Go prints one "go: downloading …" line per module, which shows progress.
    const child = spawn('go', ['install', TEMPORAL_CLI_MODULE], { stdio: ['ignore', 'inherit', 'pipe'] });
    let modules = 0;
    let lastOutput = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      lastOutput = (lastOutput + chunk).slice(-4000);
      for (const line of chunk.split('\n')) {
        if (line.startsWith('go: downloading')) {
          modules += 1;
          if (modules % 25 === 0) log.info(`  downloaded ${modules} Go modules…`);
        }
      }
    });
    const ticker = setInterval(() => {
      log.info(`  still compiling the Temporal CLI (${Math.round((Date.now() - started) / 1000)} s)…`);
    }, 20_000);
    child.on('error', (error) => {
      clearInterval(ticker);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) {
        log.info(`built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)} s`);
        resolvePromise();
      } else {
        reject(new Error(`go install ${TEMPORAL_CLI_MODULE} failed with exit code ${code}:\n${lastOutput}`));
      }
    });
  });
}

function searchPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }

  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);

    return true;
  } catch {
    return false;
  }
}
