import { Typography } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout } from 'react-admin';
import { formatSlaDuration } from './slaDuration';
import { SlaPolicyStageTable } from './SlaPolicyStageTable';
import type { SlaPolicyRecord } from './slaPolicyTypes';
import { SlaPolicyVersion } from './SlaPolicyVersion';

/** The expulsion SLA policy, read-only, for roles other than central office. */
export const SlaPolicyShow = () => (
  <Show resource="sla-policies" id="expulsion" title="SLA policy for expulsion cases" actions={false}>
    <SimpleShowLayout>
      <SlaPolicyVersion />
      <SlaPolicyStageTable editable={false} />
      <Labeled source="document.centralOfficeAfter">
        <FunctionField<SlaPolicyRecord> render={(record) => formatSlaDuration(record.document.centralOfficeAfter)} />
      </Labeled>
      <Typography variant="body2" color="text.secondary">
        Only central office changes this policy.
      </Typography>
    </SimpleShowLayout>
  </Show>
);
