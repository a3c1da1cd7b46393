import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDateTime } from '../common/dateTime';
import { STAGE_LABELS, type CaseDetail, type CaseEscalation } from './caseTypes';

const LEVEL_LABELS = { area: 'To the area (CAO)', central_office: 'To central office' } as const;

const describeAcknowledgement = (escalation: CaseEscalation) =>
  escalation.acknowledgedAt
    ? `Acknowledged ${formatDateTime(escalation.acknowledgedAt)} by ${escalation.acknowledgedBy ?? 'an unknown user'}`
    : 'Not acknowledged yet';

/** The escalations raised on the case when a stage's SLA was breached, and who acknowledged them. */
export const CaseEscalations = () => {
  const record = useRecordContext<CaseDetail>();
  if (!record) {
    return null;
  }
  if (record.escalations.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
        No escalation was raised on this case.
      </Typography>
    );
  }

  return (
    <List dense aria-label="Escalations">
      {record.escalations.map((escalation) => (
        <ListItem key={escalation.id}>
          <ListItemText
            primary={`${LEVEL_LABELS[escalation.level]}, in ${STAGE_LABELS[escalation.stage]}`}
            secondary={
              <>
                Raised {formatDateTime(escalation.raisedAt)}, due {formatDateTime(escalation.dueAt)}
                <br />
                {describeAcknowledgement(escalation)}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
};
