import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatRole } from '../auth/roles';
import { formatDateTime } from '../common/dateTime';
import { STAGE_LABELS, type CaseDetail } from './caseTypes';
import { TimelineEntryData } from './TimelineEntryData';

/**
 * Names of the timeline's actions: the workflow's own transitions ("open", "import") and the
 * actions, labelled as in `ACTION_RULES` of `workflows/expulsion/actions.ts`.
 */
const ACTION_LABELS: Record<string, string> = {
  open: 'Case opened',
  import: 'Case imported',
  submit_referral: 'Submit referral',
  approve_referral: 'Approve to law office',
  return_to_school: 'Return to school',
  divert: 'Divert (no expulsion)',
  assign_attorney: 'Assign attorney',
  schedule_hearing: 'Schedule hearing',
  reschedule_hearing: 'Reschedule hearing',
  record_outcome: 'Record hearing outcome',
  decide: 'Decide',
  withdraw: 'Withdraw case',
};

/** Every transition of the case, oldest first: the action, the stages, the actor and the time. */
export const CaseTimeline = () => {
  const record = useRecordContext<CaseDetail>();
  if (!record) {
    return null;
  }

  return (
    <Table size="small" aria-label="Case timeline">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Action</TableCell>
          <TableCell>Stage</TableCell>
          <TableCell>Who</TableCell>
          <TableCell>Details</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.timeline.map((entry) => (
          <TableRow key={entry.sequence}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.occurredAt)}</TableCell>
            <TableCell>{ACTION_LABELS[entry.action] ?? entry.action}</TableCell>
            <TableCell>
              {entry.fromStage && entry.fromStage !== entry.toStage
                ? `${STAGE_LABELS[entry.fromStage]} → ${STAGE_LABELS[entry.toStage]}`
                : STAGE_LABELS[entry.toStage]}
            </TableCell>
            <TableCell>
              {entry.actorEmail ?? 'Not recorded'}
              {entry.actorRole ? (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {formatRole(entry.actorRole)}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>
              <TimelineEntryData data={entry.data} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
