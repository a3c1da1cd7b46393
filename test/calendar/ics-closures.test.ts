import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IcsError, parseIcsClosures } from '../../api/calendar/ics-closures';
import { DEMO_CLOSURES } from '../../infra/demo/cps-calendar-2026-27';

/** The district's published 2026-27 closures, kept outside the repository beside it. */
const CPS_CALENDAR_FILE = new URL('../../../shared/data/cps-calendar-2026-27.ics', import.meta.url).pathname;

/** Wraps VEVENT bodies (lines without BEGIN/END:VEVENT) in a calendar, with CRLF line ends as RFC 5545 writes them. */
function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Baton tests//EN'];
  for (const [index, event] of events.entries()) lines.push('BEGIN:VEVENT', `UID:event-${index}@baton.test`, ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');

  return `${lines.join('\r\n')}\r\n`;
}

/** Returns the IcsError that parsing `text` throws. */
function parseError(text: string): IcsError {
  try {
    parseIcsClosures(text);
  } catch (error) {
    if (error instanceof IcsError) return error;
    throw error;
  }
  throw new Error('expected parseIcsClosures to throw an IcsError');
}

describe.runIf(existsSync(CPS_CALENDAR_FILE))('parseIcsClosures on the CPS 2026-27 file', () => {
  const parsed = () => parseIcsClosures(readFileSync(CPS_CALENDAR_FILE, 'utf8'));

  it('reads 24 weekday closures', () => {
    expect(parsed().closures).toHaveLength(24);
  });

  it('reports no warnings', () => {
    expect(parsed().warnings).toEqual([]);
  });

  it('starts with Labor Day', () => {
    expect(parsed().closures[0]).toEqual({ day: '2026-09-07', name: 'Labor Day' });
  });

  it('closes Wednesday to Friday of Thanksgiving week', () => {
    const thanksgiving = parsed().closures.filter((closure) => closure.name === 'Thanksgiving break');

    expect(thanksgiving.map((closure) => closure.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('closes ten winter break weekdays', () => {
    const winter = parsed().closures.filter((closure) => closure.name === 'Winter break').map((closure) => closure.day);

    expect(winter).toHaveLength(10);
    expect(winter[0]).toBe('2026-12-21');
    expect(winter.at(-1)).toBe('2027-01-01');
    expect(winter).not.toContain('2026-12-26');
  });

  it('matches the demo calendar for 2026-27', () => {
    const demo2026 = DEMO_CLOSURES.filter((closure) => closure.day >= '2026-08-17');

    expect(parsed().closures).toEqual(demo2026);
  });
});

describe('parseIcsClosures on inline calendars', () => {
  it('treats DTEND as exclusive', () => {
    const { closures } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20260907', 'DTEND;VALUE=DATE:20260908', 'SUMMARY:Labor Day']));

    expect(closures).toEqual([{ day: '2026-09-07', name: 'Labor Day' }]);
  });

  it('closes each weekday of a multi-day event and skips its weekend', () => {
    // Thursday 2026-11-26 up to, not including, Tuesday 2026-12-01.
    const { closures } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261126', 'DTEND;VALUE=DATE:20261201', 'SUMMARY:Long weekend']));

    expect(closures.map((closure) => closure.day)).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
  });

  it('closes one day when DTEND is missing', () => {
    const { closures } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261111', 'SUMMARY:Veterans Day']));

    expect(closures).toEqual([{ day: '2026-11-11', name: 'Veterans Day' }]);
  });

  it('reads a DURATION in days', () => {
    const { closures } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20270329', 'DURATION:P5D', 'SUMMARY:Spring break']));

    expect(closures.map((closure) => closure.day)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02']);
  });

  it('skips timed events with a warning', () => {
    const { closures, warnings } = parseIcsClosures(calendar(['DTSTART:20261012T180000Z', 'DTEND:20261012T190000Z', 'SUMMARY:Board meeting']));

    expect(closures).toEqual([]);
    expect(warnings).toEqual(['Line 6: event "Board meeting" is not an all-day event (DTSTART has a time of day), so it closes no day.']);
  });

  it('skips a cancelled event with a warning', () => {
    const { closures, warnings } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261012', 'STATUS:CANCELLED', 'SUMMARY:Snow day']));

    expect(closures).toEqual([]);
    expect(warnings[0]).toContain('event "Snow day" is cancelled');
  });

  it('warns about an event on a weekend only', () => {
    const { closures, warnings } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261017', 'DTEND;VALUE=DATE:20261019', 'SUMMARY:Weekend fair']));

    expect(closures).toEqual([]);
    expect(warnings[0]).toContain('event "Weekend fair" falls on a weekend only');
  });

  it('joins the names of two events on the same day', () => {
    const { closures } = parseIcsClosures(
      calendar(['DTSTART;VALUE=DATE:20261111', 'SUMMARY:Veterans Day'], ['DTSTART;VALUE=DATE:20261111', 'SUMMARY:Staff development']),
    );

    expect(closures).toEqual([{ day: '2026-11-11', name: 'Veterans Day; Staff development' }]);
  });

  it('unfolds long lines and unescapes text', () => {
    const { closures } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261111', 'SUMMARY:Parent\\, teacher', '  conferences']));

    expect(closures).toEqual([{ day: '2026-11-11', name: 'Parent, teacher conferences' }]);
  });

  it('accepts LF line ends', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20261111', 'SUMMARY:Veterans Day']).replaceAll('\r\n', '\n');

    expect(parseIcsClosures(text).closures).toEqual([{ day: '2026-11-11', name: 'Veterans Day' }]);
  });

  it('names an event without SUMMARY "Closure", with a warning', () => {
    const { closures, warnings } = parseIcsClosures(calendar(['DTSTART;VALUE=DATE:20261111']));

    expect(closures).toEqual([{ day: '2026-11-11', name: 'Closure' }]);
    expect(warnings[0]).toContain('no SUMMARY');
  });

  it('reads a calendar without events as no closures', () => {
    expect(parseIcsClosures(calendar()).closures).toEqual([]);
  });
});

describe('parseIcsClosures on malformed input', () => {
  it('rejects a line without a colon, naming its line', () => {
    const error = parseError(calendar(['DTSTART;VALUE=DATE:20261111', 'SUMMARY Veterans Day']));

    expect(error.line).toBe(7);
    expect(error.message).toBe('Line 7: "SUMMARY Veterans Day" is not an iCalendar content line: expected NAME:VALUE, such as SUMMARY:Labor Day.');
  });

  it('rejects text that does not start with BEGIN:VCALENDAR', () => {
    expect(parseError('Labor Day, 2026-09-07\n').message).toContain('Not an iCalendar file: expected BEGIN:VCALENDAR');
  });

  it('rejects empty text', () => {
    expect(parseError('').message).toContain('Not an iCalendar file');
  });

  it('rejects an END that does not match its BEGIN', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20261111']).replace('END:VEVENT', 'END:VTODO');

    expect(parseError(text).message).toBe('Line 7: END:VTODO does not close BEGIN:VEVENT of line 4: add END:VEVENT before it.');
  });

  it('rejects a component that is never closed, naming the innermost', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261111\n';

    expect(parseError(text).message).toBe('Line 2: BEGIN:VEVENT is never closed: add END:VEVENT.');
  });

  it('rejects an invalid date, naming the line and the event', () => {
    const error = parseError(calendar(['DTSTART;VALUE=DATE:2026x111', 'SUMMARY:Veterans Day']));

    expect(error.line).toBe(6);
    expect(error.message).toContain('DTSTART "2026x111" of event "Veterans Day" is not a valid date: expected YYYYMMDD');
  });

  it('rejects a date that does not exist', () => {
    expect(parseError(calendar(['DTSTART;VALUE=DATE:20270229', 'SUMMARY:Leap day'])).message).toContain('DTSTART "20270229"');
  });

  it('rejects a DTEND on or before DTSTART', () => {
    const error = parseError(calendar(['DTSTART;VALUE=DATE:20261111', 'DTEND;VALUE=DATE:20261111', 'SUMMARY:Veterans Day']));

    expect(error.line).toBe(7);
    expect(error.message).toContain('ends (DTEND 20261111) on or before its start');
  });

  it('rejects a timed DTEND on an all-day event', () => {
    const error = parseError(calendar(['DTSTART;VALUE=DATE:20261111', 'DTEND:20261112T000000Z', 'SUMMARY:Veterans Day']));

    expect(error.message).toContain('has an all-day DTSTART but a DTEND with a time of day');
  });

  it('rejects a repeating all-day event', () => {
    const error = parseError(calendar(['DTSTART;VALUE=DATE:20261111', 'RRULE:FREQ=YEARLY', 'SUMMARY:Veterans Day']));

    expect(error.line).toBe(7);
    expect(error.message).toContain('repeats (RRULE)');
  });

  it('rejects a DURATION with hours', () => {
    expect(parseError(calendar(['DTSTART;VALUE=DATE:20261111', 'DURATION:PT12H', 'SUMMARY:Half day'])).message).toContain('DURATION "PT12H"');
  });

  it('rejects an event without DTSTART', () => {
    expect(parseError(calendar(['SUMMARY:Veterans Day'])).message).toBe('Line 4: event "Veterans Day" has no DTSTART: give it DTSTART;VALUE=DATE:YYYYMMDD.');
  });

  it('rejects an event spanning more than a year', () => {
    expect(parseError(calendar(['DTSTART;VALUE=DATE:20260817', 'DTEND;VALUE=DATE:20290101', 'SUMMARY:Typo'])).message).toContain('spans more than 366 days');
  });
});
