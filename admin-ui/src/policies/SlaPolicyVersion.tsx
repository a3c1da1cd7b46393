import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDateTime } from '../common/dateTime';
import type { SlaPolicyRecord } from './slaPolicyTypes';

/** Version of the policy in force and when it was saved. Version 0 is the district's default. */
export const SlaPolicyVersion = () => {
  const record = useRecordContext<SlaPolicyRecord>();
  if (!record) {
    return null;
  }

  return (
    <Typography color="text.secondary" sx={{ mb: 2 }}>
      {record.version === 0 || !record.createdAt
        ? 'The district default is in force: nobody has saved a policy yet.'
        : `Version ${record.version}, saved ${formatDateTime(record.createdAt)}.`}{' '}
      A saved version applies to stages that cases enter afterwards; a case already in a stage keeps its deadlines.
    </Typography>
  );
};
