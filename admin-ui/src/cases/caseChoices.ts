import { OPEN_STAGES, STAGE_LABELS, STAGES, type OpenStage, type SlaState } from './caseTypes';

export const STAGE_CHOICES = STAGES.map((stage) => ({ id: stage, name: STAGE_LABELS[stage] }));

export const OPEN_STAGE_CHOICES: { id: OpenStage; name: string }[] = OPEN_STAGES.map((stage) => ({
  id: stage,
  name: STAGE_LABELS[stage],
}));

export const STATUS_CHOICES = [
  { id: 'open', name: 'Open' },
  { id: 'closed', name: 'Closed' },
];

export const SLA_STATE_LABELS: Record<SlaState, string> = {
  on_track: 'On track',
  warning: 'Warning',
  breached: 'Breached',
  closed: 'Closed',
};

export const SLA_STATE_CHOICES = (Object.keys(SLA_STATE_LABELS) as SlaState[]).map((state) => ({
  id: state,
  name: SLA_STATE_LABELS[state],
}));

/** Grades that `POST /api/cases` accepts: pre-kindergarten, kindergarten, then 1 to 12. */
export const GRADE_CHOICES = ['PK', 'K', ...Array.from({ length: 12 }, (_, index) => String(index + 1))].map(
  (grade) => ({ id: grade, name: grade }),
);
