import { performance } from 'node:perf_hooks';

/** Latency of one measured call, over its repetitions, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Runs `work` once and returns its result with the elapsed wall-clock time in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();

  return { result, ms: performance.now() - started };
}

/**
 * Summarizes samples in milliseconds. Percentiles use the nearest-rank method, so p95 of 20
 * samples is the 19th smallest and every reported value is a real sample.
 */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new Error('Cannot summarize an empty list of latencies: measure at least one call.');

  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, sample) => sum + sample, 0);

  return {
    count: sorted.length,
    p50: nearestRank(sorted, 0.5),
    p95: nearestRank(sorted, 0.95),
    max: sorted[sorted.length - 1] as number,
    mean: total / sorted.length,
  };
}

function nearestRank(sorted: readonly number[], quantile: number): number {
  const rank = Math.ceil(quantile * sorted.length);

  return sorted[Math.max(0, rank - 1)] as number;
}
