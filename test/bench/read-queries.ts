import type { Logger } from 'pino';
import type { BenchClient } from './bench-client';
import { type LatencySummary, summarizeLatencies, timed } from './latency-stats';

/** One read to time: a GET path of the API, made as one signed-in user. */
export interface ReadQuery {
  path: string;
  /** Who reads, as the report shows it, such as "central office" or "CAO of area network-7". */
  reader: string;
  token: string;
  /** Whether the path is a list, whose `X-Total-Count` the report shows. */
  isList: boolean;
}

export interface ReadQueryResult {
  path: string;
  reader: string;
  /** Rows matching the list's filters in all (not just the page), or undefined for a non-list. */
  matchingRows?: number;
  latency: LatencySummary;
}

export interface ReadTimingOptions {
  warmUps: number;
  repetitions: number;
}

/**
 * Times each read `repetitions` times, one request at a time, after `warmUps` untimed requests
 * that let PostgreSQL cache the pages and plans it needs.
 */
export async function measureReads(client: BenchClient, queries: ReadQuery[], options: ReadTimingOptions, logger: Logger): Promise<ReadQueryResult[]> {
  const results: ReadQueryResult[] = [];

  for (const query of queries) {
    logger.info(`reads: ${query.path} as ${query.reader}`);
    let matchingRows: number | undefined;
    const read = async () => {
      if (query.isList) matchingRows = (await client.list<unknown>(query.path, query.token)).total;
      else await client.get<unknown>(query.path, query.token);
    };

    for (let warmUp = 0; warmUp < options.warmUps; warmUp++) await read();

    const samples: number[] = [];
    for (let repetition = 0; repetition < options.repetitions; repetition++) samples.push((await timed(read)).ms);

    results.push({ path: query.path, reader: query.reader, matchingRows, latency: summarizeLatencies(samples) });
  }

  return results;
}
