import type { DataSource } from 'typeorm';
import { replaceCalendar } from '../../api/calendar/calendar-repository';
import { addDays, type ClosureDay, isWeekday, type LocalDate, type SchoolYearSpan } from '../../api/calendar/school-calendar';

/** Source name of the demo calendar's rows. */
export const DEMO_CALENDAR_SOURCE = 'demo';

/** A named closure from `first` to `last`, both inclusive; only its weekdays close schools. */
interface ClosureRange {
  name: string;
  first: LocalDate;
  last: LocalDate;
}

/**
 * The demo district's school years. 2026-27 has Chicago Public Schools' published first and last day
 * of school. 2025-26 is there so that older cases count school days too.
 */
export const DEMO_SCHOOL_YEARS: SchoolYearSpan[] = [
  { id: '2025-26', firstDay: '2025-08-18', lastDay: '2026-06-10' },
  { id: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-10' },
];

/**
 * Public holidays of 2025-26 that fall on weekdays in the school year.
 * NOTE: the real 2025-26 winter and spring breaks are not listed, so those weeks count as school days.
 */
const CLOSURES_2025_26: ClosureRange[] = [
  { name: 'Labor Day', first: '2025-09-01', last: '2025-09-01' },
  { name: "Indigenous Peoples' Day", first: '2025-10-13', last: '2025-10-13' },
  { name: 'Veterans Day', first: '2025-11-11', last: '2025-11-11' },
  { name: 'Thanksgiving', first: '2025-11-27', last: '2025-11-28' },
  { name: 'Christmas Day', first: '2025-12-25', last: '2025-12-25' },
  { name: "New Year's Day", first: '2026-01-01', last: '2026-01-01' },
  { name: 'Martin Luther King Jr. Day', first: '2026-01-19', last: '2026-01-19' },
  { name: "Presidents' Day", first: '2026-02-16', last: '2026-02-16' },
  { name: 'Memorial Day', first: '2026-05-25', last: '2026-05-25' },
];

/**
 * The weekday closures of Chicago Public Schools' 2026-27 calendar as published before the year
 * (holidays and breaks). Professional-development and report-card days are not in it.
 */
const CLOSURES_2026_27: ClosureRange[] = [
  { name: 'Labor Day', first: '2026-09-07', last: '2026-09-07' },
  { name: "Indigenous Peoples' Day", first: '2026-10-12', last: '2026-10-12' },
  { name: 'Veterans Day', first: '2026-11-11', last: '2026-11-11' },
  { name: 'Thanksgiving break', first: '2026-11-25', last: '2026-11-27' },
  { name: 'Winter break', first: '2026-12-21', last: '2027-01-01' },
  { name: 'Martin Luther King Jr. Day', first: '2027-01-18', last: '2027-01-18' },
  { name: "Presidents' Day", first: '2027-02-15', last: '2027-02-15' },
  { name: 'Spring break', first: '2027-03-29', last: '2027-04-02' },
  { name: 'Memorial Day', first: '2027-05-31', last: '2027-05-31' },
];

/** Lists each weekday of the ranges as its own closure. */
function weekdayClosures(ranges: ClosureRange[]): ClosureDay[] {
  const closures: ClosureDay[] = [];
  for (const range of ranges) {
    for (let day = range.first; day <= range.last; day = addDays(day, 1)) {
      if (isWeekday(day)) closures.push({ day, name: range.name });
    }
  }

  return closures;
}

/** The demo district's closures, one per weekday, in date order. */
export const DEMO_CLOSURES: ClosureDay[] = weekdayClosures([...CLOSURES_2025_26, ...CLOSURES_2026_27]);

/**
 * Writes the demo calendar unless the database has calendar rows from another source, such as an
 * imported .ics file, which it leaves alone. Re-running it changes nothing. Returns a line for the
 * start-up summary.
 */
export async function seedDemoCalendar(dataSource: DataSource): Promise<string> {
  const [{ count }] = await dataSource.query<{ count: number }[]>(
    `SELECT ((SELECT count(*) FROM school_years WHERE source <> $1) + (SELECT count(*) FROM closures WHERE source <> $1))::int AS count`,
    [DEMO_CALENDAR_SOURCE],
  );
  if (count > 0) return 'school calendar: kept the calendar in the database, which was not written by the demo';

  const summary = await replaceCalendar(dataSource, { schoolYears: DEMO_SCHOOL_YEARS, closures: DEMO_CLOSURES, source: DEMO_CALENDAR_SOURCE });
  const years = summary.schoolYears;
  const closures = summary.closures;

  return `demo school calendar ${DEMO_SCHOOL_YEARS.map((year) => year.id).join(' and ')}: school years ${years.created} created, ${years.updated} updated; closures ${closures.added} added, ${closures.renamed} renamed, ${closures.removed} removed, ${closures.unchanged} unchanged`;
}
