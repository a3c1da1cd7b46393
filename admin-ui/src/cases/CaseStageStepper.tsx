import { Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate } from '../common/dateTime';
import type { CaseDetail, StageStep } from './caseTypes';

const stepCaption = (step: StageStep) => {
  if (step.status === 'skipped') {
    return 'Skipped';
  }
  return step.enteredAt ? `Entered ${formatDate(step.enteredAt)}` : null;
};

/** The case's stages from referral to closing: done ones checked, the current one active, skipped ones greyed. */
export const CaseStageStepper = () => {
  const record = useRecordContext<CaseDetail>();
  if (!record) {
    return null;
  }
  const activeStep = record.stages.findIndex((step) => step.status === 'current');

  return (
    <Stepper activeStep={activeStep} alternativeLabel sx={{ py: 2 }}>
      {record.stages.map((step) => {
        const caption = stepCaption(step);
        return (
          <Step key={step.stage} completed={step.status === 'done'} disabled={step.status === 'skipped'}>
            <StepLabel
              optional={
                caption ? (
                  <Typography variant="caption" color="text.secondary">
                    {caption}
                  </Typography>
                ) : undefined
              }
            >
              {step.label}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
};
