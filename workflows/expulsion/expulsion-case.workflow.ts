import { allHandlersFinished, ApplicationFailure, condition, log, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { createExpulsionActivities } from '../../activities/expulsion/expulsion.activities';
import type { SlaEventKind, StageDeadlines } from '../../activities/expulsion/types';
import { BatonDueAt, BatonStage } from '../search-attributes';
import { ACTION_RULES, type ActionData, checkAction, EXPULSION_ACTIONS, type ExpulsionAction } from './actions';
import type { Actor } from './actor';
import { actionUpdates, type ActionRequest, type CaseSnapshot, getStateQuery, openedUpdate } from './messages';
import { type ExpulsionOutcome, type ExpulsionStage, type OpenExpulsionStage, STAGE_OWNERS } from './stages';

const activities = proxyActivities<ReturnType<typeof createExpulsionActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** A referral as the API opens it, or a case already under way as an import brings it in. */
export interface ExpulsionCaseInput {
  caseId: string;
  schoolId: string;
  areaId: string;
  openedBy: Actor;
  /** When the referral was opened (the API's clock, or the real date of an imported case). */
  openedAt: string;
  /** For a case already under way: its stage and when that stage was entered. */
  startStage?: OpenExpulsionStage;
  stageEnteredAt?: string;
  attorneyAssigned?: boolean;
  hearingAt?: string;
  /** First day the student was out of school (YYYY-MM-DD), which starts the legal clock. */
  suspensionStartedOn?: string;
}

export interface ExpulsionCaseResult {
  outcome: ExpulsionOutcome | null;
  transitions: number;
}

/**
 * One expulsion referral from the school to the decision. Each action is an update whose
 * validator rejects it before history when the stage, the actor or the data do not allow it.
 * Every stage runs an SLA clock: warning to the owner, breach to the area's CAO, then central office.
 */
export async function expulsionCase(input: ExpulsionCaseInput): Promise<ExpulsionCaseResult> {
  const openedAt = input.openedAt;
  let stage = (input.startStage ?? 'school_referral') as ExpulsionStage;
  let sequence = 0;
  let stageEnteredAt = input.stageEnteredAt ?? openedAt;
  let deadlines: StageDeadlines | null = null;
  /** Sequence of the transition that last (re)started the SLA clock. */
  let clockSequence = 0;
  let outcome: ExpulsionOutcome | null = null;
  let attorneyAssigned = input.attorneyAssigned ?? false;
  let hearingAt: string | null = input.hearingAt ?? null;
  let busy = false;

  const snapshot = (): CaseSnapshot => ({ caseId: input.caseId, stage, sequence, outcome, attorneyAssigned, hearingAt });
  const facts = () => ({ stage, schoolId: input.schoolId, areaId: input.areaId, attorneyAssigned });

  /** Records one transition in the read model, then applies it to the workflow's state. */
  async function transition(action: string, actor: Actor, to: ExpulsionStage, data: Record<string, unknown>, at: string, restartClock: boolean) {
    const next = sequence + 1;
    const enteredAt = to !== stage || sequence === 0 ? at : stageEnteredAt;
    let nextDeadlines = deadlines;
    if (to === 'closed') {
      nextDeadlines = null;
    } else if (restartClock) {
      nextDeadlines = await activities.computeStageDeadlines({ process: 'expulsion', stage: to, enteredAt, hearingAt: hearingAt ?? undefined });
    }

    await activities.recordTransition({
      instanceId: input.caseId,
      process: 'expulsion',
      schoolId: input.schoolId,
      areaId: input.areaId,
      sequence: next,
      action,
      fromStage: sequence === 0 ? null : stage,
      toStage: to,
      actor,
      occurredAt: at,
      stageEnteredAt: enteredAt,
      openedAt,
      deadlines: nextDeadlines,
      outcome,
      waitingOnRole: to === 'closed' ? null : STAGE_OWNERS[to].role,
      data,
    });

    sequence = next;
    stage = to;
    stageEnteredAt = enteredAt;
    deadlines = nextDeadlines;
    if (restartClock) clockSequence = next;
    upsertSearchAttributes([
      { key: BatonStage, value: to },
      { key: BatonDueAt, value: nextDeadlines ? new Date(nextDeadlines.dueAt) : null },
    ]);
  }

  async function runExclusive<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  }

  function reject(action: ExpulsionAction, request: ActionRequest): void {
    const rejection = checkAction(facts(), action, request.actor, request.data, Date.now());
    if (rejection) throw ApplicationFailure.nonRetryable(rejection.message, rejection.kind);
  }

  async function perform(action: ExpulsionAction, request: ActionRequest): Promise<CaseSnapshot> {
    return runExclusive(async () => {
      // Another update may have moved the case while this one waited its turn.
      reject(action, request);
      const data = request.data as Record<string, unknown>;
      const target = (ACTION_RULES[action].next as (data: unknown) => { stage: ExpulsionStage; outcome?: ExpulsionOutcome })(data);

      if (action === 'assign_attorney') attorneyAssigned = true;
      if (action === 'schedule_hearing' || action === 'reschedule_hearing') hearingAt = (request.data as ActionData['schedule_hearing']).hearingAt;
      if (target.outcome) outcome = target.outcome;
      const restartClock = target.stage !== stage || action === 'reschedule_hearing';

      await transition(action, request.actor, target.stage, data, new Date(Date.now()).toISOString(), restartClock);

      return snapshot();
    });
  }

  for (const action of EXPULSION_ACTIONS) {
    setHandler(actionUpdates[action], (request) => perform(action, request), {
      validator: (request) => reject(action, request),
    });
  }
  setHandler(openedUpdate, async () => {
    await condition(() => sequence >= 1);

    return snapshot();
  });
  setHandler(getStateQuery, snapshot);

  await runExclusive(() => transition(input.startStage ? 'import' : 'open', input.openedBy, stage, {}, stageEnteredAt, true));
  if (input.suspensionStartedOn) void watchLegalClock(input.suspensionStartedOn);

  while (stage !== 'closed') {
    await watchStageClock();
  }

  await condition(allHandlersFinished);
  log.info('expulsion case closed', { caseId: input.caseId, outcome, transitions: sequence });

  return { outcome, transitions: sequence };

  /** Waits through the current clock's warning, breach and central-office instants until the clock restarts. */
  async function watchStageClock(): Promise<void> {
    const watched = clockSequence;
    const clock = deadlines;
    const restarted = () => clockSequence !== watched || stage === 'closed';
    if (!clock) return void (await condition(restarted));

    const ladder: [SlaEventKind, string][] = [
      ['warning', clock.warnAt],
      ['area', clock.dueAt],
      ['central_office', clock.centralOfficeAt],
    ];
    for (const [kind, at] of ladder) {
      if (await waitUntil(at, restarted)) return;
      await raise(kind, clock.dueAt, watched);
    }
    await condition(restarted);
  }

  async function raise(kind: SlaEventKind, dueAt: string, watched: number): Promise<void> {
    if (stage === 'closed') return;
    await activities.recordSlaEvent({
      instanceId: input.caseId,
      schoolId: input.schoolId,
      areaId: input.areaId,
      stage,
      clockSequence: watched,
      kind,
      ownerRole: STAGE_OWNERS[stage].role,
      dueAt,
      raisedAt: new Date(Date.now()).toISOString(),
    });
  }

  async function watchLegalClock(suspensionStartedOn: string): Promise<void> {
    const clock = await activities.computeLegalClock({ instanceId: input.caseId, suspensionStartedOn });
    const pastHearing = () => stage === 'closed' || stage === 'decision';
    if (await waitUntil(clock.legalWarnAt, pastHearing)) return;
    await activities.recordLegalClockWarning({ instanceId: input.caseId, schoolId: input.schoolId, areaId: input.areaId, legalLimitAt: clock.legalLimitAt });
  }
}

/** Sleeps until `at` (ISO 8601) unless `done` turns true first; returns whether it did. */
async function waitUntil(at: string, done: () => boolean): Promise<boolean> {
  const remaining = Date.parse(at) - Date.now();
  if (remaining <= 0) return done();

  return condition(done, remaining);
}
