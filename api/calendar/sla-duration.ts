import { Duration } from 'luxon';

/**
 * How long a stage may take: a count of school days, a count of calendar days, or an ISO 8601 duration
 * added as wall-clock time in the district's zone.
 */
export type SlaDuration =
  | { kind: 'school_days'; days: number }
  | { kind: 'calendar_days'; days: number }
  | {
      kind: 'iso';
      /** The duration as written, such as `P10D` or `PT30S`. */
      iso: string;
      /** Length in milliseconds, present only when the duration has no days, weeks, months or years, whose length varies with DST. */
      ms?: number;
    };

const EXPECTED_FORMS = 'expected `N school_days`, `N calendar_days` or an ISO 8601 duration such as P10D or PT30S';

/** An SLA duration that cannot be parsed or is not positive. */
export class SlaDurationError extends Error {
  constructor(
    readonly value: string,
    problem: string,
  ) {
    super(`Invalid SLA duration "${value}": ${problem}; ${EXPECTED_FORMS}.`);
    this.name = 'SlaDurationError';
  }
}

const DAY_COUNT_PATTERN = /^(\S+)\s+(school_days|calendar_days)$/;
const WHOLE_NUMBER_PATTERN = /^\d+$/;
/** Upper bound of a day count: ten years of days. A larger count is a typing mistake, and deadlines count day by day. */
export const MAX_DAY_COUNT = 3650;
const FIXED_LENGTH_UNITS = new Set(['hours', 'minutes', 'seconds', 'milliseconds']);

/**
 * Parses `N school_days`, `N calendar_days` (N a whole number from 1 to MAX_DAY_COUNT) or an ISO 8601 duration
 * longer than zero, such as `P10D`, `PT30S` or `P1DT2H`. Throws a SlaDurationError naming the value otherwise.
 */
export function parseSlaDuration(value: string): SlaDuration {
  const text = value.trim();
  if (text === '') throw new SlaDurationError(value, 'the value is empty');

  const dayCount = DAY_COUNT_PATTERN.exec(text);
  if (dayCount) return parseDayCount(value, dayCount[1] as string, dayCount[2] as 'school_days' | 'calendar_days');

  if (text.startsWith('P') || text.startsWith('-P')) return parseIsoDuration(value, text);

  throw new SlaDurationError(value, 'the form is not recognised');
}

function parseDayCount(value: string, count: string, kind: 'school_days' | 'calendar_days'): SlaDuration {
  if (!WHOLE_NUMBER_PATTERN.test(count)) throw new SlaDurationError(value, `the day count "${count}" must be a whole number of at least 1`);

  const days = Number(count);
  if (days < 1) throw new SlaDurationError(value, 'the day count must be at least 1');
  if (days > MAX_DAY_COUNT) throw new SlaDurationError(value, `the day count must be at most ${MAX_DAY_COUNT}`);

  return { kind, days };
}

function parseIsoDuration(value: string, text: string): SlaDuration {
  const duration = Duration.fromISO(text);
  // Luxon accepts a trailing "T" with no time part, which ISO 8601 does not.
  if (!duration.isValid || text.endsWith('T')) throw new SlaDurationError(value, 'it is not an ISO 8601 duration that can be parsed');

  const units = Object.entries(duration.toObject()) as [string, number][];
  if (units.some(([, amount]) => amount < 0)) throw new SlaDurationError(value, 'an ISO 8601 duration must not be negative');
  if (units.every(([, amount]) => amount === 0)) throw new SlaDurationError(value, 'an ISO 8601 duration must be longer than zero');

  const fixedLength = units.every(([unit]) => FIXED_LENGTH_UNITS.has(unit));

  return fixedLength ? { kind: 'iso', iso: text, ms: duration.toMillis() } : { kind: 'iso', iso: text };
}

/** Writes a duration in the form parseSlaDuration reads, such as `5 school_days`, `3 calendar_days` or `PT30S`. */
export function formatDuration(duration: SlaDuration): string {
  switch (duration.kind) {
    case 'school_days':
      return `${duration.days} school_days`;
    case 'calendar_days':
      return `${duration.days} calendar_days`;
    case 'iso':
      return duration.iso;
  }
}
