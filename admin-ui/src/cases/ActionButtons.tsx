import { Button } from '@mui/material';
import { useState } from 'react';
import { TopToolbar, useRecordContext } from 'react-admin';
import { ActionDialog } from './ActionDialog';
import type { CaseDetail } from './caseTypes';

type AvailableAction = CaseDetail['availableActions'][number];

/** One button per action the API lets the signed-in person take on the case now, labelled as the API names it. */
export const ActionButtons = () => {
  const record = useRecordContext<CaseDetail>();
  const [openAction, setOpenAction] = useState<AvailableAction | null>(null);
  if (!record || record.availableActions.length === 0) {
    return null;
  }

  return (
    <TopToolbar>
      {record.availableActions.map((available) => (
        <Button
          key={available.action}
          size="small"
          // Withdrawing closes the case for good, so it does not look like the next step.
          variant={available.action === 'withdraw' ? 'outlined' : 'contained'}
          color={available.action === 'withdraw' ? 'error' : 'primary'}
          onClick={() => setOpenAction(available)}
        >
          {available.label}
        </Button>
      ))}
      {openAction ? <ActionDialog caseId={record.id} action={openAction} onClose={() => setOpenAction(null)} /> : null}
    </TopToolbar>
  );
};
