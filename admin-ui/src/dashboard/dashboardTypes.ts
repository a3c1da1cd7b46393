import type { OpenStage, SlaState, Stage } from '../cases/caseTypes';

/** Something the signed-in person owes now, as `GET /api/tasks` lists it (`Task` of `api/tasks/tasks.service.ts`). */
export interface Task {
  id: string;
  caseId: string;
  kind: 'case_action' | 'escalation';
  title: string;
  stage: Stage;
  stageLabel: string;
  schoolName: string;
  areaName: string;
  dueAt: string | null;
  slaState: SlaState;
}

/** The pipeline figures of `GET /api/analytics/expulsion` within the person's scope (`api/analytics/analytics.service.ts`). */
export interface ExpulsionAnalytics {
  waitingPerStage: { stage: OpenStage; label: string; open: number; warning: number; breached: number }[];
  daysPerStage: { stage: OpenStage; label: string; medianDays: number | null; p90Days: number | null; samples: number }[];
  breachesPerArea: { areaId: string; areaName: string; open: number; breached: number; medianDaysOpen: number }[];
  pipeline: { openCases: number; closedLastYear: number; medianDaysToClose: number | null; targetDays: number };
}
