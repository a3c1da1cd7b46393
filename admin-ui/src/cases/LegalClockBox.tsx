import { Alert, AlertTitle, type AlertColor, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatCalendarDate, formatDateTime } from '../common/dateTime';
import type { CaseDetail, LegalClock } from './caseTypes';

const hasPassed = (iso: string | null): boolean => iso !== null && Date.parse(iso) <= Date.now();

const clockSeverity = (clock: LegalClock): AlertColor => {
  if (hasPassed(clock.legalLimitAt)) {
    return 'error';
  }
  return hasPassed(clock.legalWarnAt) ? 'warning' : 'info';
};

/**
 * The legal clock of a student suspended pending the hearing: the school days out against the
 * limit, and when the limit warns and runs out. While the case is open, the box turns amber past
 * the warning and red past the limit.
 */
export const LegalClockBox = () => {
  const record = useRecordContext<CaseDetail>();
  const clock = record?.legalClock;
  if (!record || !clock) {
    return null;
  }

  return (
    <Alert severity={record.status === 'open' ? clockSeverity(clock) : 'info'} sx={{ m: 2 }}>
      <AlertTitle>Legal clock</AlertTitle>
      <Typography variant="body2">
        <strong>
          {clock.schoolDaysOut} of {clock.limitSchoolDays} school days
        </strong>{' '}
        out of school since {formatCalendarDate(clock.suspensionStartedOn)}.
      </Typography>
      {clock.legalWarnAt ? (
        <Typography variant="body2">Warning on {formatDateTime(clock.legalWarnAt)}</Typography>
      ) : null}
      {clock.legalLimitAt ? (
        <Typography variant="body2">Legal limit on {formatDateTime(clock.legalLimitAt)}</Typography>
      ) : null}
    </Alert>
  );
};
