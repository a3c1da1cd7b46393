import { Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate } from '../common/dateTime';
import type { CaseRow } from './caseTypes';

/** The date the current stage is due, marked "provisional" when it was counted without a school calendar. */
export const DueDateField = () => {
  const record = useRecordContext<CaseRow>();
  if (!record?.dueAt) {
    return null;
  }

  return (
    <Typography component="span" variant="body2">
      {formatDate(record.dueAt)}
      {record.dueProvisional ? (
        <Tooltip title="No school calendar covers these days yet, so weekdays were counted as school days.">
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            provisional
          </Typography>
        </Tooltip>
      ) : null}
    </Typography>
  );
};
