import { DateTime, IANAZone } from 'luxon';

/** A calendar date without time or zone, written `YYYY-MM-DD`. */
export type LocalDate = string;

/** A school year: its id (such as `2026-27`) and its first and last day of school, both inclusive. */
export interface SchoolYearSpan {
  id: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
}

/** A day on which the district's schools are closed, and the reason shown to users. */
export interface ClosureDay {
  day: LocalDate;
  name: string;
}

/** Everything a SchoolCalendar is built from. */
export interface SchoolCalendarData {
  /** IANA time zone of the district, such as `America/Chicago`. */
  timeZone: string;
  schoolYears: SchoolYearSpan[];
  closures: ClosureDay[];
}

/** A deadline at the end of a local day. */
export interface CalendarDeadline {
  /** The end of `day` in the district's time zone: 00:00 local time of the next day. */
  at: Date;
  day: LocalDate;
  /** True when the count crossed days that no school year covers, so that weekdays were counted as school days. */
  provisional: boolean;
}

/** Invalid calendar data: a bad date, time zone or school year, or a duplicated closure. */
export class SchoolCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchoolCalendarError';
  }
}

const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a civil date. Arithmetic on civil dates never touches an instant, so it runs in UTC, where
 * every day is 24 hours long. Converting between dates and instants happens only in SchoolCalendar,
 * in the district's zone.
 */
function civilDate(day: LocalDate): DateTime {
  return DateTime.fromISO(day, { zone: 'utc' });
}

/** Returns whether `value` is a real calendar date written `YYYY-MM-DD` (so `2027-02-29` is not). */
export function isLocalDate(value: string): boolean {
  return LOCAL_DATE_PATTERN.test(value) && civilDate(value).isValid;
}

/** Throws a SchoolCalendarError naming `label` unless `value` is a date written `YYYY-MM-DD`. */
export function assertLocalDate(value: string, label: string): void {
  if (!isLocalDate(value)) throw new SchoolCalendarError(`${label} "${value}" is not a valid date: expected YYYY-MM-DD, such as 2026-08-17.`);
}

/** Returns the date `days` days after `day` (before it when negative). */
export function addDays(day: LocalDate, days: number): LocalDate {
  return civilDate(day).plus({ days }).toISODate() as LocalDate;
}

/** Returns whether `day` falls on Monday to Friday. */
export function isWeekday(day: LocalDate): boolean {
  return civilDate(day).weekday <= 5;
}

/**
 * Checks school years: unique ids, valid dates, first day not after last day, and no two years sharing a day.
 * Throws a SchoolCalendarError naming the offending year.
 */
export function validateSchoolYears(years: readonly SchoolYearSpan[]): void {
  const ids = new Set<string>();
  for (const year of years) {
    if (year.id.trim() === '') throw new SchoolCalendarError('A school year has an empty id: give it one such as 2026-27.');
    if (ids.has(year.id)) throw new SchoolCalendarError(`School year ${year.id} is listed twice: keep one entry per year.`);
    ids.add(year.id);
    assertLocalDate(year.firstDay, `First day of school year ${year.id}`);
    assertLocalDate(year.lastDay, `Last day of school year ${year.id}`);
    if (year.firstDay > year.lastDay) {
      throw new SchoolCalendarError(`School year ${year.id} ends (${year.lastDay}) before it starts (${year.firstDay}): swap the two dates.`);
    }
  }

  const sorted = [...years].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1] as SchoolYearSpan;
    const current = sorted[index] as SchoolYearSpan;
    if (current.firstDay <= previous.lastDay) {
      throw new SchoolCalendarError(
        `School years ${previous.id} (${previous.firstDay} to ${previous.lastDay}) and ${current.id} (${current.firstDay} to ${current.lastDay}) overlap: a day belongs to one school year at most.`,
      );
    }
  }
}

/** Checks closures: valid dates, a non-empty name, and one closure per day. Throws a SchoolCalendarError naming the day. */
export function validateClosures(closures: readonly ClosureDay[]): void {
  const days = new Set<LocalDate>();
  for (const closure of closures) {
    assertLocalDate(closure.day, 'Closure day');
    if (closure.name.trim() === '') throw new SchoolCalendarError(`Closure on ${closure.day} has an empty name: name the holiday or break.`);
    if (days.has(closure.day)) throw new SchoolCalendarError(`Closure day ${closure.day} is listed twice: keep one closure per day.`);
    days.add(closure.day);
  }
}

/** Days from `start` to `end`, both inclusive. */
interface DayRange {
  start: LocalDate;
  end: LocalDate;
}

/**
 * Returns the days for which a school year is the district's calendar: from July 1 before its first
 * day to June 30 after, or to its last day when that is later. This is the US school year (July to
 * June), so the summer around a known school year is known to have no school days, while a date in a
 * year that the calendar lacks is not covered.
 */
function coveredRange(year: SchoolYearSpan): DayRange {
  const first = civilDate(year.firstDay);
  const julyFirst = first.month >= 7 ? first.set({ month: 7, day: 1 }) : first.minus({ years: 1 }).set({ month: 7, day: 1 });
  const juneThirtieth = julyFirst.plus({ years: 1 }).set({ month: 6, day: 30 }).toISODate() as LocalDate;

  return {
    start: julyFirst.toISODate() as LocalDate,
    end: year.lastDay > juneThirtieth ? year.lastDay : juneThirtieth,
  };
}

/** Result of counting one day: whether it counts as a school day, and whether only provisionally. */
interface DayCount {
  counts: boolean;
  provisional: boolean;
}

/**
 * The district's school days in its time zone, and deadline arithmetic over them.
 *
 * A school day is a weekday inside a school year (first to last day of school, inclusive) that is not
 * a closure. For a date that no school year covers (see `hasSchoolYearFor`), counting treats every
 * weekday that is not a listed closure as a school day and marks the result provisional.
 *
 * The class is pure: it never reads the clock, and every instant comes in as an argument.
 */
export class SchoolCalendar {
  readonly timeZone: string;
  readonly schoolYears: readonly SchoolYearSpan[];
  private readonly coveredRanges: readonly DayRange[];
  private readonly closureNames: ReadonlyMap<LocalDate, string>;

  /** Throws a SchoolCalendarError when the time zone, a school year or a closure is invalid. */
  constructor(data: SchoolCalendarData) {
    if (!IANAZone.isValidZone(data.timeZone)) {
      throw new SchoolCalendarError(`Time zone "${data.timeZone}" is not a valid IANA time zone: use one such as America/Chicago.`);
    }
    validateSchoolYears(data.schoolYears);
    validateClosures(data.closures);

    this.timeZone = data.timeZone;
    this.schoolYears = [...data.schoolYears].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
    this.coveredRanges = this.schoolYears.map(coveredRange);
    this.closureNames = new Map(data.closures.map((closure) => [closure.day, closure.name]));
  }

  /** Returns the district's local date at `instant`. */
  localDateOf(instant: Date): LocalDate {
    const local = DateTime.fromJSDate(instant, { zone: this.timeZone });
    if (!local.isValid) throw new SchoolCalendarError(`Instant ${String(instant)} is not a valid date and time.`);

    return local.toISODate() as LocalDate;
  }

  /** Returns the end of `day` in the district's zone: the first instant of the next local day, whatever DST does. */
  endOfDay(day: LocalDate): Date {
    assertLocalDate(day, 'Day');

    return DateTime.fromISO(addDays(day, 1), { zone: this.timeZone }).startOf('day').toJSDate();
  }

  /** Returns the school year whose first-to-last-day span contains `day`, if any. */
  schoolYearOf(day: LocalDate): SchoolYearSpan | undefined {
    return this.schoolYears.find((year) => year.firstDay <= day && day <= year.lastDay);
  }

  /**
   * Returns whether a school year covers `day`: the July-to-June year around one of the calendar's
   * school years. Days that no school year covers are counted provisionally.
   */
  hasSchoolYearFor(day: LocalDate): boolean {
    return this.coveredRanges.some((range) => range.start <= day && day <= range.end);
  }

  /** Returns the name of the closure on `day`, if the district is closed that day. */
  closureOn(day: LocalDate): string | undefined {
    return this.closureNames.get(day);
  }

  /**
   * Returns whether `day` is a school day: a weekday inside a school year that is not a closure.
   * A weekday that no school year covers is not one here, although deadlines count it provisionally.
   */
  isSchoolDay(day: LocalDate): boolean {
    assertLocalDate(day, 'Day');

    return isWeekday(day) && this.closureOn(day) === undefined && this.schoolYearOf(day) !== undefined;
  }

  /** Returns the end of the `n`th school day after the local date of `from`; that date itself does not count. */
  addSchoolDays(from: Date, n: number): CalendarDeadline {
    return this.schoolDaysAfter(this.localDateOf(from), n);
  }

  /** Returns the end of the `n`th school day after `day`, which itself does not count. */
  schoolDaysAfter(day: LocalDate, n: number): CalendarDeadline {
    assertLocalDate(day, 'Day');
    assertPositiveCount(n);

    let current = day;
    let counted = 0;
    let provisional = false;
    while (counted < n) {
      current = addDays(current, 1);
      const count = this.countDay(current);
      if (count.counts) {
        counted += 1;
        provisional ||= count.provisional;
      }
    }

    return { at: this.endOfDay(current), day: current, provisional };
  }

  /** Returns the end of the `n`th calendar day after the local date of `from`; that date itself does not count. */
  addCalendarDays(from: Date, n: number): CalendarDeadline {
    return this.calendarDaysAfter(this.localDateOf(from), n);
  }

  /** Returns the end of the `n`th calendar day after `day`. Every day counts, so the result is never provisional. */
  calendarDaysAfter(day: LocalDate, n: number): CalendarDeadline {
    assertLocalDate(day, 'Day');
    assertPositiveCount(n);

    const due = addDays(day, n);

    return { at: this.endOfDay(due), day: due, provisional: false };
  }

  /**
   * Counts the school days strictly after the local date of `from`, up to and including the local
   * date of `to`. Returns 0 when `to` is not on a later local date.
   */
  schoolDaysBetween(from: Date, to: Date): number {
    return this.countSchoolDays(addDays(this.localDateOf(from), 1), this.localDateOf(to));
  }

  /**
   * Counts the school days a suspended student has been out: from `suspensionStartedOn` (day 1 when it
   * is a school day) through the local date of `asOf`, both inclusive. Returns 0 before the suspension starts.
   */
  schoolDaysOut(suspensionStartedOn: LocalDate, asOf: Date): number {
    assertLocalDate(suspensionStartedOn, 'Suspension start');

    return this.countSchoolDays(suspensionStartedOn, this.localDateOf(asOf));
  }

  /** Counts the days from `first` to `last`, both inclusive, that deadlines count as school days. */
  countSchoolDays(first: LocalDate, last: LocalDate): number {
    assertLocalDate(first, 'First day');
    assertLocalDate(last, 'Last day');

    let count = 0;
    for (let day = first; day <= last; day = addDays(day, 1)) {
      if (this.countDay(day).counts) count += 1;
    }

    return count;
  }

  private countDay(day: LocalDate): DayCount {
    if (!isWeekday(day) || this.closureOn(day) !== undefined) return { counts: false, provisional: false };
    if (!this.hasSchoolYearFor(day)) return { counts: true, provisional: true };

    return { counts: this.schoolYearOf(day) !== undefined, provisional: false };
  }
}

function assertPositiveCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Day count ${n} is invalid: expected a whole number of at least 1.`);
}
