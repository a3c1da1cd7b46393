import type { Actor, Role } from '../../workflows/expulsion/actor';
import type { ExpulsionOutcome, ExpulsionStage } from '../../workflows/expulsion/stages';

/** Absolute instants (ISO 8601) of a stage's SLA clock, computed from the policy and the calendar. */
export interface StageDeadlines {
  warnAt: string;
  dueAt: string;
  centralOfficeAt: string;
  /** True where the calendar has no school year for some day counted, so weekdays were counted instead. */
  provisional: boolean;
  policyVersion: number;
}

export interface StageDeadlineRequest {
  process: 'expulsion';
  stage: Exclude<ExpulsionStage, 'closed'>;
  enteredAt: string;
  /** The hearing date, which anchors the hearing stage's clock. */
  hearingAt?: string;
}

export interface LegalClock {
  legalWarnAt: string;
  legalLimitAt: string;
  provisional: boolean;
}

/** One transition of a case, as the read model stores it. */
export interface TransitionRecord {
  instanceId: string;
  process: 'expulsion';
  schoolId: string;
  areaId: string;
  sequence: number;
  action: string;
  fromStage: ExpulsionStage | null;
  toStage: ExpulsionStage;
  actor: Actor;
  occurredAt: string;
  /** When the current stage was entered (differs from occurredAt when the stage did not change). */
  stageEnteredAt: string;
  openedAt: string;
  deadlines: StageDeadlines | null;
  outcome: ExpulsionOutcome | null;
  waitingOnRole: Role | null;
  /** Non-student facts of the action (reason, attorney, hearing date, decision). */
  data: Record<string, unknown>;
}

export type SlaEventKind = 'warning' | 'area' | 'central_office';

export interface SlaEvent {
  instanceId: string;
  schoolId: string;
  areaId: string;
  stage: ExpulsionStage;
  /** Sequence of the transition that started this clock; with the kind, it keys the event. */
  clockSequence: number;
  kind: SlaEventKind;
  ownerRole: Role;
  dueAt: string;
  raisedAt: string;
}
