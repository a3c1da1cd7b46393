import { describe, expect, it } from 'vitest';
import { SchoolCalendar, SchoolCalendarError, type ClosureDay } from '../../api/calendar/school-calendar';

// America/Chicago is UTC-5 (CDT) until 2026-11-01 02:00 local and UTC-6 (CST) after, until 2027-03-14.
// Instants below are written in UTC, with the local time in a comment.

const CLOSURES_2026_27: ClosureDay[] = [
  { day: '2026-09-07', name: 'Labor Day' },
  { day: '2026-11-11', name: 'Veterans Day' },
  { day: '2026-11-25', name: 'Thanksgiving break' },
  { day: '2026-11-26', name: 'Thanksgiving break' },
  { day: '2026-11-27', name: 'Thanksgiving break' },
];

function chicago2026(closures: ClosureDay[] = CLOSURES_2026_27): SchoolCalendar {
  return new SchoolCalendar({
    timeZone: 'America/Chicago',
    schoolYears: [{ id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-10' }],
    closures,
  });
}

describe('SchoolCalendar.addSchoolDays', () => {
  it('skips the weekend', () => {
    // Friday 2026-10-16 10:00 CDT; school days 1 and 2 are Monday and Tuesday.
    const due = chicago2026().addSchoolDays(new Date('2026-10-16T15:00:00Z'), 2);

    expect(due.day).toBe('2026-10-20');
    expect(due.at.toISOString()).toBe('2026-10-21T05:00:00.000Z');
    expect(due.provisional).toBe(false);
  });

  it('skips the Thanksgiving break', () => {
    // Tuesday 2026-11-24 09:00 CST; Wednesday to Friday are closed, then the weekend.
    const due = chicago2026().addSchoolDays(new Date('2026-11-24T15:00:00Z'), 2);

    expect(due.day).toBe('2026-12-01');
    expect(due.at.toISOString()).toBe('2026-12-02T06:00:00.000Z');
  });

  it('ends at local midnight after the fall DST change', () => {
    // Thursday 2026-10-29 14:00 CDT; day 2 is Monday 2026-11-02, in CST.
    const due = chicago2026().addSchoolDays(new Date('2026-10-29T19:00:00Z'), 2);

    expect(due.day).toBe('2026-11-02');
    expect(due.at.toISOString()).toBe('2026-11-03T06:00:00.000Z');
  });

  it('ends at local midnight before the fall DST change', () => {
    const due = chicago2026().addSchoolDays(new Date('2026-10-29T19:00:00Z'), 1);

    expect(due.day).toBe('2026-10-30');
    expect(due.at.toISOString()).toBe('2026-10-31T05:00:00.000Z');
  });

  it('counts from the local date, not the UTC date', () => {
    // Tuesday 2026-10-20 20:00 CDT is already Wednesday in UTC.
    const due = chicago2026().addSchoolDays(new Date('2026-10-21T01:00:00Z'), 1);

    expect(due.day).toBe('2026-10-21');
    expect(due.at.toISOString()).toBe('2026-10-22T05:00:00.000Z');
  });

  it('counts from an entry on a weekend', () => {
    // Saturday 2026-10-17 11:00 CDT.
    const due = chicago2026().addSchoolDays(new Date('2026-10-17T16:00:00Z'), 1);

    expect(due.day).toBe('2026-10-19');
    expect(due.at.toISOString()).toBe('2026-10-20T05:00:00.000Z');
  });

  it('counts from an entry on a closure', () => {
    // Thanksgiving Day 2026-11-26 10:00 CST.
    const due = chicago2026().addSchoolDays(new Date('2026-11-26T16:00:00Z'), 1);

    expect(due.day).toBe('2026-11-30');
    expect(due.at.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('counts weekdays provisionally where no school year covers the dates', () => {
    // Friday 2030-03-01 10:00 CST.
    const due = chicago2026().addSchoolDays(new Date('2030-03-01T16:00:00Z'), 2);

    expect(due.day).toBe('2030-03-05');
    expect(due.at.toISOString()).toBe('2030-03-06T06:00:00.000Z');
    expect(due.provisional).toBe(true);
  });

  it('counts weekdays provisionally in a calendar without school years', () => {
    const empty = new SchoolCalendar({ timeZone: 'America/Chicago', schoolYears: [], closures: [] });

    const due = empty.addSchoolDays(new Date('2026-10-16T15:00:00Z'), 2);

    expect(due.day).toBe('2026-10-20');
    expect(due.provisional).toBe(true);
  });

  it('counts no school day in the summer before a known school year', () => {
    // Friday 2026-07-10 10:00 CDT: the next school day is the first day of school.
    const due = chicago2026().addSchoolDays(new Date('2026-07-10T15:00:00Z'), 1);

    expect(due.day).toBe('2026-08-17');
    expect(due.provisional).toBe(false);
  });

  it('turns provisional past June 30 after the last school year', () => {
    // Thursday 2027-06-10 is the last day of school; no 2027-28 year is known.
    const due = chicago2026().addSchoolDays(new Date('2027-06-10T15:00:00Z'), 1);

    expect(due.day).toBe('2027-07-01');
    expect(due.provisional).toBe(true);
  });

  it('rejects a count of zero', () => {
    expect(() => chicago2026().addSchoolDays(new Date('2026-10-16T15:00:00Z'), 0)).toThrow(RangeError);
  });

  it('rejects a fractional count', () => {
    expect(() => chicago2026().addSchoolDays(new Date('2026-10-16T15:00:00Z'), 1.5)).toThrow('Day count 1.5 is invalid');
  });

  it('rejects an invalid instant', () => {
    expect(() => chicago2026().addSchoolDays(new Date('not a date'), 1)).toThrow(SchoolCalendarError);
  });
});

describe('SchoolCalendar.addCalendarDays', () => {
  it('counts every day, closures and weekends included', () => {
    // Tuesday 2026-11-24 09:00 CST.
    const due = chicago2026().addCalendarDays(new Date('2026-11-24T15:00:00Z'), 3);

    expect(due.day).toBe('2026-11-27');
    expect(due.at.toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(due.provisional).toBe(false);
  });

  it('ends at local midnight across the fall DST change', () => {
    // Friday 2026-10-30 10:00 CDT.
    const due = chicago2026().addCalendarDays(new Date('2026-10-30T15:00:00Z'), 3);

    expect(due.day).toBe('2026-11-02');
    expect(due.at.toISOString()).toBe('2026-11-03T06:00:00.000Z');
  });

  it('is never provisional outside school years', () => {
    const due = chicago2026().addCalendarDays(new Date('2030-03-01T16:00:00Z'), 1);

    expect(due.provisional).toBe(false);
  });
});

describe('SchoolCalendar.endOfDay', () => {
  it('is midnight CDT on the day before fall back', () => {
    expect(chicago2026().endOfDay('2026-10-31').toISOString()).toBe('2026-11-01T05:00:00.000Z');
  });

  it('is midnight CST on the day of fall back', () => {
    expect(chicago2026().endOfDay('2026-11-01').toISOString()).toBe('2026-11-02T06:00:00.000Z');
  });

  it('is midnight CST on the day before spring forward', () => {
    expect(chicago2026().endOfDay('2027-03-13').toISOString()).toBe('2027-03-14T06:00:00.000Z');
  });

  it('is midnight CDT on the day of spring forward', () => {
    expect(chicago2026().endOfDay('2027-03-14').toISOString()).toBe('2027-03-15T05:00:00.000Z');
  });
});

describe('SchoolCalendar.isSchoolDay', () => {
  it('is true on a weekday of the school year', () => {
    expect(chicago2026().isSchoolDay('2026-10-20')).toBe(true);
  });

  it('is false on a Saturday', () => {
    expect(chicago2026().isSchoolDay('2026-10-17')).toBe(false);
  });

  it('is false on a closure', () => {
    expect(chicago2026().isSchoolDay('2026-11-25')).toBe(false);
  });

  it('is true on the first day of school', () => {
    expect(chicago2026().isSchoolDay('2026-08-17')).toBe(true);
  });

  it('is true on the last day of school', () => {
    expect(chicago2026().isSchoolDay('2027-06-10')).toBe(true);
  });

  it('is false the weekday before the first day of school', () => {
    expect(chicago2026().isSchoolDay('2026-08-14')).toBe(false);
  });

  it('is false on a weekday no school year covers', () => {
    expect(chicago2026().isSchoolDay('2030-03-01')).toBe(false);
  });

  it('rejects a date in another format', () => {
    expect(() => chicago2026().isSchoolDay('10/20/2026')).toThrow('Day "10/20/2026" is not a valid date: expected YYYY-MM-DD');
  });
});

describe('SchoolCalendar.schoolDaysBetween', () => {
  it('counts school days after the first date through the second', () => {
    // From Friday 2026-11-20 to Tuesday 2026-12-01: 23, 24, 30 November and 1 December.
    const days = chicago2026().schoolDaysBetween(new Date('2026-11-20T16:00:00Z'), new Date('2026-12-01T16:00:00Z'));

    expect(days).toBe(4);
  });

  it('is 0 on the same local day', () => {
    // 09:00 and 23:30 CDT on Tuesday 2026-10-20; the second is already Wednesday in UTC.
    const days = chicago2026().schoolDaysBetween(new Date('2026-10-20T14:00:00Z'), new Date('2026-10-21T04:30:00Z'));

    expect(days).toBe(0);
  });

  it('is 0 when the second instant comes first', () => {
    const days = chicago2026().schoolDaysBetween(new Date('2026-12-01T16:00:00Z'), new Date('2026-11-20T16:00:00Z'));

    expect(days).toBe(0);
  });
});

describe('SchoolCalendar.schoolDaysOut', () => {
  it('counts the first day out as day 1', () => {
    expect(chicago2026().schoolDaysOut('2026-11-16', new Date('2026-11-16T16:00:00Z'))).toBe(1);
  });

  it('counts through the local date of asOf', () => {
    // Friday 2026-11-20 23:00 CST is Saturday in UTC.
    expect(chicago2026().schoolDaysOut('2026-11-16', new Date('2026-11-21T05:00:00Z'))).toBe(5);
  });

  it('skips the Thanksgiving break', () => {
    expect(chicago2026().schoolDaysOut('2026-11-16', new Date('2026-12-01T16:00:00Z'))).toBe(9);
  });

  it('starts counting at the first school day after a weekend start', () => {
    expect(chicago2026().schoolDaysOut('2026-11-14', new Date('2026-11-16T16:00:00Z'))).toBe(1);
  });

  it('is 0 before the suspension starts', () => {
    expect(chicago2026().schoolDaysOut('2026-11-16', new Date('2026-11-13T16:00:00Z'))).toBe(0);
  });
});

describe('SchoolCalendar construction', () => {
  it('rejects an unknown time zone', () => {
    expect(() => new SchoolCalendar({ timeZone: 'America/Chicag', schoolYears: [], closures: [] })).toThrow('Time zone "America/Chicag" is not a valid IANA time zone');
  });

  it('rejects overlapping school years', () => {
    const create = () =>
      new SchoolCalendar({
        timeZone: 'America/Chicago',
        schoolYears: [
          { id: '2025-26', firstDay: '2025-08-18', lastDay: '2026-08-20' },
          { id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-10' },
        ],
        closures: [],
      });

    expect(create).toThrow('School years 2025-26 (2025-08-18 to 2026-08-20) and 2026-27 (2026-08-17 to 2027-06-10) overlap');
  });

  it('rejects a school year that ends before it starts', () => {
    const create = () => new SchoolCalendar({ timeZone: 'America/Chicago', schoolYears: [{ id: '2026-27', firstDay: '2027-06-10', lastDay: '2026-08-17' }], closures: [] });

    expect(create).toThrow('School year 2026-27 ends (2026-08-17) before it starts (2027-06-10)');
  });

  it('rejects an impossible date', () => {
    const create = () => new SchoolCalendar({ timeZone: 'America/Chicago', schoolYears: [{ id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-02-29' }], closures: [] });

    expect(create).toThrow('Last day of school year 2026-27 "2027-02-29" is not a valid date');
  });

  it('rejects a closure listed twice', () => {
    const create = () => chicago2026([...CLOSURES_2026_27, { day: '2026-11-11', name: 'Veterans Day' }]);

    expect(create).toThrow('Closure day 2026-11-11 is listed twice');
  });

  it('returns the closure name of a closed day', () => {
    expect(chicago2026().closureOn('2026-11-26')).toBe('Thanksgiving break');
  });
});
