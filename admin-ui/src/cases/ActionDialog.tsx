import CheckIcon from '@mui/icons-material/Check';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, SaveButton, useNotify, useRefresh } from 'react-admin';
import { useBatonDataProvider } from '../dataProvider';
import { ActionFields } from './ActionFields';
import { toActionData, type ActionFormValues } from './actionData';
import type { CaseDetail } from './caseTypes';

interface ActionDialogProps {
  caseId: string;
  action: CaseDetail['availableActions'][number];
  onClose: () => void;
}

/**
 * Asks for the data of one action and posts it. On success the case page reloads. On failure the
 * API's reason (wrong stage, not allowed, invalid data) is notified and the dialog stays open.
 */
export const ActionDialog = ({ caseId, action, onClose }: ActionDialogProps) => {
  const dataProvider = useBatonDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();

  const submit = async (values: ActionFormValues) => {
    try {
      await dataProvider.runCaseAction(caseId, action.action, toActionData(action.action, values));
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return;
    }
    notify(`Done: ${action.label}.`, { type: 'success' });
    onClose();
    refresh();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="case-action-title">
      <Form<ActionFormValues> onSubmit={submit}>
        <DialogTitle id="case-action-title">{action.label}</DialogTitle>
        <DialogContent>
          <ActionFields action={action.action} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton label={action.label} alwaysEnable icon={<CheckIcon />} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
