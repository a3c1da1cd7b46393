import { Typography } from '@mui/material';
import { Edit, required, SaveButton, SimpleForm, TextInput, Toolbar, useNotify } from 'react-admin';
import type { SlaPolicyRecord } from './slaPolicyTypes';
import { SlaPolicyStageTable } from './SlaPolicyStageTable';
import { SlaPolicyVersion } from './SlaPolicyVersion';

const DURATION_HELP =
  'A duration is "N school_days", "N calendar_days" or an ISO 8601 duration such as "P10D".';

/**
 * Central office's form for the expulsion SLA policy. Saving sends the document with `PUT`, which
 * adds a version. When the API rejects it (an invalid duration or fraction), its reason is notified.
 */
export const SlaPolicyEdit = () => {
  const notify = useNotify();

  return (
    <Edit
      resource="sla-policies"
      id="expulsion"
      title="SLA policy for expulsion cases"
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: (policy: SlaPolicyRecord) => notify(`Saved as version ${policy.version}.`, { type: 'success' }),
      }}
      redirect={false}
      actions={false}
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton label="Save new version" />
          </Toolbar>
        }
      >
        <SlaPolicyVersion />
        <SlaPolicyStageTable editable />
        <Typography variant="body2" color="text.secondary">
          {DURATION_HELP}
        </Typography>
        <TextInput source="document.centralOfficeAfter" validate={required()} />
      </SimpleForm>
    </Edit>
  );
};
