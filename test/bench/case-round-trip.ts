import type { Logger } from 'pino';
import type { BenchClient } from './bench-client';
import { type LatencySummary, summarizeLatencies, timed } from './latency-stats';
import { type CaseReply, referralBody } from './referral';

export interface RoundTripOptions {
  /** Measured cases. */
  cases: number;
  /** Cases run first and left out of the numbers, so that start-up effects (JIT, pools, caches) do not count. */
  warmUpCases: number;
  schoolId: string;
  principalToken: string;
  timeZone: string;
}

export interface RoundTripResult {
  cases: number;
  warmUpCases: number;
  /** `POST /api/cases`: returns once the workflow has recorded the new case in the read model. */
  open: LatencySummary;
  /** `POST /api/cases/:id/actions/submit_referral`: returns once the transition is in the read model. */
  submit: LatencySummary;
}

/**
 * Opens referrals one after another as a principal and submits each to the area office, timing
 * both calls. Each call returns only after the worker has written its result to PostgreSQL, so
 * the times are the latency a user waits for an action to show.
 */
export async function measureCaseRoundTrip(client: BenchClient, options: RoundTripOptions, logger: Logger): Promise<RoundTripResult> {
  const openTimes: number[] = [];
  const submitTimes: number[] = [];

  for (let index = 0; index < options.warmUpCases + options.cases; index++) {
    const opened = await timed(() => client.post<CaseReply>('/cases', options.principalToken, referralBody(options.schoolId, options.timeZone), 201));
    const submitted = await timed(() => client.post<CaseReply>(`/cases/${opened.result.id}/actions/submit_referral`, options.principalToken, {}, 200));
    if (submitted.result.stage !== 'area_review') {
      throw new Error(`Case ${opened.result.id} is in stage "${submitted.result.stage}" after submit_referral, expected area_review: check the worker's errors in the log above.`);
    }

    if (index < options.warmUpCases) continue;
    openTimes.push(opened.ms);
    submitTimes.push(submitted.ms);
    if (openTimes.length % 25 === 0) logger.info(`round trip: ${openTimes.length} of ${options.cases} cases`);
  }

  return {
    cases: options.cases,
    warmUpCases: options.warmUpCases,
    open: summarizeLatencies(openTimes),
    submit: summarizeLatencies(submitTimes),
  };
}
