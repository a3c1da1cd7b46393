import DoneIcon from '@mui/icons-material/Done';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useBatonDataProvider } from '../dataProvider';
import type { EscalationRow } from './escalationTypes';

/** Acknowledges the escalation of the current row, then reloads the list. It renders nothing once the escalation is acknowledged. */
export const AcknowledgeButton = () => {
  const record = useRecordContext<EscalationRow>();
  const dataProvider = useBatonDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isSending, setIsSending] = useState(false);
  if (!record || record.acknowledgedAt) {
    return null;
  }

  const acknowledge = async () => {
    setIsSending(true);
    try {
      await dataProvider.acknowledgeEscalation(record.id);
      notify('Escalation acknowledged.', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Button
      label="Acknowledge"
      disabled={isSending}
      onClick={(event) => {
        // A click on the row opens the case, but acknowledging stays on the inbox.
        event.stopPropagation();
        void acknowledge();
      }}
    >
      <DoneIcon />
    </Button>
  );
};
