import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { CaseOpener } from '../../api/cases/case-opener';
import { CaseImporter } from '../../api/cases/import/case-importer';
import { loadConfig } from '../../api/config/config';
import { SYSTEM_ACTOR } from '../../workflows/expulsion/actor';
import { createDataConverter } from '../../api/temporal/encryption-codec';
import { createLogger } from '../logger';
import { payloadKeyPath } from '../secrets';
import { openCliDatabase } from './cli-database';

const USAGE = `Usage: npm run import:cases -- FILE.csv

Imports expulsion cases already under way into a running Baton (start it with npm start first):
each case starts in its real stage with its real stage-entry date, so a breached one escalates at once.
Columns: reference, school_id, student_name, student_local_id, student_grade, incident_date, incident,
interventions_tried, stage, stage_entered_at; optional opened_at, suspension_started_on, attorney_name,
hearing_at. Importing a file twice changes nothing: cases are keyed by reference.
When any row is invalid, nothing is imported and every problem is listed with its line.`;

/** Reads the payload key: BATON_PAYLOAD_KEY, or the one `npm start` generated under the data folder. */
async function payloadKey(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;

  return (await readFile(payloadKeyPath(dataDir), 'utf8').catch(() => {
    throw new Error(`No payload key: set BATON_PAYLOAD_KEY, or start Baton once with npm start, which keeps one in ${payloadKeyPath(dataDir)}.`);
  })).trim();
}

/** Runs the import and returns the exit status: 0 imported, 1 not imported. */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(`${USAGE}\n`);

    return args.length === 1 ? 0 : 1;
  }

  const config = loadConfig();
  const logger = createLogger('import-cases', config.logLevel, 2);
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${path}: ${error.code ?? error.message}. Check the path.`);
  });

  const address = config.temporal.address ?? `127.0.0.1:${config.temporal.devServerPort}`;
  const connection = await Connection.connect({ address, connectTimeout: 5_000 }).catch(() => {
    throw new Error(`No Temporal at ${address}: start Baton with npm start, or set TEMPORAL_ADDRESS.`);
  });
  const database = await openCliDatabase(config, logger);
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: createDataConverter(await payloadKey(config.payloadKey, config.dataDir)) });
    const queue = await client.workflowService.describeTaskQueue({ namespace: config.temporal.namespace, taskQueue: { name: config.temporal.taskQueue }, taskQueueType: 1 });
    if ((queue.pollers?.length ?? 0) === 0) throw new Error(`No worker polls task queue "${config.temporal.taskQueue}": start Baton with npm start first.`);

    const importer = new CaseImporter(database.dataSource, new CaseOpener(database.dataSource, client, config.temporal.taskQueue));
    const summary = await importer.importCsv(text, { ...SYSTEM_ACTOR, email: 'import-cases' });
    if (summary.problems.length > 0) {
      process.stdout.write(`Nothing imported from ${path}: ${summary.problems.length} problem(s).\n`);
      for (const problem of summary.problems) process.stdout.write(`  line ${problem.line}${problem.reference ? ` (${problem.reference})` : ''}: ${problem.message}\n`);

      return 1;
    }
    process.stdout.write(`Imported ${path}: ${summary.created} cases created, ${summary.unchanged} already present.\n`);

    return 0;
  } finally {
    await database.close();
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
