import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { openDatabase } from '../../api/database/data-source';


export interface TestDatabase {
  /** An initialized DataSource with every migration applied. */
  dataSource: DataSource;
  /** Closes the DataSource and drops the database. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database named `baton_test_<random>` on the suite's PostgreSQL (started by the global setup)
 * and migrates it, so that each test file works on data of its own.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('databaseServerUrl');
  const name = `baton_test_${randomBytes(6).toString('hex')}`;

  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  let dataSource: DataSource;
  try {
    dataSource = await openDatabase(databaseUrl(serverUrl, name));
  } catch (error) {
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
    throw error;
  }

  return {
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Returns the server URL with its database name replaced. */
function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;

  return url.toString();
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
