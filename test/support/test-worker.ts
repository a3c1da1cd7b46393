import type { NativeConnection, Worker } from '@temporalio/worker';
import { createWorker } from '../../infra/worker/worker';
import type { TestApi } from './test-api';

/** A worker on the test API's task queue and database, running until `stop`. */
export interface TestWorker {
  worker: Worker;
  stop(): Promise<void>;
}

export async function startTestWorker(api: TestApi): Promise<TestWorker> {
  const { worker, connection }: { worker: Worker; connection: NativeConnection } = await createWorker({
    temporalAddress: api.config.temporal.address,
    namespace: api.config.temporal.namespace,
    taskQueue: api.config.temporal.taskQueue,
    dataSource: api.dataSource,
    timeZone: api.config.timeZone,
    payloadKey: api.config.payloadKey,
  });
  const running = worker.run();

  return {
    worker,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
