import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../api/config/config';
import { createLogger } from '../logger';
import { type CliDatabase, openCliDatabase } from './cli-database';
import { SchoolCsvError, type RejectedRow } from '../../api/schools/import/cps-school-csv';
import { RejectedRowsError, SchoolImporter, type ImportProgress, type ImportSummary } from '../../api/schools/import/school-importer';
import { type CliOutput, consoleOutput, messageOf } from './cli-output';

export const EXIT_IMPORTED = 0;
/** The import did not run: bad arguments or configuration, an unreadable file or one of another format, or a database failure. */
export const EXIT_FAILED = 1;
/** Some rows were rejected: the valid rows were imported, or with --strict nothing was. */
export const EXIT_ROWS_REJECTED = 2;

const USAGE = `Usage: npm run import:schools -- FILE [--strict]

Imports a City of Chicago "School Profile Information" CSV into Baton's database (DATABASE_URL, or
the embedded PostgreSQL under BATON_DATA_DIR that npm start uses, running or not),
adding and updating areas and schools. Rows with invalid values are rejected and listed.

Options:
  --strict    import nothing when any row is rejected (default: import the valid rows)
  -h, --help  print this help

Exit status: 0 imported, 1 not imported (see the message), 2 some rows rejected.`;

/** Runs `import-schools` with command-line arguments and returns the exit status. */
export async function runImportSchools(args: string[], env: NodeJS.ProcessEnv = process.env, output: CliOutput = consoleOutput): Promise<number> {
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

  let database: CliDatabase;
  try {
    const config = loadConfig(env);
    database = await openCliDatabase(config, createLogger('import-schools', config.logLevel, 2));
  } catch (error) {
    output.err(databaseErrorMessage(error));
    return EXIT_FAILED;
  }

  try {
    const summary = await new SchoolImporter(database.dataSource).importFile(path, {
      strict: parsed.strict,
      onProgress: (progress) => output.err(progressLine(path, progress)),
    });
    printSummary(path, summary, output);

    return summary.rejected.length > 0 ? EXIT_ROWS_REJECTED : EXIT_IMPORTED;
  } catch (error) {
    if (error instanceof RejectedRowsError) {
      output.out(`Nothing imported from ${path}: ${error.rejected.length} rejected row(s) and --strict is set.`);
      printRejected(error.rejected, output);
      return EXIT_ROWS_REJECTED;
    }
    if (error instanceof SchoolCsvError) {
      output.err(`${error.message} Nothing was imported.`);
      return EXIT_FAILED;
    }

    output.err(`Import of ${path} failed, so nothing was imported: ${messageOf(error)}`);
    return EXIT_FAILED;
  } finally {
    await database.close();
  }
}

type CommandLine = { file: string; strict: boolean; help: false } | { help: true } | { error: string };

function parseCommandLine(args: string[]): CommandLine {
  let values: { strict?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    return { error: messageOf(error) };
  }

  if (values.help) return { help: true };
  if (positionals.length !== 1) {
    return { error: positionals.length === 0 ? 'Missing FILE: name the CSV to import.' : `Expected one FILE, got ${positionals.length}: ${positionals.join(' ')}` };
  }

  return { file: positionals[0] as string, strict: values.strict ?? false, help: false };
}

function databaseErrorMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;

  return `Cannot open the database: ${messageOf(error)}. Check that PostgreSQL is running and DATABASE_URL, when set, is right.`;
}

function progressLine(path: string, progress: ImportProgress): string {
  if (progress.phase === 'reading') return `Reading ${path}: ${progress.done} rows`;

  return `Saving schools: ${progress.done} of ${progress.total}`;
}

function printSummary(path: string, summary: ImportSummary, output: CliOutput): void {
  const counts = (name: string, { created, updated, unchanged }: ImportSummary['areas']) =>
    `  ${name} ${created} created, ${updated} updated, ${unchanged} unchanged`;

  output.out(`Imported ${path}`);
  output.out(counts('areas:  ', summary.areas));
  output.out(counts('schools:', summary.schools));
  output.out(`  rejected rows: ${summary.rejected.length}`);
  printRejected(summary.rejected, output);
}

function printRejected(rejected: RejectedRow[], output: CliOutput): void {
  for (const row of rejected) {
    const school = row.schoolId === undefined ? '' : ` (School_ID ${row.schoolId})`;
    output.out(`    line ${row.line}${school}: ${row.reason}`);
  }
}

if (require.main === module) {
  runImportSchools(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`import-schools failed: ${messageOf(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
