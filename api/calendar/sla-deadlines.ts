import { DateTime, Duration } from 'luxon';
import type { CalendarDeadline, LocalDate, SchoolCalendar } from './school-calendar';
import { assertLocalDate, addDays } from './school-calendar';
import { parseSlaDuration, type SlaDuration } from './sla-duration';

/** Fraction of a stage's time after which its owner is warned, unless the stage sets its own. */
export const DEFAULT_WARNING_FRACTION = 0.75;

/** Time after a breach at which the case escalates from the Chief Area Officer to the central office. */
export const DEFAULT_CENTRAL_OFFICE_AFTER = '5 school_days';

/**
 * School days a student may be out while waiting for the expulsion hearing: the Illinois School Code
 * (105 ILCS 5/10-22.6(b)) limits a suspension to 10 school days.
 */
export const LEGAL_LIMIT_SCHOOL_DAYS = 10;

/** School day out at whose end the legal clock warns, two days before the limit. */
export const LEGAL_WARNING_SCHOOL_DAYS = 8;

/**
 * Tolerance for the floor of N × f: 100 × 0.29 is 28.999999999999996 in floating point, and the
 * warning belongs at the end of day 29.
 */
const FLOOR_TOLERANCE = 1e-9;

/** Inputs of a stage's deadline computation. */
export interface StageDeadlineInput {
  /** When the case entered the stage. */
  enteredAt: Date;
  /** When set, the instant the deadline counts from instead of `enteredAt`: the hearing date for the hearing stage. */
  anchorAt?: Date;
  /** The stage's SLA, such as `5 school_days`, `3 calendar_days` or `PT30S`. */
  duration: string | SlaDuration;
  /** Fraction of the stage's time after which the owner is warned, above 0 and below 1; DEFAULT_WARNING_FRACTION when unset. */
  warningAt?: number;
  /** Time after the breach at which the case escalates to the central office; DEFAULT_CENTRAL_OFFICE_AFTER when unset. */
  centralOfficeAfter?: string | SlaDuration;
}

/** The instants at which a stage's clock warns, breaches (escalating to the CAO) and escalates to the central office. */
export interface StageDeadlines {
  warnAt: Date;
  dueAt: Date;
  centralOfficeAt: Date;
  /** True when some count crossed days that no school year covers, so that weekdays stood in for school days. */
  provisional: boolean;
}

/** The legal limits of a suspension pending the hearing. */
export interface LegalClock {
  /** End of the LEGAL_WARNING_SCHOOL_DAYS-th school day out. */
  legalWarnAt: Date;
  /** End of the LEGAL_LIMIT_SCHOOL_DAYS-th school day out. */
  legalLimitAt: Date;
  provisional: boolean;
}

/** An invalid input to a deadline computation other than the duration itself. */
export class SlaDeadlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlaDeadlineError';
  }
}

/**
 * Computes a stage's warning, due and central-office instants.
 *
 * The count starts at the anchor (`anchorAt`, else `enteredAt`), whose local day does not count:
 * - `N school_days` is due at the end of the Nth school day after that day, in the district's zone.
 * - `N calendar_days` is due at the end of the Nth calendar day after it.
 * - An ISO 8601 duration is added as wall-clock time in the district's zone, so `P1D` spans 23 or 25
 *   hours across a DST change.
 *
 * The warning falls at the end of day ⌊N × f⌋ of the same kind of days, or, when that is day 0, at
 * anchor + f × (due − anchor). For an ISO duration it falls at anchor + f × (due − anchor).
 *
 * The central-office escalation counts `centralOfficeAfter` from the breach. Day counts start after
 * the due day, which is the local day of the last instant before the breach, so `5 school_days`
 * lands at the end of the 5th school day after the day the stage was due.
 */
export function computeStageDeadlines(calendar: SchoolCalendar, input: StageDeadlineInput): StageDeadlines {
  const duration = toSlaDuration(input.duration);
  const escalation = toSlaDuration(input.centralOfficeAfter ?? DEFAULT_CENTRAL_OFFICE_AFTER);
  const fraction = input.warningAt ?? DEFAULT_WARNING_FRACTION;
  assertWarningFraction(fraction);
  const anchor = input.anchorAt ?? input.enteredAt;

  const due = deadlineAfterInstant(calendar, anchor, duration);
  const warnAt = warningInstant(calendar, anchor, due.at, duration, fraction);
  const centralOffice = deadlineAfterBreach(calendar, due.at, escalation);

  return {
    warnAt,
    dueAt: due.at,
    centralOfficeAt: centralOffice.at,
    provisional: due.provisional || centralOffice.provisional,
  };
}

/**
 * Computes the legal clock of a suspension pending the hearing. `suspensionStartedOn` is the first day
 * out of school, which counts as day 1 when it is a school day; only school days count.
 */
export function computeLegalClock(calendar: SchoolCalendar, suspensionStartedOn: LocalDate): LegalClock {
  assertLocalDate(suspensionStartedOn, 'Suspension start');

  const dayBefore = addDays(suspensionStartedOn, -1);
  const warning = calendar.schoolDaysAfter(dayBefore, LEGAL_WARNING_SCHOOL_DAYS);
  const limit = calendar.schoolDaysAfter(dayBefore, LEGAL_LIMIT_SCHOOL_DAYS);

  return { legalWarnAt: warning.at, legalLimitAt: limit.at, provisional: limit.provisional };
}

function toSlaDuration(value: string | SlaDuration): SlaDuration {
  return typeof value === 'string' ? parseSlaDuration(value) : value;
}

function assertWarningFraction(fraction: number): void {
  if (!(fraction > 0 && fraction < 1)) {
    throw new SlaDeadlineError(`Warning fraction ${fraction} is invalid: expected a number above 0 and below 1, such as ${DEFAULT_WARNING_FRACTION}.`);
  }
}

/** Returns the deadline `duration` after `anchor`. Day counts start after the anchor's local day. */
function deadlineAfterInstant(calendar: SchoolCalendar, anchor: Date, duration: SlaDuration): Pick<CalendarDeadline, 'at' | 'provisional'> {
  if (duration.kind === 'iso') return { at: addWallClock(calendar, anchor, duration.iso), provisional: false };

  return deadlineAfterDay(calendar, calendar.localDateOf(anchor), duration);
}

/** Returns the deadline `duration` after a breach at `dueAt`. Day counts start after the local day of the last instant before the breach. */
function deadlineAfterBreach(calendar: SchoolCalendar, dueAt: Date, duration: SlaDuration): Pick<CalendarDeadline, 'at' | 'provisional'> {
  if (duration.kind === 'iso') return { at: addWallClock(calendar, dueAt, duration.iso), provisional: false };

  const dueDay = calendar.localDateOf(new Date(dueAt.getTime() - 1));

  return deadlineAfterDay(calendar, dueDay, duration);
}

function deadlineAfterDay(calendar: SchoolCalendar, day: LocalDate, duration: Exclude<SlaDuration, { kind: 'iso' }>): CalendarDeadline {
  switch (duration.kind) {
    case 'school_days':
      return calendar.schoolDaysAfter(day, duration.days);
    case 'calendar_days':
      return calendar.calendarDaysAfter(day, duration.days);
  }
}

function warningInstant(calendar: SchoolCalendar, anchor: Date, dueAt: Date, duration: SlaDuration, fraction: number): Date {
  const proportional = new Date(anchor.getTime() + fraction * (dueAt.getTime() - anchor.getTime()));
  if (duration.kind === 'iso') return proportional;

  const warningDays = Math.floor(duration.days * fraction + FLOOR_TOLERANCE);
  if (warningDays === 0) return proportional;

  return deadlineAfterDay(calendar, calendar.localDateOf(anchor), { kind: duration.kind, days: warningDays }).at;
}

/** Adds an ISO 8601 duration as wall-clock time in the district's zone. */
function addWallClock(calendar: SchoolCalendar, from: Date, iso: string): Date {
  return DateTime.fromJSDate(from, { zone: calendar.timeZone }).plus(Duration.fromISO(iso)).toJSDate();
}
