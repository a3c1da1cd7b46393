import type { Logger } from 'pino';
import type { BenchClient } from './bench-client';
import { type LatencySummary, summarizeLatencies, timed } from './latency-stats';
import { type CaseReply, referralBody } from './referral';

/** A principal who opens referrals for their own school. */
export interface Principal {
  schoolId: string;
  token: string;
}

export interface ThroughputOptions {
  cases: number;
  /** Requests in flight at once; lane `i` opens its cases as principal `i % principals.length`. */
  concurrency: number;
  principals: Principal[];
  timeZone: string;
}

export interface ThroughputResult {
  cases: number;
  concurrency: number;
  seconds: number;
  casesPerSecond: number;
  /** Latency of each `POST /api/cases` while the others are in flight. */
  open: LatencySummary;
}

/**
 * Opens `cases` referrals with `concurrency` requests in flight, each lane taking the next case as
 * soon as its previous one returns, and reports opened cases per second of wall-clock time.
 */
export async function measureCaseThroughput(client: BenchClient, options: ThroughputOptions, logger: Logger): Promise<ThroughputResult> {
  if (options.principals.length === 0) throw new Error('Throughput needs at least one principal: pass the tokens of principals to open cases with.');

  const latencies: number[] = [];
  let next = 0;

  const lane = async (laneIndex: number) => {
    const principal = options.principals[laneIndex % options.principals.length] as Principal;
    while (next < options.cases) {
      next += 1;
      const { ms } = await timed(() => client.post<CaseReply>('/cases', principal.token, referralBody(principal.schoolId, options.timeZone), 201));
      latencies.push(ms);
      if (latencies.length % 50 === 0) logger.info(`throughput: ${latencies.length} of ${options.cases} cases`);
    }
  };

  const { ms } = await timed(() => Promise.all(Array.from({ length: options.concurrency }, (_, laneIndex) => lane(laneIndex))));
  const seconds = ms / 1000;

  return {
    cases: latencies.length,
    concurrency: options.concurrency,
    seconds,
    casesPerSecond: latencies.length / seconds,
    open: summarizeLatencies(latencies),
  };
}
