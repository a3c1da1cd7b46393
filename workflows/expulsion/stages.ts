import type { Role } from './actor';

/** Stages of an expulsion case, in pipeline order. */
export const EXPULSION_STAGES = ['school_referral', 'area_review', 'law_preparation', 'hearing', 'decision', 'closed'] as const;
export type ExpulsionStage = (typeof EXPULSION_STAGES)[number];
export type OpenExpulsionStage = Exclude<ExpulsionStage, 'closed'>;

export const OPEN_EXPULSION_STAGES = EXPULSION_STAGES.filter((stage): stage is OpenExpulsionStage => stage !== 'closed');

/** Owner of each open stage: the office whose clock runs while the case waits there. */
export const STAGE_OWNERS: Record<OpenExpulsionStage, { role: Role; office: string }> = {
  school_referral: { role: 'principal', office: 'school' },
  area_review: { role: 'cao', office: 'area office' },
  law_preparation: { role: 'law_office', office: 'law office' },
  hearing: { role: 'law_office', office: 'law office (hearing officer)' },
  decision: { role: 'central_office', office: 'central office (CEO designee)' },
};

export const STAGE_LABELS: Record<ExpulsionStage, string> = {
  school_referral: 'School referral',
  area_review: 'Area review',
  law_preparation: 'Law office preparation',
  hearing: 'Hearing',
  decision: 'Decision',
  closed: 'Closed',
};

/** Outcome of a closed case. */
export const EXPULSION_OUTCOMES = ['diverted', 'expelled', 'not_expelled', 'alternative_program', 'withdrawn'] as const;
export type ExpulsionOutcome = (typeof EXPULSION_OUTCOMES)[number];

export function isExpulsionStage(value: unknown): value is ExpulsionStage {
  return typeof value === 'string' && (EXPULSION_STAGES as readonly string[]).includes(value);
}
