import { loadConfig } from '../../api/config/config';
import { createLogger } from '../logger';
import { openCliDatabase } from './cli-database';

/** `npm run migrate`: applies pending migrations to the database `npm start` would use, and lists them. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('migrate', config.logLevel);
  const database = await openCliDatabase(config, logger);
  try {
    const applied = await database.dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
    process.stdout.write(`Database is up to date: ${applied.length} migrations applied (${applied.map((row) => row.name).join(', ')}).\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
