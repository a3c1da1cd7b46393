import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApiApp } from '../../api/app';
import { loadConfig, type ResolvedConfig } from '../../api/config/config';
import type { SchoolRecord } from '../../api/schools/import/cps-school-csv';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import { generatePayloadKey } from '../../api/temporal/encryption-codec';
import { ensureDemoAccounts } from '../../infra/demo/demo-accounts';
import { createTestDatabase } from './database';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A running API on its own database, with a district and demo accounts, for one test file. */
export interface TestApi {
  baseUrl: string;
  dataSource: DataSource;
  config: ResolvedConfig;
  app: INestApplication;
  /** Signs in and returns the access token; fails the test when sign-in fails. */
  login(email: string, password?: string): Promise<string>;
  /** Sends a request with the token, if any, and returns the response. */
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the API on a fresh database holding `schools` and their demo accounts, on a free port. */
export async function startTestApi(schools: SchoolRecord[]): Promise<TestApi> {
  const database = await createTestDatabase();
  await new SchoolImporter(database.dataSource).importRecords(schools);
  await ensureDemoAccounts(database.dataSource, TEST_PASSWORD);

  const config: ResolvedConfig = {
    ...loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' }),
    databaseUrl: databaseUrlOf(database.dataSource),
    temporal: { ...loadConfig({}).temporal, address: inject('temporalAddress'), taskQueue: `test-${Math.random().toString(36).slice(2)}` },
    jwt: { secret: 'test-secret-that-is-at-least-32-characters-long', ttlSeconds: 3600 },
    payloadKey: generatePayloadKey(),
  };
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/api`;

  const request: TestApi['request'] = (path, init = {}) => {
    const { token, json, headers, ...rest } = init;

    return fetch(`${baseUrl}${path}`, {
      ...rest,
      headers: {
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(headers as Record<string, string> | undefined),
      },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  };

  return {
    baseUrl,
    dataSource: database.dataSource,
    config,
    app,
    request,
    async login(email, password = TEST_PASSWORD) {
      const response = await request('/auth/login', { method: 'POST', json: { email, password } });
      if (response.status !== 200) throw new Error(`sign-in of ${email} failed with ${response.status}: ${await response.text()}`);

      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

function databaseUrlOf(dataSource: DataSource): string {
  return (dataSource.options as { url: string }).url;
}
