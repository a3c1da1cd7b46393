import { useRecordContext } from 'react-admin';
import { formatDate } from '../common/dateTime';
import type { CaseRow } from './caseTypes';

/** Page title of a case: its school and the day it was opened. The student's name stays off the title bar. */
export const CaseTitle = () => {
  const record = useRecordContext<CaseRow>();
  return record ? (
    <span>
      Case at {record.schoolName}, opened {formatDate(record.openedAt)}
    </span>
  ) : null;
};
