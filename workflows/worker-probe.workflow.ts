import { proxyActivities } from '@temporalio/workflow';
import type { createProbeActivities } from '../activities/probe.activities';

const { describeDistrict } = proxyActivities<ReturnType<typeof createProbeActivities>>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});

/** The district as a worker sees it: proof that a worker picks up tasks and reaches the database. */
export interface WorkerProbeResult {
  areas: number;
  schools: number;
}

/** Runs one activity through the worker and returns what it read; start-up and tests use it as a round trip. */
export async function workerProbe(): Promise<WorkerProbeResult> {
  return describeDistrict();
}
