import type { StartupTimings } from './bench-environment';
import type { RoundTripResult } from './case-round-trip';
import type { ThroughputResult } from './case-throughput';
import type { LatencySummary } from './latency-stats';
import type { MachineInfo } from './machine-info';
import type { ReadModelLoadResult } from './read-model-load';
import type { ReadQueryResult, ReadTimingOptions } from './read-queries';

/** The report page, relative to the project folder. */
export const REPORT_NAME = 'docs/benchmarks.md';

/** Everything one run measured, as the report page and the summary print it. */
export interface BenchmarkResults {
  startedAt: Date;
  /** The 1, 5 and 15 minute load averages when the run started, which show whether other programs were busy. */
  loadAverageAtStart: number[];
  totalSeconds: number;
  machine: MachineInfo;
  startup: StartupTimings;
  roundTrip: RoundTripResult;
  throughput: ThroughputResult;
  load: ReadModelLoadResult & { seeds: number; casesPerSeed: number };
  readTiming: ReadTimingOptions;
  reads: ReadQueryResult[];
}

/** Renders docs/benchmarks.md. The page is generated, so its text lives here, one line per paragraph. */
export function renderReportPage(results: BenchmarkResults): string {
  const { machine, roundTrip, throughput, load } = results;
  const rateLimitNote =
    throughput.casesPerSecond > 10
      ? ` The measured throughput is above 10 cases a second, so one client keeping it up for more than a minute would be limited.`
      : '';

  return `# Benchmarks

Measured by \`npm run bench\` (test/bench/run.ts) on ${formatDate(results.startedAt)}; the run took ${Math.round(results.totalSeconds)} s after the build. The program rewrites this page on every run, so change its text in test/bench/benchmark-report.ts.

## Case action round trip

A principal opens a referral and submits it to the area office, ${roundTrip.cases} times one after another, after ${roundTrip.warmUpCases} untimed warm-up cases.

| Call | Calls | p50 ms | p95 ms | max ms | mean ms |
| --- | ---: | ---: | ---: | ---: | ---: |
${latencyRow('Open a referral: `POST /api/cases`', roundTrip.open)}
${latencyRow('Submit it: `POST /api/cases/:id/actions/submit_referral`', roundTrip.submit)}

## Throughput

| Batch | Concurrency | Wall clock | Cases per second | p50 ms | p95 ms | max ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| ${throughput.cases} × \`POST /api/cases\` | ${throughput.concurrency} | ${throughput.seconds.toFixed(1)} s | ${throughput.casesPerSecond.toFixed(1)} | ${formatMs(throughput.open.p50)} | ${formatMs(throughput.open.p95)} | ${formatMs(throughput.open.max)} |

## Read model at scale

The read model held ${formatCount(load.totals.cases)} cases (${formatCount(load.totals.openCases)} open), ${formatCount(load.totals.transitions)} stage transitions and ${formatCount(load.totals.escalations)} escalations (${formatCount(load.totals.openEscalations)} not acknowledged). Each read ran ${results.readTiming.warmUps} times untimed, then ${results.readTiming.repetitions} times timed.

| Request | Reader | Matching rows | p50 ms | p95 ms | max ms |
| --- | --- | ---: | ---: | ---: | ---: |
${results.reads.map(readRow).join('\n')}

Loading took ${load.openDemoSeconds.toFixed(1)} s for the ${load.openDemoCases} open demo cases (one workflow each), ${load.closedHistorySeconds.toFixed(1)} s for the ${formatCount(load.closedCasesWritten)} closed cases (${formatCount(Math.round(load.closedCasesWritten / load.closedHistorySeconds))} cases a second) and ${load.vacuumSeconds.toFixed(1)} s for VACUUM ANALYZE.

## Start-up

Each step of starting the benchmark's own Baton, timed once, one step after another.

| Step | Time | What it covers |
| --- | ---: | --- |
${results.startup.map((step) => `| ${step.step} | ${formatSeconds(step.ms)} | ${step.note} |`).join('\n')}

## Machine

| | |
| --- | --- |
| CPUs (\`nproc\`) | ${machine.cpus} |
| CPU model | ${machine.cpuModel} |
| Memory | ${machine.memory} |
| Load average at the start (1, 5, 15 min) | ${results.loadAverageAtStart.map((load) => load.toFixed(2)).join(', ')} |
| OS | ${machine.os} |
| Node.js | ${machine.node} |
| PostgreSQL | ${machine.postgres}, shared_buffers ${machine.postgresSharedBuffers} |
| Temporal dev server | \`temporal --version\`: ${machine.temporal} |

## How the numbers are measured

\`npm run bench\` builds Baton and starts everything it measures on this machine: an embedded PostgreSQL in a temporary folder, a Temporal dev server with its state in memory, one worker and the API. They listen on free loopback ports, so the benchmark can run beside \`npm start\`. It migrates an empty database, imports the generated demo district, and creates the demo accounts and the demo school calendar. Then it sends HTTP requests to the API on 127.0.0.1 and times each with the client's wall clock, from sending the request to reading the whole response. At the end it stops everything it started and deletes the temporary folder.

1. **Case action round trip.** \`POST /api/cases\` returns once the workflow has recorded the new case in the read model, and \`submit_referral\` once its transition is there. Both then read the case page back, so each time is what a user waits for an action to show.
2. **Throughput.** ${throughput.concurrency} principals of schools in different areas open referrals at once, each starting the next as soon as the previous one returns, until ${throughput.cases} are open. The rate is cases divided by the wall-clock time of the whole batch.
3. **Read model at scale.** The demo's open cases are started as workflows, in every stage and many past their deadline. Then \`seedClosedCaseHistory\` bulk-writes ${load.seeds} seeds × ${formatCount(load.casesPerSeed)} closed cases, and VACUUM ANALYZE leaves the tables as autovacuum would soon after such a load. The reads run one request at a time. The CAO is the chief area officer of the area with the most cases.
4. **Start-up.** Each step is timed as the benchmark starts its own Baton, on an empty database.

Percentiles use the nearest-rank method, so every reported value is a real sample: p95 of 20 samples is the 19th fastest and p50 of 100 the 50th.

## What the numbers mean, and what they don't

- They show how this build behaves on this one machine, and they are for comparing runs: after a change, run the benchmark again on the same machine and compare. One run is one sample. Expect variation from run to run, most in the p95 and max columns, which rest on a few slow requests.
- Everything shares the same ${machine.cpus} CPUs: the API, the worker, the Temporal dev server, PostgreSQL and the program sending the requests. Anything else running at the same time, such as \`npm start\` or a test run, slows the numbers, and a load average well above 0 at the start shows that something was. On separate machines each part would have its CPUs to itself, but its requests would cross a network.
- The Temporal dev server is a single process that keeps its state in an in-memory SQLite database. A Temporal cluster with its own persistence has other latencies and another throughput ceiling, and these numbers don't predict them.
- The embedded PostgreSQL runs with the settings that initdb gives a new cluster, and keeps its files in a temporary folder on this machine. Reads are timed after warm-ups, so they measure warm caches, and a first read after a restart is slower.
- Reads run one at a time, so they show a single user's latency, not the API under many simultaneous readers.
- The API lets one client address make 600 requests a minute per route (30 for sign-in) and answers HTTP 429 beyond that. The benchmark stays under that limit.${rateLimitNote}
- The closed history is generated: its stage times and outcomes follow the distributions described in infra/demo/demo-case-history.ts, not a real district's records.
`;
}

/** Renders the short summary that the program prints to stdout. */
export function renderSummary(results: BenchmarkResults): string {
  const { roundTrip, throughput, load } = results;
  const readLabels = results.reads.map((read) => `${read.path} (${read.reader})`);
  const readWidth = Math.max(...readLabels.map((label) => label.length)) + 2;
  const header = (title: string, width: number, columns: string[]) => `${title.padEnd(width)}${columns.map((column) => column.padStart(8)).join('')}`;

  const lines = [
    `Baton benchmark, ${formatDate(results.startedAt)}, ${results.machine.cpus} CPUs (${results.machine.cpuModel}), ${Math.round(results.totalSeconds)} s`,
    '',
    header(`Round trip, ${roundTrip.cases} sequential cases (ms)`, 40, ['p50', 'p95', 'max']),
    `${'  open a referral'.padEnd(40)}${pad(roundTrip.open.p50)}${pad(roundTrip.open.p95)}${pad(roundTrip.open.max)}`,
    `${'  submit_referral'.padEnd(40)}${pad(roundTrip.submit.p50)}${pad(roundTrip.submit.p95)}${pad(roundTrip.submit.max)}`,
    '',
    `Throughput: ${throughput.cases} cases at concurrency ${throughput.concurrency} in ${throughput.seconds.toFixed(1)} s = ${throughput.casesPerSecond.toFixed(1)} cases/s`,
    '',
    header(`Reads on ${formatCount(load.totals.cases)} cases (ms)`, readWidth + 2, ['p50', 'p95']),
    ...results.reads.map((read, index) => `  ${(readLabels[index] as string).padEnd(readWidth)}${pad(read.latency.p50)}${pad(read.latency.p95)}`),
    '',
    'Start-up',
    ...results.startup.map((step) => `  ${step.step.padEnd(24)}${formatSeconds(step.ms).padStart(8)}`),
    '',
    `Written to ${REPORT_NAME}`,
  ];

  return `${lines.join('\n')}\n`;
}

function latencyRow(label: string, latency: LatencySummary): string {
  return `| ${label} | ${latency.count} | ${formatMs(latency.p50)} | ${formatMs(latency.p95)} | ${formatMs(latency.max)} | ${formatMs(latency.mean)} |`;
}

function readRow(read: ReadQueryResult): string {
  const rows = read.matchingRows === undefined ? '–' : formatCount(read.matchingRows);

  return `| \`GET ${read.path}\` | ${read.reader} | ${rows} | ${formatMs(read.latency.p50)} | ${formatMs(read.latency.p95)} | ${formatMs(read.latency.max)} |`;
}

/** Milliseconds with one decimal below 100 ms, whole above. */
function formatMs(ms: number): string {
  return ms < 100 ? ms.toFixed(1) : String(Math.round(ms));
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function pad(ms: number): string {
  return formatMs(ms).padStart(8);
}
