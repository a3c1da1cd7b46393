import type { DataSource } from 'typeorm';
import type { Actor } from '../../../workflows/expulsion/actor';
import type { CaseOpener } from '../case-opener';
import { type CaseRowProblem, type InFlightCase, parseInFlightCases } from './in-flight-case-csv';

export interface CaseImportSummary {
  created: number;
  unchanged: number;
  problems: CaseRowProblem[];
}

/** How many workflows the importer starts at once. */
const CONCURRENCY = 8;

/**
 * Imports cases already under way: each starts its workflow in its real stage with its real entry
 * date, so its clock is partly spent and a breached one escalates at once. The whole file is checked
 * first (rows and schools); when anything is wrong, nothing is imported and every problem is returned.
 */
export class CaseImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opener: CaseOpener,
  ) {}

  async importCsv(text: string, actor: Actor, now = new Date()): Promise<CaseImportSummary> {
    const { cases, problems } = parseInFlightCases(text, now);
    problems.push(...(await this.unknownSchools(cases)));
    if (problems.length > 0) return { created: 0, unchanged: 0, problems: problems.sort((a, b) => a.line - b.line) };

    return this.importCases(cases, actor);
  }

  async importCases(cases: InFlightCase[], actor: Actor): Promise<CaseImportSummary> {
    let created = 0;
    let unchanged = 0;
    const queue = [...cases];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const opened = await this.opener.open({
          caseId: next.caseId,
          schoolId: next.schoolId,
          student: next.student,
          incidentDate: next.incidentDate,
          incident: next.incident,
          interventionsTried: next.interventionsTried,
          suspensionStartedOn: next.suspensionStartedOn,
          attorneyName: next.attorneyName,
          workflow: { openedBy: actor, openedAt: next.openedAt, startStage: next.stage, stageEnteredAt: next.stageEnteredAt, hearingAt: next.hearingAt },
        });
        if (opened) created += 1;
        else unchanged += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    return { created, unchanged, problems: [] };
  }

  private async unknownSchools(cases: InFlightCase[]): Promise<CaseRowProblem[]> {
    const ids = [...new Set(cases.map((row) => row.schoolId))];
    if (ids.length === 0) return [];
    const known = await this.dataSource.query<{ id: string }[]>('SELECT id FROM schools WHERE id = ANY($1)', [ids]);
    const knownIds = new Set(known.map((row) => row.id));

    return cases
      .filter((row) => !knownIds.has(row.schoolId))
      .map((row) => ({ line: row.line, reference: row.reference, message: `school_id "${row.schoolId}" is not a school in the district; import the school list first.` }));
  }
}
