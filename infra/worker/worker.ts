import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, NativeConnection, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities } from '../../activities';
import { createDataConverter } from '../../api/temporal/encryption-codec';

export interface WorkerOptions {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  /** IANA zone of the district, in which school days and deadlines are computed. */
  timeZone: string;
  /** Key of the payload codec (base64), the same as the API's. */
  payloadKey: string;
}

let runtimeInstalled = false;

/** Creates a worker for Baton's workflows and activities; the caller runs and shuts it down. */
export async function createWorker(options: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  if (!runtimeInstalled) {
    // The caller decides when to shut down, so the runtime installs no signal handlers of its own.
    Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [], telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } } });
    runtimeInstalled = true;
  }

  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: workflowsPath(),
    dataConverter: createDataConverter(options.payloadKey),
    activities: createActivities({ dataSource: options.dataSource, timeZone: options.timeZone }),
  });

  return { worker, connection };
}

/** Returns the workflows' entry file: compiled JavaScript under dist, or the TypeScript source when tests run from source. */
function workflowsPath(): string {
  const folder = join(__dirname, '..', '..', 'workflows');
  const compiled = join(folder, 'index.js');

  return existsSync(compiled) ? compiled : join(folder, 'index.ts');
}
