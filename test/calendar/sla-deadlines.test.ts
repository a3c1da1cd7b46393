import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../../api/calendar/school-calendar';
import { computeLegalClock, computeStageDeadlines, SlaDeadlineError } from '../../api/calendar/sla-deadlines';
import { SlaDurationError } from '../../api/calendar/sla-duration';

// America/Chicago is UTC-5 (CDT) until 2026-11-01 02:00 local, UTC-6 (CST) from then until
// 2027-03-14 02:00, and UTC-5 again after. Instants are written in UTC, with the local time in a comment.

const chicago = new SchoolCalendar({
  timeZone: 'America/Chicago',
  schoolYears: [{ id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-10' }],
  closures: [
    { day: '2026-11-11', name: 'Veterans Day' },
    { day: '2026-11-25', name: 'Thanksgiving break' },
    { day: '2026-11-26', name: 'Thanksgiving break' },
    { day: '2026-11-27', name: 'Thanksgiving break' },
  ],
});

/** Monday 2026-10-19 10:00 CDT. */
const MONDAY_OCTOBER_19 = new Date('2026-10-19T15:00:00Z');

describe('computeStageDeadlines for school days', () => {
  it('is due at the end of the Nth school day after entry', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '5 school_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-10-27T05:00:00.000Z');
    expect(deadlines.provisional).toBe(false);
  });

  it('warns at the end of school day 3 of 5 at 0.75', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '5 school_days', warningAt: 0.75 });

    expect(deadlines.warnAt.toISOString()).toBe('2026-10-23T05:00:00.000Z');
  });

  it('warns at the end of school day 1 of 2 at 0.75', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '2 school_days', warningAt: 0.75 });

    expect(deadlines.warnAt.toISOString()).toBe('2026-10-21T05:00:00.000Z');
    expect(deadlines.dueAt.toISOString()).toBe('2026-10-22T05:00:00.000Z');
  });

  it('warns the fraction of the wall-clock time when no whole school day fits', () => {
    // Due at the end of Tuesday, 38 hours after entry; 0.75 of that is 28.5 hours.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '1 school_days', warningAt: 0.75 });

    expect(deadlines.dueAt.toISOString()).toBe('2026-10-21T05:00:00.000Z');
    expect(deadlines.warnAt.toISOString()).toBe('2026-10-20T19:30:00.000Z');
  });

  it('uses 0.75 when the stage sets no warning fraction', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '5 school_days' });

    expect(deadlines.warnAt.toISOString()).toBe('2026-10-23T05:00:00.000Z');
  });

  it('counts only school days towards the warning', () => {
    // Tuesday 2026-11-24 09:00 CST: school days 1 to 3 are 30 November, 1 and 2 December.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-11-24T15:00:00Z'), duration: '5 school_days' });

    expect(deadlines.warnAt.toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(deadlines.dueAt.toISOString()).toBe('2026-12-05T06:00:00.000Z');
  });

  it('takes the floor of N times the fraction without rounding error', () => {
    // 100 × 0.29 is 28.999999999999996 in floating point; the warning is at the end of school day 29.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '100 school_days', warningAt: 0.29 });
    const day29 = chicago.addSchoolDays(MONDAY_OCTOBER_19, 29);

    expect(deadlines.warnAt.toISOString()).toBe(day29.at.toISOString());
  });

  it('is provisional where no school year covers the days counted', () => {
    // Friday 2030-03-01 10:00 CST.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2030-03-01T16:00:00Z'), duration: '2 school_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2030-03-06T06:00:00.000Z');
    expect(deadlines.provisional).toBe(true);
  });
});

describe('computeStageDeadlines for calendar days', () => {
  it('is due at the end of the Nth calendar day after entry', () => {
    // Friday 2026-10-30 10:00 CDT; the third day is Monday 2026-11-02, in CST.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-30T15:00:00Z'), duration: '3 calendar_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-11-03T06:00:00.000Z');
  });

  it('warns at the end of calendar day 3 of 4 at 0.75', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-30T15:00:00Z'), duration: '4 calendar_days' });

    expect(deadlines.warnAt.toISOString()).toBe('2026-11-03T06:00:00.000Z');
  });
});

describe('computeStageDeadlines for ISO durations', () => {
  it('adds PT30S to the entry instant', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: 'PT30S' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-10-16T15:00:30.000Z');
  });

  it('warns at 0.75 of PT30S', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: 'PT30S' });

    expect(deadlines.warnAt.toISOString()).toBe('2026-10-16T15:00:22.500Z');
  });

  it('adds P1D as 25 hours across fall back', () => {
    // Saturday 2026-10-31 12:00 CDT to Sunday 2026-11-01 12:00 CST.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-31T17:00:00Z'), duration: 'P1D' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });

  it('warns at 0.75 of the 25 wall-clock hours of P1D across fall back', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-31T17:00:00Z'), duration: 'P1D' });

    expect(deadlines.warnAt.toISOString()).toBe('2026-11-01T11:45:00.000Z');
  });

  it('adds P1D as 23 hours across spring forward', () => {
    // Saturday 2027-03-13 12:00 CST to Sunday 2027-03-14 12:00 CDT.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2027-03-13T18:00:00Z'), duration: 'P1D' });

    expect(deadlines.dueAt.toISOString()).toBe('2027-03-14T17:00:00.000Z');
  });

  it('adds PT24H as 24 elapsed hours across fall back', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-31T17:00:00Z'), duration: 'PT24H' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-11-01T17:00:00.000Z');
  });

  it('is never provisional', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2030-03-01T16:00:00Z'), duration: 'PT30S', centralOfficeAfter: 'PT30S' });

    expect(deadlines.provisional).toBe(false);
  });
});

describe('computeStageDeadlines central-office escalation', () => {
  it('falls 5 school days after the due day by default', () => {
    // Due at the end of Tuesday 2026-10-20; 5 school days later is Tuesday 2026-10-27.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: '2 school_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-10-21T05:00:00.000Z');
    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-10-28T05:00:00.000Z');
  });

  it('skips closures after the breach', () => {
    // Due at the end of Tuesday 2026-11-24; the 5 school days after are 30 November to 4 December.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-11-23T15:00:00Z'), duration: '1 school_days', centralOfficeAfter: '5 school_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2026-11-25T06:00:00.000Z');
    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-12-05T06:00:00.000Z');
  });

  it('counts calendar days after the due day', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: '2 school_days', centralOfficeAfter: '2 calendar_days' });

    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-10-23T05:00:00.000Z');
  });

  it('adds an ISO duration to the breach instant', () => {
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: 'PT30S', centralOfficeAfter: 'PT30S' });

    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-10-16T15:01:00.000Z');
  });

  it('counts school days after the day of an ISO breach', () => {
    // Breach at Friday 2026-10-16 10:00:30 CDT; the 5 school days after are 19 to 23 October.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2026-10-16T15:00:00Z'), duration: 'PT30S' });

    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-10-24T05:00:00.000Z');
  });

  it('is provisional when the escalation count leaves the known school years', () => {
    // Due at the end of the last day of school, Thursday 2027-06-10; no school days until June 30, then weekdays.
    const deadlines = computeStageDeadlines(chicago, { enteredAt: new Date('2027-06-09T15:00:00Z'), duration: '1 school_days' });

    expect(deadlines.dueAt.toISOString()).toBe('2027-06-11T05:00:00.000Z');
    expect(deadlines.centralOfficeAt.toISOString()).toBe('2027-07-08T05:00:00.000Z');
    expect(deadlines.provisional).toBe(true);
  });
});

describe('computeStageDeadlines for the hearing', () => {
  // Entered Monday 2026-11-02 09:00 CST; the hearing is Tuesday 2026-11-10 14:00 CST; Veterans Day follows.
  const input = { enteredAt: new Date('2026-11-02T15:00:00Z'), anchorAt: new Date('2026-11-10T20:00:00Z'), duration: '2 school_days' };

  it('is due 2 school days after the hearing date', () => {
    const deadlines = computeStageDeadlines(chicago, input);

    expect(deadlines.dueAt.toISOString()).toBe('2026-11-14T06:00:00.000Z');
  });

  it('warns at the end of the first school day after the hearing', () => {
    const deadlines = computeStageDeadlines(chicago, input);

    expect(deadlines.warnAt.toISOString()).toBe('2026-11-13T06:00:00.000Z');
  });

  it('escalates to the central office 5 school days after the hearing deadline', () => {
    const deadlines = computeStageDeadlines(chicago, input);

    expect(deadlines.centralOfficeAt.toISOString()).toBe('2026-11-21T06:00:00.000Z');
  });
});

describe('computeStageDeadlines input checks', () => {
  it('rejects an unparsable duration naming it', () => {
    expect(() => computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: 'soon' })).toThrow(SlaDurationError);
  });

  it('rejects an invalid centralOfficeAfter naming it', () => {
    expect(() => computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '2 school_days', centralOfficeAfter: '0 school_days' })).toThrow(
      'Invalid SLA duration "0 school_days"',
    );
  });

  it.each([0, 1, 1.2, -0.5, Number.NaN])('rejects warning fraction %s', (warningAt) => {
    expect(() => computeStageDeadlines(chicago, { enteredAt: MONDAY_OCTOBER_19, duration: '2 school_days', warningAt })).toThrow(SlaDeadlineError);
  });
});

describe('computeLegalClock', () => {
  // Suspended from Monday 2026-11-09: days out are 9, 10, 12, 13, 16, 17, 18, 19 (day 8), 20 and 23 November (day 10).
  it('reaches the limit at the end of the 10th school day out', () => {
    const clock = computeLegalClock(chicago, '2026-11-09');

    expect(clock.legalLimitAt.toISOString()).toBe('2026-11-24T06:00:00.000Z');
  });

  it('warns at the end of the 8th school day out', () => {
    const clock = computeLegalClock(chicago, '2026-11-09');

    expect(clock.legalWarnAt.toISOString()).toBe('2026-11-20T06:00:00.000Z');
  });

  it('counts the start day as day 1', () => {
    const clock = computeLegalClock(chicago, '2026-11-09');

    expect(chicago.schoolDaysOut('2026-11-09', new Date(clock.legalLimitAt.getTime() - 1))).toBe(10);
    expect(chicago.schoolDaysOut('2026-11-09', new Date(clock.legalWarnAt.getTime() - 1))).toBe(8);
  });

  it('starts at the next school day when suspended on a Saturday', () => {
    const clock = computeLegalClock(chicago, '2026-11-07');

    expect(clock.legalLimitAt.toISOString()).toBe('2026-11-24T06:00:00.000Z');
  });

  it('skips the Thanksgiving break', () => {
    // Days out: 24 November, then 30 November to 4 December, then 7 to 10 December.
    const clock = computeLegalClock(chicago, '2026-11-24');

    expect(clock.legalWarnAt.toISOString()).toBe('2026-12-09T06:00:00.000Z');
    expect(clock.legalLimitAt.toISOString()).toBe('2026-12-11T06:00:00.000Z');
    expect(clock.provisional).toBe(false);
  });

  it('is provisional outside the known school years', () => {
    const clock = computeLegalClock(chicago, '2030-03-01');

    expect(clock.provisional).toBe(true);
  });

  it('rejects an invalid start date', () => {
    expect(() => computeLegalClock(chicago, '2026-13-01')).toThrow('Suspension start "2026-13-01" is not a valid date');
  });
});
