import type { ExpulsionAction } from '../../workflows/expulsion/actions';
import type { Role } from '../../workflows/expulsion/actor';
import type { ExpulsionOutcome, ExpulsionStage } from '../../workflows/expulsion/stages';

export type SlaState = 'on_track' | 'warning' | 'breached' | 'closed';

/** A case in a list: where it waits, on whom, since and until when. No student detail. */
export interface CaseRow {
  id: string;
  process: 'expulsion';
  schoolId: string;
  schoolName: string;
  areaId: string;
  areaName: string;
  stage: ExpulsionStage;
  stageLabel: string;
  status: 'open' | 'closed';
  outcome: ExpulsionOutcome | null;
  waitingOnRole: Role | null;
  /** Person or office the case waits on, in plain words, such as "the CAO of Network 7". */
  waitingOn: string | null;
  /** One sentence: who, since when, until when, and the days waiting. */
  waitingSummary: string;
  stageEnteredAt: string;
  warnAt: string | null;
  dueAt: string | null;
  centralOfficeAt: string | null;
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
  fromStage: ExpulsionStage | null;
  toStage: ExpulsionStage;
  actorEmail: string | null;
  actorRole: Role | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface StageStep {
  stage: ExpulsionStage;
  label: string;
  status: 'done' | 'current' | 'upcoming' | 'skipped';
  enteredAt: string | null;
}

export interface CaseEscalation {
  id: string;
  stage: ExpulsionStage;
  level: 'area' | 'central_office';
  dueAt: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

/** A case on its own page: the row, the student (for roles with a need), the timeline and what the caller may do now. */
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
  /** Days out of school on suspension, against the 10-school-day limit (105 ILCS 5/10-22.6). */
  legalClock: { suspensionStartedOn: string; schoolDaysOut: number; limitSchoolDays: number; legalWarnAt: string | null; legalLimitAt: string | null } | null;
  stages: StageStep[];
  timeline: TimelineEntry[];
  escalations: CaseEscalation[];
  availableActions: { action: ExpulsionAction; label: string }[];
}
