import { loadConfig, requireResolved } from './config/config';
import { createApiApp } from './app';

/** Runs the API on its own, against the PostgreSQL and Temporal that the environment names. */
async function main(): Promise<void> {
  const config = requireResolved(loadConfig());
  const app = await createApiApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
