import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { CaseOpener } from '../../api/cases/case-opener';
import { CaseImporter, type CaseImportSummary } from '../../api/cases/import/case-importer';
import { caseIdForReference, type InFlightCase } from '../../api/cases/import/in-flight-case-csv';
import type { Actor } from '../../workflows/expulsion/actor';
import type { OpenExpulsionStage } from '../../workflows/expulsion/stages';
import { CENTRAL_OFFICE_EMAIL } from './demo-accounts';
import { ATTORNEYS, INCIDENTS, INTERVENTIONS, STUDENT_FIRST_NAMES, STUDENT_SURNAMES } from './demo-case-texts';
import { SeededRandom } from './seeded-random';

const DAY_MS = 86_400_000;

/** Count of open demo cases per stage, and the range of days they have waited there. */
const STAGE_MIX: Record<OpenExpulsionStage, { count: number; minDays: number; maxDays: number }> = {
  school_referral: { count: 14, minDays: 0.2, maxDays: 4 },
  area_review: { count: 46, minDays: 1, maxDays: 46 },
  law_preparation: { count: 44, minDays: 2, maxDays: 60 },
  hearing: { count: 18, minDays: 1, maxDays: 12 },
  decision: { count: 22, minDays: 1, maxDays: 15 },
};

/**
 * Builds the demo's open cases: spread over every stage, with stage-entry dates like the district's
 * measured baseline (area offices 18–46 days, the law office about 45), so many clocks are already
 * breached and escalations exist from the first minute. Each area office gets a steady pace, so
 * the spread between areas shows. Deterministic for a seed and `now`.
 */
export function generateOpenCases(schools: { id: string; areaId: string }[], now: Date, timeZone: string, seed = 7): InFlightCase[] {
  const random = new SeededRandom(seed);
  const areaPace = new Map<string, number>();
  for (const areaId of [...new Set(schools.map((school) => school.areaId))].sort()) areaPace.set(areaId, 0.35 + random.next() * 0.65);

  const cases: InFlightCase[] = [];
  for (const [stage, mix] of Object.entries(STAGE_MIX) as [OpenExpulsionStage, (typeof STAGE_MIX)[OpenExpulsionStage]][]) {
    for (let index = 0; index < mix.count; index++) {
      const school = random.pick(schools);
      const pace = stage === 'area_review' ? (areaPace.get(school.areaId) ?? 1) : 1;
      const waitedDays = mix.minDays + (mix.maxDays - mix.minDays) * random.next() * pace;
      const stageEnteredAt = new Date(now.getTime() - waitedDays * DAY_MS);
      const openedAt = new Date(stageEnteredAt.getTime() - earlierStagesDays(stage, random) * DAY_MS);
      const reference = `DEMO-${stage}-${String(index + 1).padStart(3, '0')}`;
      const hasAttorney = stage === 'hearing' || stage === 'decision' || (stage === 'law_preparation' && random.next() < 0.5);

      cases.push({
        line: cases.length + 2,
        reference,
        caseId: caseIdForReference(reference),
        schoolId: school.id,
        student: {
          name: `${random.pick(STUDENT_FIRST_NAMES)} ${random.pick(STUDENT_SURNAMES)}`,
          localId: String(random.integer(50_000_000, 59_999_999)),
          grade: random.pick(['6', '7', '8', '9', '10', '11', '12']),
        },
        incidentDate: localDate(new Date(openedAt.getTime() - random.integer(1, 3) * DAY_MS), timeZone),
        incident: random.pick(INCIDENTS),
        interventionsTried: random.pick(INTERVENTIONS),
        stage,
        stageEnteredAt: stageEnteredAt.toISOString(),
        openedAt: openedAt.toISOString(),
        suspensionStartedOn: stage === 'school_referral' || stage === 'area_review' ? localDate(openedAt, timeZone) : undefined,
        attorneyName: hasAttorney ? random.pick(ATTORNEYS) : undefined,
        hearingAt: stage === 'hearing' ? new Date(stageEnteredAt.getTime() + random.integer(5, 15) * DAY_MS).toISOString() : undefined,
      });
    }
  }

  return cases;
}

/** Opens the demo's open cases through the same path as an import; cases already there stay as they are. */
export async function seedOpenCases(dataSource: DataSource, temporal: Client, options: { taskQueue: string; timeZone: string; now?: Date }): Promise<CaseImportSummary> {
  const schools = await dataSource.query<{ id: string; areaId: string }[]>('SELECT id, area_id AS "areaId" FROM schools ORDER BY id');
  if (schools.length === 0) return { created: 0, unchanged: 0, problems: [] };

  const [central] = await dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [CENTRAL_OFFICE_EMAIL]);
  const actor: Actor = { userId: central?.id ?? null, email: CENTRAL_OFFICE_EMAIL, role: 'central_office', areaId: null, schoolId: null };
  const importer = new CaseImporter(dataSource, new CaseOpener(dataSource, temporal, options.taskQueue));

  return importer.importCases(generateOpenCases(schools, options.now ?? new Date(), options.timeZone), actor);
}

/** Days a case spent before the given stage, roughly like the baseline, so its opening date is plausible. */
function earlierStagesDays(stage: OpenExpulsionStage, random: SeededRandom): number {
  const spans: Record<OpenExpulsionStage, number> = {
    school_referral: 0,
    area_review: random.integer(1, 4),
    law_preparation: random.integer(18, 46),
    hearing: random.integer(50, 90),
    decision: random.integer(60, 110),
  };

  return spans[stage];
}

/** Returns the calendar date (YYYY-MM-DD) of an instant in the district's zone. */
function localDate(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('en-CA', { timeZone });
}
