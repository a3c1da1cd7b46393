/**
 * Expulsion cases as the API returns them. These types repeat `api/cases/case.views.ts` and the
 * stage and action names of `workflows/expulsion/`, because the admin UI is built apart from the API.
 */

export const STAGES = ['school_referral', 'area_review', 'law_preparation', 'hearing', 'decision', 'closed'] as const;
export type Stage = (typeof STAGES)[number];
export type OpenStage = Exclude<Stage, 'closed'>;

export const OPEN_STAGES = STAGES.filter((stage): stage is OpenStage => stage !== 'closed');

/** Stage names as `STAGE_LABELS` in `workflows/expulsion/stages.ts` spells them. */
export const STAGE_LABELS: Record<Stage, string> = {
  school_referral: 'School referral',
  area_review: 'Area review',
  law_preparation: 'Law office preparation',
  hearing: 'Hearing',
  decision: 'Decision',
  closed: 'Closed',
};

export type SlaState = 'on_track' | 'warning' | 'breached' | 'closed';

export type CaseAction =
  | 'submit_referral'
  | 'approve_referral'
  | 'return_to_school'
  | 'divert'
  | 'assign_attorney'
  | 'schedule_hearing'
  | 'reschedule_hearing'
  | 'record_outcome'
  | 'decide'
  | 'withdraw';

export interface CaseRow {
  id: string;
  process: 'expulsion';
  schoolId: string;
  schoolName: string;
  areaId: string;
  areaName: string;
  stage: Stage;
  stageLabel: string;
  status: 'open' | 'closed';
  outcome: string | null;
  waitingOnRole: string | null;
  /** The person or office the case waits on, in plain words, such as "the CAO of Network 7". */
  waitingOn: string | null;
  /** One sentence: who, since when, until when, and the days waiting. */
  waitingSummary: string;
  stageEnteredAt: string;
  warnAt: string | null;
  dueAt: string | null;
  centralOfficeAt: string | null;
  /** True when the due date was counted in weekdays because no school calendar covers those days yet. */
  dueProvisional: boolean;
  /** Calendar days since the stage was entered, to one decimal. */
  daysWaiting: number;
  slaState: SlaState;
  openedAt: string;
  closedAt: string | null;
}

export interface TimelineEntry {
  sequence: number;
  action: string;
  fromStage: Stage | null;
  toStage: Stage;
  actorEmail: string | null;
  actorRole: string | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface StageStep {
  stage: Stage;
  label: string;
  status: 'done' | 'current' | 'upcoming' | 'skipped';
  enteredAt: string | null;
}

export interface CaseEscalation {
  id: string;
  stage: Stage;
  level: 'area' | 'central_office';
  dueAt: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

/** Days out of school on suspension, against the 10-school-day limit (105 ILCS 5/10-22.6). */
export interface LegalClock {
  /** First day out of school, as YYYY-MM-DD. */
  suspensionStartedOn: string;
  /** School days out so far, counted until the case closed or today. */
  schoolDaysOut: number;
  limitSchoolDays: number;
  legalWarnAt: string | null;
  legalLimitAt: string | null;
}

export interface CaseDetail extends CaseRow {
  student: { name: string; localId: string; grade: string };
  incidentDate: string;
  incident: string;
  interventionsTried: string;
  attorneyName: string | null;
  hearingAt: string | null;
  hearingOutcome: string | null;
  recommendation: string | null;
  decision: string | null;
  expulsionLengthDays: number | null;
  placement: string | null;
  closingReason: string | null;
  legalClock: LegalClock | null;
  stages: StageStep[];
  timeline: TimelineEntry[];
  escalations: CaseEscalation[];
  availableActions: { action: CaseAction; label: string }[];
}
