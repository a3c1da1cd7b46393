import type { Actor, Role } from './actor';
import type { ExpulsionOutcome, ExpulsionStage, OpenExpulsionStage } from './stages';

export const EXPULSION_ACTIONS = [
  'submit_referral',
  'approve_referral',
  'return_to_school',
  'divert',
  'assign_attorney',
  'schedule_hearing',
  'reschedule_hearing',
  'record_outcome',
  'decide',
  'withdraw',
] as const;
export type ExpulsionAction = (typeof EXPULSION_ACTIONS)[number];

export const HEARING_OUTCOMES = ['expulsion_recommended', 'no_expulsion_recommended'] as const;
export const DECISIONS = ['expel', 'no_expulsion', 'alternative_program'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The data each action takes. Free text is limited in length; it stays out of search attributes. */
export interface ActionData {
  submit_referral: { note?: string };
  approve_referral: { note?: string };
  return_to_school: { reason: string };
  divert: { reason: string };
  assign_attorney: { attorneyName: string };
  schedule_hearing: { hearingAt: string };
  reschedule_hearing: { hearingAt: string; reason: string };
  record_outcome: { outcome: (typeof HEARING_OUTCOMES)[number]; recommendation: string };
  decide: { decision: Decision; expulsionLengthDays?: number; placement?: string };
  withdraw: { reason: string };
}

/** Facts of a case that the rules judge an action against. */
export interface CaseFacts {
  stage: ExpulsionStage;
  schoolId: string;
  areaId: string;
  attorneyAssigned: boolean;
}

/** Reason an action was rejected. The API maps each kind to its HTTP status. */
export type RejectionKind = 'wrong_stage' | 'forbidden' | 'invalid_data';

export interface ActionRejection {
  kind: RejectionKind;
  message: string;
}

interface ActionRule {
  label: string;
  stages: readonly OpenExpulsionStage[];
  roles: readonly Role[];
  /** Gives the stage (and outcome) the case moves to. Returning the current stage keeps the case there. */
  next: (data: never) => { stage: ExpulsionStage; outcome?: ExpulsionOutcome };
}

const ALL_OPEN: readonly OpenExpulsionStage[] = ['school_referral', 'area_review', 'law_preparation', 'hearing', 'decision'];

export const ACTION_RULES: Record<ExpulsionAction, ActionRule> = {
  submit_referral: { label: 'Submit referral', stages: ['school_referral'], roles: ['principal'], next: () => ({ stage: 'area_review' }) },
  approve_referral: { label: 'Approve to law office', stages: ['area_review'], roles: ['cao'], next: () => ({ stage: 'law_preparation' }) },
  return_to_school: { label: 'Return to school', stages: ['area_review'], roles: ['cao'], next: () => ({ stage: 'school_referral' }) },
  divert: { label: 'Divert (no expulsion)', stages: ['area_review'], roles: ['cao'], next: () => ({ stage: 'closed', outcome: 'diverted' }) },
  assign_attorney: { label: 'Assign attorney', stages: ['law_preparation'], roles: ['law_office'], next: () => ({ stage: 'law_preparation' }) },
  schedule_hearing: { label: 'Schedule hearing', stages: ['law_preparation'], roles: ['law_office'], next: () => ({ stage: 'hearing' }) },
  reschedule_hearing: { label: 'Reschedule hearing', stages: ['hearing'], roles: ['law_office'], next: () => ({ stage: 'hearing' }) },
  record_outcome: { label: 'Record hearing outcome', stages: ['hearing'], roles: ['law_office'], next: () => ({ stage: 'decision' }) },
  decide: {
    label: 'Decide',
    stages: ['decision'],
    roles: ['central_office'],
    next: (data: ActionData['decide']) => ({ stage: 'closed', outcome: DECISION_OUTCOMES[data.decision] }),
  },
  withdraw: { label: 'Withdraw case', stages: ALL_OPEN, roles: ['principal', 'law_office', 'central_office'], next: () => ({ stage: 'closed', outcome: 'withdrawn' }) },
};

const DECISION_OUTCOMES: Record<Decision, ExpulsionOutcome> = {
  expel: 'expelled',
  no_expulsion: 'not_expelled',
  alternative_program: 'alternative_program',
};

const MAX_TEXT = 4000;

export function isExpulsionAction(value: unknown): value is ExpulsionAction {
  return typeof value === 'string' && (EXPULSION_ACTIONS as readonly string[]).includes(value);
}

/** Checks that the actor's role and scope allow the action on this case, whatever its stage. */
export function checkPermission(facts: CaseFacts, action: ExpulsionAction, actor: Actor): ActionRejection | undefined {
  const rule = ACTION_RULES[action];
  if (!rule.roles.includes(actor.role)) {
    return { kind: 'forbidden', message: `The ${actor.role} role may not ${action}; it is for ${rule.roles.join(' or ')}.` };
  }
  if (actor.role === 'principal' && actor.schoolId !== facts.schoolId) {
    return { kind: 'forbidden', message: `Only the principal of school ${facts.schoolId} may ${action} on this case.` };
  }
  if (actor.role === 'cao' && actor.areaId !== facts.areaId) {
    return { kind: 'forbidden', message: `Only the CAO of area ${facts.areaId} may ${action} on this case.` };
  }

  return undefined;
}

/**
 * Judges an action against the case: the stage must allow it, the actor's role and scope must
 * allow it, and its data must be valid. Returns the first rejection, or undefined when it may go ahead.
 * `now` is the caller's clock (the workflow's own in a validator).
 */
export function checkAction(facts: CaseFacts, action: ExpulsionAction, actor: Actor, data: unknown, now: number): ActionRejection | undefined {
  const rule = ACTION_RULES[action];
  if (facts.stage === 'closed' || !(rule.stages as readonly string[]).includes(facts.stage)) {
    return { kind: 'wrong_stage', message: `${action} is not allowed while the case is in ${facts.stage}; it applies in ${rule.stages.join(', ')}.` };
  }

  const forbidden = checkPermission(facts, action, actor);
  if (forbidden) return forbidden;

  if (action === 'schedule_hearing' && !facts.attorneyAssigned) {
    return { kind: 'wrong_stage', message: 'schedule_hearing needs an attorney: assign_attorney first.' };
  }

  const problem = validateActionData(action, data, now);

  return problem ? { kind: 'invalid_data', message: problem } : undefined;
}

/** Returns what is wrong with an action's data, or undefined when it is valid. */
export function validateActionData(action: ExpulsionAction, data: unknown, now: number): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `${action} takes a JSON object.`;
  const fields = data as Record<string, unknown>;

  switch (action) {
    case 'submit_referral':
    case 'approve_referral':
      return optionalText(fields, 'note');
    case 'return_to_school':
    case 'divert':
    case 'withdraw':
      return requiredText(fields, 'reason');
    case 'assign_attorney':
      return requiredText(fields, 'attorneyName', 200);
    case 'schedule_hearing':
      return futureInstant(fields, 'hearingAt', now);
    case 'reschedule_hearing':
      return futureInstant(fields, 'hearingAt', now) ?? requiredText(fields, 'reason');
    case 'record_outcome':
      return oneOf(fields, 'outcome', HEARING_OUTCOMES) ?? requiredText(fields, 'recommendation');
    case 'decide':
      return validateDecision(fields);
  }
}

function validateDecision(fields: Record<string, unknown>): string | undefined {
  const problem = oneOf(fields, 'decision', DECISIONS);
  if (problem) return problem;

  if (fields.decision === 'expel') {
    const length = fields.expulsionLengthDays;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > 730) {
      return `expulsionLengthDays is ${JSON.stringify(length)}; an expulsion needs a whole number of days from 1 to 730.`;
    }

    return requiredText(fields, 'placement', 500);
  }
  if (fields.decision === 'alternative_program') return requiredText(fields, 'placement', 500);
  if (fields.expulsionLengthDays !== undefined) return 'expulsionLengthDays applies only to decision "expel".';

  return optionalText(fields, 'placement', 500);
}

function requiredText(fields: Record<string, unknown>, name: string, max = MAX_TEXT): string | undefined {
  const value = fields[name];
  if (typeof value !== 'string' || value.trim() === '') return `${name} is required: give a non-empty text.`;

  return value.length > max ? `${name} is ${value.length} characters long; the maximum is ${max}.` : undefined;
}

function optionalText(fields: Record<string, unknown>, name: string, max = MAX_TEXT): string | undefined {
  return fields[name] === undefined ? undefined : requiredText(fields, name, max);
}

function oneOf(fields: Record<string, unknown>, name: string, allowed: readonly string[]): string | undefined {
  const value = fields[name];

  return typeof value === 'string' && allowed.includes(value) ? undefined : `${name} is ${JSON.stringify(value)}; use one of: ${allowed.join(', ')}.`;
}

function futureInstant(fields: Record<string, unknown>, name: string, now: number): string | undefined {
  const value = fields[name];
  const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return `${name} is ${JSON.stringify(value)}; give an ISO 8601 date and time such as 2027-01-15T09:00:00-06:00.`;

  return time <= now ? `${name} is ${value}, which is in the past; a hearing must be scheduled ahead.` : undefined;
}

/** Lists the actions this actor may take on the case now, judging stage and permission but not data. */
export function availableActions(facts: CaseFacts, actor: Actor): ExpulsionAction[] {
  return EXPULSION_ACTIONS.filter((action) => {
    const rule = ACTION_RULES[action];
    if (facts.stage === 'closed' || !(rule.stages as readonly string[]).includes(facts.stage)) return false;
    if (action === 'schedule_hearing' && !facts.attorneyAssigned) return false;

    return checkPermission(facts, action, actor) === undefined;
  });
}
