import { Typography } from '@mui/material';
import { formatDateTime } from '../common/dateTime';
import { formatCode } from '../common/formatCode';

/** Names of the fields that actions record, as a reader would say them. */
const FIELD_LABELS: Record<string, string> = {
  note: 'Note',
  reason: 'Reason',
  attorneyName: 'Attorney',
  hearingAt: 'Hearing',
  outcome: 'Outcome',
  recommendation: 'Recommendation',
  decision: 'Decision',
  expulsionLengthDays: 'Expulsion length (days)',
  placement: 'Placement',
};

/** Fields whose value is a code, such as "expulsion_recommended", shown as words. */
const CODED_FIELDS = new Set(['outcome', 'decision']);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Labels a field from FIELD_LABELS, or from its name: "attorneyName" becomes "Attorney name". */
const labelOf = (field: string): string =>
  FIELD_LABELS[field] ?? formatCode(field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase());

/** Shows a date-time as one, a code as words, and anything else as text. */
const formatValue = (field: string, value: unknown): string => {
  if (typeof value === 'string') {
    if (CODED_FIELDS.has(field)) {
      return formatCode(value);
    }
    return ISO_DATE_TIME.test(value) ? formatDateTime(value) : value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** The data an action recorded, one "Label: value" line per field, or nothing when the action took none. */
export const TimelineEntryData = ({ data }: { data: Record<string, unknown> }) => {
  const entries = Object.entries(data).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (entries.length === 0) {
    return null;
  }

  return (
    <>
      {entries.map(([field, value]) => (
        <Typography key={field} variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          <strong>{labelOf(field)}:</strong> {formatValue(field, value)}
        </Typography>
      ))}
    </>
  );
};
