import { describe, expect, it } from 'vitest';
import { formatDuration, MAX_DAY_COUNT, parseSlaDuration, SlaDurationError } from '../../api/calendar/sla-duration';

const EXPECTED_FORMS = 'expected `N school_days`, `N calendar_days` or an ISO 8601 duration such as P10D or PT30S';

describe('parseSlaDuration', () => {
  it('reads school days', () => {
    expect(parseSlaDuration('5 school_days')).toEqual({ kind: 'school_days', days: 5 });
  });

  it('reads calendar days', () => {
    expect(parseSlaDuration('3 calendar_days')).toEqual({ kind: 'calendar_days', days: 3 });
  });

  it('ignores surrounding and repeated spaces', () => {
    expect(parseSlaDuration('  10   school_days ')).toEqual({ kind: 'school_days', days: 10 });
  });

  it('reads an ISO duration in seconds with its length', () => {
    expect(parseSlaDuration('PT30S')).toEqual({ kind: 'iso', iso: 'PT30S', ms: 30_000 });
  });

  it('reads an ISO duration in days without a fixed length', () => {
    expect(parseSlaDuration('P10D')).toEqual({ kind: 'iso', iso: 'P10D' });
  });

  it('reads an ISO duration of days and hours', () => {
    expect(parseSlaDuration('P1DT2H')).toEqual({ kind: 'iso', iso: 'P1DT2H' });
  });

  it('reads fractional seconds', () => {
    expect(parseSlaDuration('PT0.5S')).toEqual({ kind: 'iso', iso: 'PT0.5S', ms: 500 });
  });

  it.each([
    ['0 school_days', 'the day count must be at least 1'],
    ['-2 school_days', 'the day count "-2" must be a whole number of at least 1'],
    ['1.5 calendar_days', 'the day count "1.5" must be a whole number of at least 1'],
    ['five school_days', 'the day count "five" must be a whole number of at least 1'],
    [`${MAX_DAY_COUNT + 1} calendar_days`, `the day count must be at most ${MAX_DAY_COUNT}`],
    ['PT0S', 'an ISO 8601 duration must be longer than zero'],
    ['P', 'an ISO 8601 duration must be longer than zero'],
    ['-PT30S', 'an ISO 8601 duration must not be negative'],
    ['P1DT', 'it is not an ISO 8601 duration that can be parsed'],
    ['P1X', 'it is not an ISO 8601 duration that can be parsed'],
    ['p1d', 'the form is not recognised'],
    ['5 school_day', 'the form is not recognised'],
    ['5 days', 'the form is not recognised'],
    ['', 'the value is empty'],
  ])('rejects %j naming the problem', (value, problem) => {
    expect(() => parseSlaDuration(value)).toThrow(`Invalid SLA duration "${value}": ${problem}; ${EXPECTED_FORMS}.`);
  });

  it('throws a SlaDurationError carrying the value', () => {
    let caught: unknown;
    try {
      parseSlaDuration('soon');
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(SlaDurationError);
    expect((caught as SlaDurationError).value).toBe('soon');
  });
});

describe('formatDuration', () => {
  it.each(['5 school_days', '3 calendar_days', 'PT30S', 'P1DT2H'])('writes %s back as it parses', (value) => {
    expect(formatDuration(parseSlaDuration(value))).toBe(value);
  });

  it('writes the canonical spacing', () => {
    expect(formatDuration(parseSlaDuration(' 7  school_days'))).toBe('7 school_days');
  });
});
