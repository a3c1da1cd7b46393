import type { DataSource, EntityManager } from 'typeorm';
import { Closure } from './closure.entity';
import { SchoolYear } from './school-year.entity';
import { type ClosureDay, SchoolCalendar, SchoolCalendarError, type SchoolYearSpan, validateClosures, validateSchoolYears } from './school-calendar';

/** A calendar to write: school years to add or update, and every closure of one source. */
export interface CalendarImport {
  schoolYears: SchoolYearSpan[];
  closures: ClosureDay[];
  /** Origin of the rows, such as `demo` or `ics:2026-27`. Closures of this source that are not in `closures` are removed. */
  source: string;
}

/** Counts of the rows that replaceCalendar created, changed, removed or left alone. */
export interface CalendarReplaceSummary {
  schoolYears: { created: number; updated: number; unchanged: number };
  closures: {
    added: number;
    renamed: number;
    removed: number;
    unchanged: number;
    /** Days already closed by another source: that row is kept as it is. */
    keptFromOtherSource: number;
  };
}

/** Reads the district calendar from the database. */
export async function loadSchoolCalendar(db: DataSource | EntityManager, timeZone: string): Promise<SchoolCalendar> {
  const manager = 'manager' in db ? db.manager : db;
  const [years, closures] = await Promise.all([manager.find(SchoolYear, { order: { firstDay: 'ASC' } }), manager.find(Closure, { order: { day: 'ASC' } })]);

  return new SchoolCalendar({
    timeZone,
    schoolYears: years.map(({ id, firstDay, lastDay }) => ({ id, firstDay, lastDay })),
    closures: closures.map(({ day, name }) => ({ day, name })),
  });
}

/**
 * Writes a calendar in one transaction: adds or updates the school years (never deleting one), and makes
 * the closures of `source` exactly `closures`. A day that another source already closes keeps that
 * source's row. Running it twice with the same input changes nothing the second time.
 *
 * Throws a SchoolCalendarError, writing nothing, when the input is invalid or a school year would
 * overlap another one in the database.
 */
export async function replaceCalendar(dataSource: DataSource, input: CalendarImport): Promise<CalendarReplaceSummary> {
  if (input.source.trim() === '') throw new SchoolCalendarError('The calendar source is empty: name it, such as ics:2026-27.');
  validateSchoolYears(input.schoolYears);
  validateClosures(input.closures);

  return dataSource.transaction(async (manager) => {
    // Two imports at once would each compute their changes from rows the other is rewriting.
    await manager.query('LOCK TABLE school_years, closures IN SHARE ROW EXCLUSIVE MODE');

    const schoolYears = await upsertSchoolYears(manager, input.schoolYears, input.source);
    const closures = await replaceClosures(manager, input.closures, input.source);

    return { schoolYears, closures };
  });
}

async function upsertSchoolYears(manager: EntityManager, years: SchoolYearSpan[], source: string): Promise<CalendarReplaceSummary['schoolYears']> {
  const existing = new Map((await manager.find(SchoolYear)).map((year) => [year.id, year]));
  const merged = new Map<string, SchoolYearSpan>(existing);
  for (const year of years) merged.set(year.id, year);
  validateSchoolYears([...merged.values()]);

  const summary = { created: 0, updated: 0, unchanged: 0 };
  for (const year of years) {
    const current = existing.get(year.id);
    const row = { id: year.id, firstDay: year.firstDay, lastDay: year.lastDay, source };

    if (!current) {
      await manager.insert(SchoolYear, row);
      summary.created += 1;
    } else if (current.firstDay !== year.firstDay || current.lastDay !== year.lastDay || current.source !== source) {
      await manager.update(SchoolYear, { id: year.id }, row);
      summary.updated += 1;
    } else {
      summary.unchanged += 1;
    }
  }

  return summary;
}

async function replaceClosures(manager: EntityManager, closures: ClosureDay[], source: string): Promise<CalendarReplaceSummary['closures']> {
  const existing = new Map((await manager.find(Closure)).map((closure) => [closure.day, closure]));
  const listedDays = new Set(closures.map((closure) => closure.day));

  const summary = { added: 0, renamed: 0, removed: 0, unchanged: 0, keptFromOtherSource: 0 };
  const stale = [...existing.values()].filter((closure) => closure.source === source && !listedDays.has(closure.day)).map((closure) => closure.day);
  if (stale.length > 0) await manager.delete(Closure, stale);
  summary.removed = stale.length;

  const added: Closure[] = [];
  for (const closure of closures) {
    const current = existing.get(closure.day);

    if (!current) {
      added.push({ day: closure.day, name: closure.name, source });
    } else if (current.source !== source) {
      summary.keptFromOtherSource += 1;
    } else if (current.name !== closure.name) {
      await manager.update(Closure, { day: closure.day }, { name: closure.name });
      summary.renamed += 1;
    } else {
      summary.unchanged += 1;
    }
  }
  if (added.length > 0) await manager.insert(Closure, added);
  summary.added = added.length;

  return summary;
}
