import { Client, Connection } from '@temporalio/client';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataConverter } from '../../api/temporal/encryption-codec';
import { createWorker } from '../../infra/worker/worker';
import { workerProbe } from '../../workflows';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';

describe('workflow round trip through a real worker', () => {
  let api: TestApi;
  let worker: Worker;
  let workerConnection: NativeConnection;
  let workerRun: Promise<void>;
  let client: Client;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ network: 'Network 1' }), schoolRecord({ network: 'Network 2' }), schoolRecord({ network: 'Network 2' })]);
    ({ worker, connection: workerConnection } = await createWorker({
      temporalAddress: api.config.temporal.address,
      namespace: api.config.temporal.namespace,
      taskQueue: api.config.temporal.taskQueue,
      dataSource: api.dataSource,
      timeZone: api.config.timeZone,
      payloadKey: api.config.payloadKey,
    }));
    workerRun = worker.run();
    client = new Client({ connection: await Connection.connect({ address: api.config.temporal.address }), dataConverter: createDataConverter(api.config.payloadKey) });
  });

  afterAll(async () => {
    worker?.shutdown();
    await workerRun;
    await workerConnection?.close();
    await client?.connection.close();
    await api?.close();
  });

  it('runs the probe workflow, whose activity reads the database', async () => {
    const result = await client.workflow.execute(workerProbe, { taskQueue: api.config.temporal.taskQueue, workflowId: `worker-probe-${randomUUID()}` });

    expect(result).toEqual({ areas: 2, schools: 3 });
  });

  it('reports database and Temporal up in /api/health while the worker polls', async () => {
    const response = await api.request('/health');
    const body = (await response.json()) as { status: string; info: Record<string, { status: string; workers?: number }> };

    expect(response.status).toBe(200);
    expect(body.info.database.status).toBe('up');
    expect(body.info.temporal.status).toBe('up');
    expect(body.info.temporal.workers).toBeGreaterThan(0);
  });
});
