import { Chip, type ChipProps } from '@mui/material';
import { SLA_STATE_LABELS } from './caseChoices';
import type { SlaState } from './caseTypes';

const SLA_STATE_COLORS: Record<SlaState, ChipProps['color']> = {
  on_track: 'success',
  warning: 'warning',
  breached: 'error',
  closed: 'default',
};

/** A case's SLA state as a colored chip: green on track, amber warning, red breached, grey closed. */
export const SlaStateChip = ({ state }: { state: SlaState }) => (
  <Chip size="small" label={SLA_STATE_LABELS[state]} color={SLA_STATE_COLORS[state]} />
);
