import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarImport, loadSchoolCalendar, replaceCalendar } from '../../api/calendar/calendar-repository';
import { SchoolCalendarError } from '../../api/calendar/school-calendar';
import { DEMO_CLOSURES, DEMO_SCHOOL_YEARS, seedDemoCalendar } from '../../infra/demo/cps-calendar-2026-27';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

beforeEach(async () => {
  await database.dataSource.query('TRUNCATE closures, school_years');
});

const IMPORT_2026_27: CalendarImport = {
  source: 'ics:2026-27',
  schoolYears: [{ id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-10' }],
  closures: [
    { day: '2026-11-11', name: 'Veterans Day' },
    { day: '2026-11-25', name: 'Thanksgiving break' },
    { day: '2026-11-26', name: 'Thanksgiving break' },
  ],
};

async function closureRows(): Promise<{ day: string; name: string; source: string }[]> {
  return database.dataSource.query('SELECT day::text AS day, name, source FROM closures ORDER BY day');
}

describe('replaceCalendar and loadSchoolCalendar', () => {
  it('round-trips school years as YYYY-MM-DD dates', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const calendar = await loadSchoolCalendar(database.dataSource, 'America/Chicago');

    expect(calendar.schoolYears).toEqual(IMPORT_2026_27.schoolYears);
  });

  it('round-trips closures', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const calendar = await loadSchoolCalendar(database.dataSource, 'America/Chicago');

    expect(calendar.closureOn('2026-11-11')).toBe('Veterans Day');
    expect(calendar.isSchoolDay('2026-11-25')).toBe(false);
    expect(calendar.isSchoolDay('2026-11-24')).toBe(true);
  });

  it('loads a calendar in the given time zone', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const calendar = await loadSchoolCalendar(database.dataSource, 'America/Chicago');

    // Friday 2026-10-16 10:00 CDT plus 2 school days ends at midnight CDT after Tuesday.
    expect(calendar.addSchoolDays(new Date('2026-10-16T15:00:00Z'), 2).at.toISOString()).toBe('2026-10-21T05:00:00.000Z');
  });

  it('reports what it created', async () => {
    const summary = await replaceCalendar(database.dataSource, IMPORT_2026_27);

    expect(summary.schoolYears).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.closures).toEqual({ added: 3, renamed: 0, removed: 0, unchanged: 0, keptFromOtherSource: 0 });
  });

  it('changes nothing when run twice', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);
    const before = await closureRows();

    const summary = await replaceCalendar(database.dataSource, IMPORT_2026_27);

    expect(summary.schoolYears).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(summary.closures).toEqual({ added: 0, renamed: 0, removed: 0, unchanged: 3, keptFromOtherSource: 0 });
    expect(await closureRows()).toEqual(before);
  });

  it('removes unlisted and renames changed closures', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const summary = await replaceCalendar(database.dataSource, {
      ...IMPORT_2026_27,
      closures: [
        { day: '2026-11-11', name: "Veterans' Day" },
        { day: '2026-11-25', name: 'Thanksgiving break' },
      ],
    });

    expect(summary.closures).toEqual({ added: 0, renamed: 1, removed: 1, unchanged: 1, keptFromOtherSource: 0 });
    expect(await closureRows()).toEqual([
      { day: '2026-11-11', name: "Veterans' Day", source: 'ics:2026-27' },
      { day: '2026-11-25', name: 'Thanksgiving break', source: 'ics:2026-27' },
    ]);
  });

  it('keeps closures of other sources', async () => {
    await database.dataSource.query("INSERT INTO closures (day, name, source) VALUES ('2026-11-11', 'Snow day', 'manual'), ('2027-01-04', 'Snow day', 'manual')");

    const summary = await replaceCalendar(database.dataSource, IMPORT_2026_27);

    expect(summary.closures.keptFromOtherSource).toBe(1);
    expect(await closureRows()).toContainEqual({ day: '2026-11-11', name: 'Snow day', source: 'manual' });
    expect(await closureRows()).toContainEqual({ day: '2027-01-04', name: 'Snow day', source: 'manual' });
  });

  it('updates a school year whose dates changed', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const summary = await replaceCalendar(database.dataSource, { ...IMPORT_2026_27, schoolYears: [{ id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-11' }] });
    const calendar = await loadSchoolCalendar(database.dataSource, 'America/Chicago');

    expect(summary.schoolYears).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(calendar.schoolYears[0]?.lastDay).toBe('2027-06-11');
  });

  it('writes nothing when a school year overlaps one in the database', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const overlapping = replaceCalendar(database.dataSource, {
      source: 'ics:2026-2027',
      schoolYears: [{ id: '2026-2027', firstDay: '2026-08-24', lastDay: '2027-06-15' }],
      closures: [{ day: '2027-01-04', name: 'Staff day' }],
    });

    await expect(overlapping).rejects.toThrow(SchoolCalendarError);
    await expect(overlapping).rejects.toThrow('overlap');
    expect(await closureRows()).toHaveLength(3);
  });

  it('rejects an empty source', async () => {
    await expect(replaceCalendar(database.dataSource, { ...IMPORT_2026_27, source: ' ' })).rejects.toThrow('The calendar source is empty');
  });

  it('rejects a closure listed twice', async () => {
    const twice = { ...IMPORT_2026_27, closures: [...IMPORT_2026_27.closures, { day: '2026-11-11', name: 'Again' }] };

    await expect(replaceCalendar(database.dataSource, twice)).rejects.toThrow('Closure day 2026-11-11 is listed twice');
  });

  it('leaves the database constraint to reject overlapping years written by hand', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const insert = database.dataSource.query("INSERT INTO school_years (id, first_day, last_day) VALUES ('other', '2027-06-10', '2027-08-01')");

    await expect(insert).rejects.toThrow('school_years_do_not_overlap');
  });
});

describe('seedDemoCalendar', () => {
  it('writes both demo school years', async () => {
    await seedDemoCalendar(database.dataSource);

    const calendar = await loadSchoolCalendar(database.dataSource, 'America/Chicago');

    expect(calendar.schoolYears).toEqual(DEMO_SCHOOL_YEARS);
  });

  it('writes every demo closure', async () => {
    await seedDemoCalendar(database.dataSource);

    expect(await closureRows()).toHaveLength(DEMO_CLOSURES.length);
  });

  it('has 10 closures in 2025-26 and 24 in 2026-27', () => {
    expect(DEMO_CLOSURES.filter((closure) => closure.day < '2026-07-01')).toHaveLength(10);
    expect(DEMO_CLOSURES.filter((closure) => closure.day >= '2026-07-01')).toHaveLength(24);
  });

  it('changes nothing when run again', async () => {
    await seedDemoCalendar(database.dataSource);
    const before = await closureRows();

    const line = await seedDemoCalendar(database.dataSource);

    expect(line).toContain('school years 0 created, 0 updated; closures 0 added, 0 renamed, 0 removed, 34 unchanged');
    expect(await closureRows()).toEqual(before);
  });

  it('leaves an imported calendar alone', async () => {
    await replaceCalendar(database.dataSource, IMPORT_2026_27);

    const line = await seedDemoCalendar(database.dataSource);

    expect(line).toContain('kept the calendar in the database');
    expect(await closureRows()).toHaveLength(3);
  });
});
