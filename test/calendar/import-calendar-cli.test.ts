import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_IMPORTED, runImportCalendar } from '../../infra/cli/import-calendar';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** The district's published 2026-27 closures, kept outside the repository beside it. */
const CPS_CALENDAR_FILE = new URL('../../../shared/data/cps-calendar-2026-27.ics', import.meta.url).pathname;

const TWO_EVENTS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Baton tests//EN',
  'BEGIN:VEVENT',
  'UID:thanksgiving@baton.test',
  'DTSTART;VALUE=DATE:20261125',
  'DTEND;VALUE=DATE:20261128',
  'SUMMARY:Thanksgiving break',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:board@baton.test',
  'DTSTART:20261012T230000Z',
  'SUMMARY:Board meeting',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const YEAR_2026_27 = ['--first-day', '2026-08-17', '--last-day', '2027-06-10'];

let database: TestDatabase;
let databaseUrl: string;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  databaseUrl = (database.dataSource.options as { url: string }).url;
  folder = await mkdtemp(join(tmpdir(), 'baton-calendar-'));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  await database?.drop();
});

beforeEach(async () => {
  await database.dataSource.query('TRUNCATE closures, school_years');
});

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];

  const status = await runImportCalendar(args, { DATABASE_URL: databaseUrl }, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });

  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function writeIcs(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);

  return path;
}

async function closureCount(): Promise<number> {
  const [{ count }] = await database.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM closures');

  return count;
}

describe('import-calendar CLI', () => {
  it('imports the school year and the closures, and prints the counts', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);

    const { status, stdout } = await run([path, ...YEAR_2026_27]);

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain(`Imported ${path} as school year 2026-27 (2026-08-17 to 2027-06-10)`);
    expect(stdout).toContain('school year: 1 created, 0 updated, 0 unchanged');
    expect(stdout).toContain('3 added, 0 renamed, 0 removed, 0 unchanged');
  });

  it('lists the events it skipped', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);

    const { stdout } = await run([path, ...YEAR_2026_27]);

    expect(stdout).toContain('warnings: 1');
    expect(stdout).toContain('Line 12: event "Board meeting" is not an all-day event');
  });

  it('records the closures under the source of the school year', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);

    await run([path, ...YEAR_2026_27]);
    const rows = await database.dataSource.query<{ source: string }[]>('SELECT DISTINCT source FROM closures');

    expect(rows).toEqual([{ source: 'ics:2026-27' }]);
  });

  it('changes nothing when run twice', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);
    await run([path, ...YEAR_2026_27]);

    const { status, stdout } = await run([path, ...YEAR_2026_27]);

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain('school year: 0 created, 0 updated, 1 unchanged');
    expect(stdout).toContain('0 added, 0 renamed, 0 removed, 3 unchanged');
  });

  it('uses --year-id when given', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);

    const { stdout } = await run([path, ...YEAR_2026_27, '--year-id', 'SY2027']);

    expect(stdout).toContain('as school year SY2027');
  });

  it('lists closures outside the school year', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);

    const { stdout } = await run([path, '--first-day', '2026-12-01', '--last-day', '2027-06-10']);

    expect(stdout).toContain('3 closure(s) fall outside the school year, so they change no deadline: 2026-11-25, 2026-11-26, 2026-11-27');
  });

  it('exits 1 naming the line of a malformed file, importing nothing', async () => {
    const path = await writeIcs('broken.ics', TWO_EVENTS.replace('SUMMARY:Thanksgiving break', 'SUMMARY Thanksgiving break'));

    const { status, stderr } = await run([path, ...YEAR_2026_27]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain(`${path}: Line 8: "SUMMARY Thanksgiving break" is not an iCalendar content line`);
    expect(stderr).toContain('Nothing was imported.');
    expect(await closureCount()).toBe(0);
  });

  it('exits 1 naming the path of a missing file', async () => {
    const path = join(folder, 'no-such-file.ics');

    const { status, stderr } = await run([path, ...YEAR_2026_27]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain(`Cannot read ${path}`);
  });

  it('exits 1 with usage when --last-day is missing', async () => {
    const { status, stderr } = await run(['calendar.ics', '--first-day', '2026-08-17']);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('Missing --first-day or --last-day');
    expect(stderr).toContain('Usage: npm run import:calendar -- FILE.ics --first-day YYYY-MM-DD --last-day YYYY-MM-DD [--year-id ID]');
  });

  it('exits 1 on an invalid date', async () => {
    const { status, stderr } = await run(['calendar.ics', '--first-day', '2026-08-17', '--last-day', '2027-06-31']);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('--last-day "2027-06-31" is not a valid date');
  });

  it('exits 1 when the last day comes before the first', async () => {
    const { status, stderr } = await run(['calendar.ics', '--first-day', '2027-06-10', '--last-day', '2026-08-17']);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('ends (2026-08-17) before it starts (2027-06-10)');
  });

  it('exits 1 when FILE is missing', async () => {
    const { status, stderr } = await run([...YEAR_2026_27]);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('Missing FILE');
  });

  it('prints help and exits 0', async () => {
    const { status, stdout } = await run(['--help']);

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain('--first-day YYYY-MM-DD  first day of school (required)');
  });

  it('exits 1 when a school year overlaps one in the database', async () => {
    const path = await writeIcs('two-events.ics', TWO_EVENTS);
    await run([path, ...YEAR_2026_27]);

    const { status, stderr } = await run([path, '--first-day', '2026-08-24', '--last-day', '2027-06-15', '--year-id', 'other']);

    expect(status).toBe(EXIT_FAILED);
    expect(stderr).toContain('nothing was imported');
    expect(stderr).toContain('overlap');
  });

  it.runIf(existsSync(CPS_CALENDAR_FILE))('imports the 24 closures of the CPS 2026-27 file', async () => {
    const { status, stdout } = await run([CPS_CALENDAR_FILE, ...YEAR_2026_27]);

    expect(status).toBe(EXIT_IMPORTED);
    expect(stdout).toContain('24 weekdays in the file');
    expect(await closureCount()).toBe(24);
  });
});
