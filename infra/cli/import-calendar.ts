import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../api/config/config';
import { type CalendarReplaceSummary, replaceCalendar } from '../../api/calendar/calendar-repository';
import { IcsError, type IcsClosures, parseIcsClosures } from '../../api/calendar/ics-closures';
import { assertLocalDate, SchoolCalendarError, type SchoolYearSpan, validateSchoolYears } from '../../api/calendar/school-calendar';
import { createLogger } from '../logger';
import { type CliDatabase, openCliDatabase } from './cli-database';
import { type CliOutput, consoleOutput, messageOf } from './cli-output';

export const EXIT_IMPORTED = 0;
/** Nothing was imported: bad arguments or configuration, an unreadable or invalid file, or a database failure. */
export const EXIT_FAILED = 1;

const USAGE = `Usage: npm run import:calendar -- FILE.ics --first-day YYYY-MM-DD --last-day YYYY-MM-DD [--year-id ID]

Imports a school year and its closures from an iCalendar file into Baton's database (DATABASE_URL, or
the embedded PostgreSQL under BATON_DATA_DIR that npm start uses, running or not). Each all-day event
closes every weekday from its DTSTART up to, but not including, its DTEND. Events with a time of day
are skipped and listed. Importing the same school year again replaces the closures of its last import.

Options:
  --first-day YYYY-MM-DD  first day of school (required)
  --last-day YYYY-MM-DD   last day of school (required)
  --year-id ID            id of the school year (default: the years of the two dates, such as 2026-27)
  -h, --help              print this help

Exit status: 0 imported, 1 nothing imported (see the message).`;

interface ImportRequest {
  file: string;
  year: SchoolYearSpan;
}

type CommandLine = (ImportRequest & { help: false }) | { help: true } | { error: string };

/** Runs `import-calendar` with command-line arguments and returns the exit status. */
export async function runImportCalendar(args: string[], env: NodeJS.ProcessEnv = process.env, output: CliOutput = consoleOutput): Promise<number> {
  const parsed = parseCommandLine(args);
  if ('error' in parsed) {
    output.err(`${parsed.error}\n\n${USAGE}`);
    return EXIT_FAILED;
  }
  if (parsed.help) {
    output.out(USAGE);
    return EXIT_IMPORTED;
  }

  // npm runs scripts from the package folder, and INIT_CWD is the folder the user ran npm in.
  const path = resolve(env.INIT_CWD ?? process.cwd(), parsed.file);
  let ics: IcsClosures;
  try {
    ics = parseIcsClosures(await readFile(path, 'utf8'));
  } catch (error) {
    output.err(error instanceof IcsError ? `${path}: ${error.message} Nothing was imported.` : `Cannot read ${path}: ${messageOf(error)}`);
    return EXIT_FAILED;
  }

  let database: CliDatabase;
  try {
    const config = loadConfig(env);
    database = await openCliDatabase(config, createLogger('import-calendar', config.logLevel, 2));
  } catch (error) {
    output.err(databaseErrorMessage(error));
    return EXIT_FAILED;
  }

  try {
    const summary = await replaceCalendar(database.dataSource, { schoolYears: [parsed.year], closures: ics.closures, source: `ics:${parsed.year.id}` });
    printSummary(path, parsed.year, ics, summary, output);

    return EXIT_IMPORTED;
  } catch (error) {
    const reason = error instanceof SchoolCalendarError ? error.message : messageOf(error);
    output.err(`Import of ${path} failed, so nothing was imported: ${reason}`);
    return EXIT_FAILED;
  } finally {
    await database.close();
  }
}

function parseCommandLine(args: string[]): CommandLine {
  let values: { 'first-day'?: string; 'last-day'?: string; 'year-id'?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        'first-day': { type: 'string' },
        'last-day': { type: 'string' },
        'year-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    return { error: messageOf(error) };
  }

  if (values.help) return { help: true };
  if (positionals.length !== 1) {
    return { error: positionals.length === 0 ? 'Missing FILE: name the .ics file to import.' : `Expected one FILE, got ${positionals.length}: ${positionals.join(' ')}` };
  }
  const firstDay = values['first-day'];
  const lastDay = values['last-day'];
  if (!firstDay || !lastDay) return { error: 'Missing --first-day or --last-day: give the first and last day of school, such as --first-day 2026-08-17 --last-day 2027-06-10.' };

  try {
    assertLocalDate(firstDay, '--first-day');
    assertLocalDate(lastDay, '--last-day');
    const year = { id: values['year-id'] ?? defaultYearId(firstDay, lastDay), firstDay, lastDay };
    validateSchoolYears([year]);

    return { file: positionals[0] as string, year, help: false };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** Names a school year after the years of its first and last day, such as `2026-27`. */
function defaultYearId(firstDay: string, lastDay: string): string {
  const firstYear = firstDay.slice(0, 4);
  const lastYear = lastDay.slice(0, 4);

  return firstYear === lastYear ? firstYear : `${firstYear}-${lastYear.slice(2)}`;
}

function printSummary(path: string, year: SchoolYearSpan, ics: IcsClosures, summary: CalendarReplaceSummary, output: CliOutput): void {
  const years = summary.schoolYears;
  const closures = summary.closures;
  const outside = ics.closures.filter((closure) => closure.day < year.firstDay || closure.day > year.lastDay);

  output.out(`Imported ${path} as school year ${year.id} (${year.firstDay} to ${year.lastDay})`);
  output.out(`  school year: ${years.created} created, ${years.updated} updated, ${years.unchanged} unchanged`);
  output.out(`  closures:    ${ics.closures.length} weekdays in the file`);
  output.out(`               ${closures.added} added, ${closures.renamed} renamed, ${closures.removed} removed, ${closures.unchanged} unchanged`);
  if (closures.keptFromOtherSource > 0) output.out(`               ${closures.keptFromOtherSource} already closed by another source, kept as they were`);
  if (outside.length > 0) output.out(`  ${outside.length} closure(s) fall outside the school year, so they change no deadline: ${outside.map((closure) => closure.day).join(', ')}`);
  output.out(`  warnings: ${ics.warnings.length}`);
  for (const warning of ics.warnings) output.out(`    ${warning}`);
}

function databaseErrorMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;

  return `Cannot open the database: ${messageOf(error)}. Check that PostgreSQL is running and DATABASE_URL, when set, is right.`;
}

if (require.main === module) {
  runImportCalendar(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`import-calendar failed: ${messageOf(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
