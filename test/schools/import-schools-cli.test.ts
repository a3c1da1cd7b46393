import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_IMPORTED, EXIT_ROWS_REJECTED, runImportSchools } from '../../infra/cli/import-schools';
import { findAnyFreePort } from '../../infra/ports';
import { createTempFolder, fixturePath, sampleSchoolRow, schoolProfileCsv, type TempFolder } from '../fixtures/schools/school-profile-csv';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let databaseUrl: string;
let files: TempFolder;

beforeAll(async () => {
  database = await createTestDatabase();
  databaseUrl = (database.dataSource.options as { url: string }).url;
  files = await createTempFolder();
});

afterAll(async () => {
  await files?.remove();
  await database?.drop();
});

beforeEach(async () => {
  await database.dataSource.query('TRUNCATE users, schools, areas CASCADE');
});

/** Runs the CLI with DATABASE_URL set to the test database, unless `env` replaces that environment. */
async function run(args: string[], env: NodeJS.ProcessEnv = { DATABASE_URL: databaseUrl }) {
  const stdout: string[] = [];
  const stderr: string[] = [];

  const status = await runImportSchools(args, env, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });

  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function schoolCount(): Promise<number> {
  const [{ count }] = await database.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM schools');

  return count;
}

describe('import-schools CLI', () => {
  it('prints the counts and exits 0 on a clean file', async () => {
    const path = await files.write('three.csv', schoolProfileCsv([sampleSchoolRow(1), sampleSchoolRow(2), sampleSchoolRow(3)]));

    const { status, stdout } = await run([path]);

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain(`Imported ${path}`);
    expect(stdout).toContain('areas:   3 created, 0 updated, 0 unchanged');
    expect(stdout).toContain('schools: 3 created, 0 updated, 0 unchanged');
    expect(stdout).toContain('rejected rows: 0');
  });

  it('prints progress to stderr', async () => {
    const path = await files.write('three.csv', schoolProfileCsv([sampleSchoolRow(1), sampleSchoolRow(2), sampleSchoolRow(3)]));

    const { stderr } = await run([path]);

    expect(stderr).toContain(`Reading ${path}: 3 rows`);
    expect(stderr).toContain('Saving schools: 3 of 3');
  });

  it('lists rejected rows and exits 2', async () => {
    const { status, stdout } = await run([fixturePath('quoted-fields.csv')]);

    expect(status).toBe(EXIT_ROWS_REJECTED);
    expect(stdout).toContain('schools: 2 created');
    expect(stdout).toContain('line 5: School_ID is empty');
    expect(stdout).toContain('line 6 (School_ID 610013): Network is empty');
    expect(await schoolCount()).toBe(2);
  });

  it('imports nothing with --strict when rows are rejected', async () => {
    const { status, stdout } = await run([fixturePath('quoted-fields.csv'), '--strict']);

    expect(status).toBe(EXIT_ROWS_REJECTED);
    expect(stdout).toContain('Nothing imported');
    expect(stdout).toContain('line 5: School_ID is empty');
    expect(await schoolCount()).toBe(0);
  });

  it('exits 1 naming the path on a file of another format', async () => {
    const path = fixturePath('not-school-profile.csv');

    const { status, stderr } = await run([path]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain(`${path} is not a City of Chicago 'School Profile Information' CSV`);
    expect(stderr).toContain('Nothing was imported');
    expect(await schoolCount()).toBe(0);
  });

  it('exits 1 naming the path of a missing file', async () => {
    const path = fixturePath('no-such-file.csv');

    const { status, stderr } = await run([path]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain(`Cannot read ${path}`);
  });

  it('imports into the embedded PostgreSQL under BATON_DATA_DIR when DATABASE_URL is unset', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'baton-cli-'));
    await chmod(dataDir, 0o755);
    try {
      const env = { BATON_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await findAnyFreePort()), LOG_LEVEL: 'warn' };

      const first = await run([fixturePath('reordered-columns.csv')], env);
      const second = await run([fixturePath('reordered-columns.csv')], env);

      expect(first.status).toBe(EXIT_IMPORTED);
      expect(first.stdout).toMatch(/schools:\s+[1-9]\d* created/);
      expect(second.status).toBe(EXIT_IMPORTED);
      expect(second.stdout).toMatch(/schools:\s+0 created, 0 updated, [1-9]\d* unchanged/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('exits 1 with usage when FILE is missing', async () => {
    const { status, stderr } = await run([]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('Missing FILE');
    expect(stderr).toContain('Usage: npm run import:schools -- FILE [--strict]');
  });

  it('exits 1 with usage on an unknown option', async () => {
    const { status, stderr } = await run([fixturePath('reordered-columns.csv'), '--dry-run']);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('--dry-run');
  });

  it('resolves FILE from the folder npm was started in', async () => {
    const path = fixturePath('reordered-columns.csv');

    const { status, stdout } = await run(['reordered-columns.csv'], { DATABASE_URL: databaseUrl, INIT_CWD: dirname(path) });

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain(`Imported ${path}`);
  });
});
