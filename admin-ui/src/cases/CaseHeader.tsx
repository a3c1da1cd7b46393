import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { CaseDetail } from './caseTypes';
import { SlaStateChip } from './SlaStateChip';
import { StageChip } from './StageChip';

/** Top of a case page: the school and area, the student, who the case waits on, and its SLA state. */
export const CaseHeader = () => {
  const record = useRecordContext<CaseDetail>();
  if (!record) {
    return null;
  }
  const { student } = record;

  return (
    <Box sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Typography variant="h5" component="h1">
          {record.schoolName}
        </Typography>
        <Typography variant="subtitle1" color="text.secondary">
          {record.areaName}
        </Typography>
        <StageChip label={record.stageLabel} />
        {record.status === 'open' ? <SlaStateChip state={record.slaState} /> : null}
      </Stack>
      <Typography sx={{ mt: 1 }}>
        Student: <strong>{student.name}</strong> (local ID {student.localId}, grade {student.grade})
      </Typography>
      <Typography sx={{ mt: 1 }} color="text.secondary">
        {record.waitingSummary}
      </Typography>
    </Box>
  );
};
