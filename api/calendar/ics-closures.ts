import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { addDays, type ClosureDay, isLocalDate, isWeekday, type LocalDate } from './school-calendar';

// ical.js 2 is an ES module whose package also exports a CommonJS build under the "require" condition.
// This project compiles to CommonJS with module resolution node16, where TypeScript rejects a static
// import of an ES module, so the types come from a type-only import and the code from require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

/** Closures read from an iCalendar file, and the events that were skipped with the reason. */
export interface IcsClosures {
  /** One entry per weekday closed, sorted by day. */
  closures: ClosureDay[];
  warnings: string[];
}

/** An iCalendar text that cannot be read as closures. `line` is the 1-based line of the problem, when known. */
export class IcsError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.name = 'IcsError';
  }
}

/** A content line after unfolding, with the physical line it starts on. */
interface ContentLine {
  line: number;
  name: string;
  value: string;
}

/** Start line of a VEVENT, and the first occurrence of each of its own properties as written. */
interface EventSource {
  line: number;
  properties: Map<string, ContentLine>;
}

const DATE_VALUE_PATTERN = /^(\d{4})(\d{2})(\d{2})$/;
const FALLBACK_CLOSURE_NAME = 'Closure';
/** Maximum length of an event, in days. A school's longest break lasts weeks, so a longer event has a typing mistake in its dates. */
const MAX_EVENT_DAYS = 366;

/**
 * Reads the closures of an iCalendar (RFC 5545) text. Every all-day event (`DTSTART;VALUE=DATE`)
 * closes each weekday from DTSTART up to, but not including, DTEND. Without DTEND, a DURATION of whole
 * days or else one day applies. Two events on the same day give one closure whose name joins both.
 *
 * Skipped, with a warning: events with a time of day, cancelled events, and events on weekends only.
 * Throws an IcsError naming the line for text that is not iCalendar, unbalanced BEGIN/END, a bad date,
 * an end before the start, and repeating all-day events (RRULE or RDATE), which must be listed one by one.
 */
export function parseIcsClosures(text: string): IcsClosures {
  const events = scanEvents(text);
  const components = parseComponents(text);
  if (components.length !== events.length) {
    throw new IcsError(`ical.js read ${components.length} events where the file has ${events.length} BEGIN:VEVENT lines.`);
  }

  const names = new Map<LocalDate, string[]>();
  const warnings: string[] = [];
  components.forEach((component, index) => {
    const source = events[index] as EventSource;
    const closure = readEvent(component, source, warnings);
    if (!closure) return;

    for (const day of closure.days) names.set(day, [...(names.get(day) ?? []), closure.name]);
  });

  const closures = [...names.entries()].map(([day, dayNames]) => ({ day, name: [...new Set(dayNames)].join('; ') })).sort((a, b) => a.day.localeCompare(b.day));

  return { closures, warnings };
}

/** Splits the text into content lines, checking that each is `NAME[;PARAMS]:VALUE` and that BEGIN/END pairs match. */
function scanEvents(text: string): EventSource[] {
  const folded = unfold(text);
  const first = folded[0];
  if (!first || first.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new IcsError('Not an iCalendar file: expected BEGIN:VCALENDAR as its first line.', first?.line ?? 1);
  }

  const lines = folded.map(({ line, text: lineText }) => parseContentLine(line, lineText));
  const open: ContentLine[] = [];
  const events: EventSource[] = [];
  for (const contentLine of lines) {
    const component = contentLine.value.toUpperCase();
    if (contentLine.name === 'BEGIN') {
      if (component === 'VEVENT' && open.at(-1)?.value.toUpperCase() === 'VCALENDAR') events.push({ line: contentLine.line, properties: new Map() });
      open.push(contentLine);
      continue;
    }
    if (contentLine.name === 'END') {
      const begin = open.pop();
      if (!begin) throw new IcsError(`END:${contentLine.value} has no matching BEGIN.`, contentLine.line);
      if (begin.value.toUpperCase() !== component) {
        throw new IcsError(`END:${contentLine.value} does not close BEGIN:${begin.value} of line ${begin.line}: add END:${begin.value} before it.`, contentLine.line);
      }
      continue;
    }

    const inEvent = open.at(-1)?.value.toUpperCase() === 'VEVENT';
    const event = events.at(-1);
    if (inEvent && event && !event.properties.has(contentLine.name)) event.properties.set(contentLine.name, contentLine);
  }

  const unclosed = open.at(-1);
  if (unclosed) throw new IcsError(`BEGIN:${unclosed.value} is never closed: add END:${unclosed.value}.`, unclosed.line);

  return events;
}

/** Joins folded lines: a line break followed by a space or tab continues the line. Blank lines are dropped. */
function unfold(text: string): { line: number; text: string }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | undefined;

  const flush = () => {
    if (pending) lines.push(pending);
    pending = undefined;
  };

  physical.forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && pending) {
      pending.text += raw.slice(1);
      return;
    }
    flush();
    if (raw.trim() !== '') pending = { line: index + 1, text: raw };
  });
  flush();

  return lines;
}

/** Parses `NAME;PARAM=VALUE;…:VALUE`, where a parameter value in double quotes may contain `:` and `;`. */
function parseContentLine(line: number, text: string): ContentLine {
  const name = /^[A-Za-z0-9-]+/.exec(text)?.[0];
  let position = name?.length ?? 0;
  let quoted = false;
  while (position < text.length && (quoted || text[position] !== ':')) {
    if (text[position] === '"') quoted = !quoted;
    position += 1;
  }

  const separator = name ? text[name.length] : undefined;
  if (!name || position >= text.length || (separator !== ':' && separator !== ';')) {
    throw new IcsError(`"${text}" is not an iCalendar content line: expected NAME:VALUE, such as SUMMARY:Labor Day.`, line);
  }

  return { line, name: name.toUpperCase(), value: text.slice(position + 1) };
}

/** Parses the text with ical.js and returns the VEVENTs of every VCALENDAR in it, in file order. */
function parseComponents(text: string): ICALModule.Component[] {
  let parsed: unknown[];
  try {
    parsed = ICAL.parse(text) as unknown[];
  } catch (error) {
    throw new IcsError(`Not a valid iCalendar file: ${error instanceof Error ? error.message : String(error)}.`);
  }

  // ical.js returns one jCal array for a single VCALENDAR and an array of them for several.
  const calendars = typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[][]);

  return calendars.flatMap((jCal) => new ICAL.Component(jCal).getAllSubcomponents('vevent'));
}

/** Returns the weekdays an event closes and the closure name, or adds a warning and returns undefined for an event that closes nothing. */
function readEvent(component: ICALModule.Component, source: EventSource, warnings: string[]): { days: LocalDate[]; name: string } | undefined {
  const summary = String(component.getFirstPropertyValue('summary') ?? '').trim();
  const where = `event "${summary || '(no SUMMARY)'}"`;

  const start = component.getFirstProperty('dtstart');
  const startLine = source.properties.get('DTSTART');
  if (!start || !startLine) throw new IcsError(`${where} has no DTSTART: give it DTSTART;VALUE=DATE:YYYYMMDD.`, source.line);

  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
    warnings.push(`Line ${source.line}: ${where} is cancelled (STATUS:CANCELLED), so it closes no day.`);
    return undefined;
  }
  if (start.type !== 'date') {
    warnings.push(`Line ${startLine.line}: ${where} is not an all-day event (DTSTART has a time of day), so it closes no day.`);
    return undefined;
  }
  for (const name of ['RRULE', 'RDATE']) {
    const repeat = source.properties.get(name);
    if (repeat) throw new IcsError(`${where} repeats (${name}), which is not supported for closures: list each closed day or range as its own event.`, repeat.line);
  }

  const firstDay = dateValue(startLine, where);
  const endDay = exclusiveEnd(component, source, firstDay, where);
  if (endDay > addDays(firstDay, MAX_EVENT_DAYS)) {
    throw new IcsError(`${where} spans more than ${MAX_EVENT_DAYS} days (${firstDay} to ${addDays(endDay, -1)}): check its DTSTART and DTEND.`, source.line);
  }
  const days: LocalDate[] = [];
  for (let day = firstDay; day < endDay; day = addDays(day, 1)) {
    if (isWeekday(day)) days.push(day);
  }
  if (days.length === 0) {
    warnings.push(`Line ${source.line}: ${where} falls on a weekend only, so it closes no school day.`);
    return undefined;
  }
  if (!summary) warnings.push(`Line ${source.line}: an all-day event has no SUMMARY, so its days are named "${FALLBACK_CLOSURE_NAME}".`);

  return { days, name: summary || FALLBACK_CLOSURE_NAME };
}

/** Returns the day after the event's last day: DTEND (which RFC 5545 makes exclusive), or the start plus DURATION, or the start plus one day. */
function exclusiveEnd(component: ICALModule.Component, source: EventSource, firstDay: LocalDate, where: string): LocalDate {
  const end = component.getFirstProperty('dtend');
  const endLine = source.properties.get('DTEND');
  if (end && endLine) {
    if (end.type !== 'date') throw new IcsError(`${where} has an all-day DTSTART but a DTEND with a time of day: write DTEND;VALUE=DATE:YYYYMMDD.`, endLine.line);

    const endDay = dateValue(endLine, where);
    if (endDay <= firstDay) throw new IcsError(`${where} ends (DTEND ${endLine.value}) on or before its start: DTEND is the day after the last closed day.`, endLine.line);

    return endDay;
  }

  const durationLine = source.properties.get('DURATION');
  if (durationLine) return addDays(firstDay, wholeDays(component, durationLine, where));

  return addDays(firstDay, 1);
}

function wholeDays(component: ICALModule.Component, durationLine: ContentLine, where: string): number {
  const duration = component.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration) || duration.isNegative || duration.hours || duration.minutes || duration.seconds) {
    throw new IcsError(`${where} has DURATION "${durationLine.value}", which is not a positive number of whole days, such as P3D.`, durationLine.line);
  }

  const days = duration.weeks * 7 + duration.days;
  if (days < 1) throw new IcsError(`${where} has DURATION "${durationLine.value}", which is not a positive number of whole days, such as P3D.`, durationLine.line);

  return days;
}

/** Reads a `YYYYMMDD` value as written in the file. */
function dateValue(contentLine: ContentLine, where: string): LocalDate {
  const match = DATE_VALUE_PATTERN.exec(contentLine.value.trim());
  const day = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  if (!isLocalDate(day)) {
    throw new IcsError(`${contentLine.name} "${contentLine.value}" of ${where} is not a valid date: expected YYYYMMDD, such as 20261125.`, contentLine.line);
  }

  return day;
}
