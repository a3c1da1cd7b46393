import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { NumberInput, required, TextInput, useRecordContext } from 'react-admin';
import { OPEN_STAGES, STAGE_LABELS } from '../cases/caseTypes';
import { formatSlaDuration, formatWarningAt } from './slaDuration';
import type { SlaPolicyRecord } from './slaPolicyTypes';

const isFraction = (value: unknown) =>
  typeof value === 'number' && !(value > 0 && value < 1) ? 'Enter a fraction between 0 and 1, such as 0.75.' : undefined;

/**
 * The policy's stages, one row each: how long the stage's owner has, and when they are warned.
 * With `editable`, the cells are inputs of the surrounding form.
 */
export const SlaPolicyStageTable = ({ editable }: { editable: boolean }) => {
  const record = useRecordContext<SlaPolicyRecord>();
  if (!record) {
    return null;
  }

  return (
    <Table size="small" aria-label="SLA per stage" sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell>Stage</TableCell>
          <TableCell>Time allowed</TableCell>
          <TableCell>Warning at (fraction of the time)</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {OPEN_STAGES.map((stage) => {
          const sla = record.document.stages[stage];
          return (
            <TableRow key={stage}>
              <TableCell>{STAGE_LABELS[stage]}</TableCell>
              <TableCell>
                {editable ? (
                  <TextInput
                    source={`document.stages.${stage}.duration`}
                    label={false}
                    slotProps={{ htmlInput: { 'aria-label': `${STAGE_LABELS[stage]}: time allowed` } }}
                    validate={required()}
                    helperText={false}
                  />
                ) : (
                  formatSlaDuration(sla.duration)
                )}
              </TableCell>
              <TableCell>
                {editable ? (
                  <NumberInput
                    source={`document.stages.${stage}.warningAt`}
                    label={false}
                    slotProps={{ htmlInput: { 'aria-label': `${STAGE_LABELS[stage]}: warning at` } }}
                    step={0.05}
                    validate={[required(), isFraction]}
                    helperText={false}
                  />
                ) : (
                  formatWarningAt(sla.warningAt)
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
