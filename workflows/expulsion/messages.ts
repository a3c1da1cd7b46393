import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActionData, ExpulsionAction } from './actions';
import { EXPULSION_ACTIONS } from './actions';
import type { Actor } from './actor';
import type { ExpulsionOutcome, ExpulsionStage } from './stages';

/** Argument of an action update: the actor and the action's data. */
export interface ActionRequest<A extends ExpulsionAction = ExpulsionAction> {
  actor: Actor;
  data: ActionData[A];
}

/** State of a case in its workflow. Updates return it once the transition is in the read model. */
export interface CaseSnapshot {
  caseId: string;
  stage: ExpulsionStage;
  sequence: number;
  outcome: ExpulsionOutcome | null;
  attorneyAssigned: boolean;
  hearingAt: string | null;
}

/** One update per action, named after it (`approve_referral`, …), so history shows what happened. */
export const actionUpdates = Object.fromEntries(
  EXPULSION_ACTIONS.map((action) => [action, defineUpdate<CaseSnapshot, [ActionRequest]>(action)]),
) as Record<ExpulsionAction, UpdateDefinition<CaseSnapshot, [ActionRequest]>>;

/** Returns once the case's opening transition is in the read model. */
export const openedUpdate = defineUpdate<CaseSnapshot>('opened');

export const getStateQuery = defineQuery<CaseSnapshot>('getState');
