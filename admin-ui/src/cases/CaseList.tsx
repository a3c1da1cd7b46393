import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { CaseListActions } from './CaseListActions';
import { SLA_STATE_CHOICES, STAGE_CHOICES, STATUS_CHOICES } from './caseChoices';
import type { CaseRow } from './caseTypes';
import { DueDateField } from './DueDateField';
import { SlaStateChip } from './SlaStateChip';
import { StageChip } from './StageChip';

const caseFilters = [
  <TextInput key="q" source="q" label="Search by school" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="stage" source="stage" choices={STAGE_CHOICES} />,
  <SelectInput key="slaState" source="slaState" choices={SLA_STATE_CHOICES} />,
  <ReferenceInput key="areaId" source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'longName', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
];

const Column = DataTable.Col<CaseRow>;

/** Cases in the person's scope, open ones first by default, the soonest due on top. */
export const CaseList = () => (
  <List
    actions={<CaseListActions />}
    filters={caseFilters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'dueAt', order: 'ASC' }}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="schoolName" />
      <Column source="areaName" />
      <Column source="stage" render={(record) => <StageChip label={record.stageLabel} />} />
      <Column source="waitingOn" disableSort />
      <Column source="dueAt" field={DueDateField} />
      <DataTable.NumberCol source="daysWaiting" sortByOrder="DESC" />
      <Column source="slaState" disableSort render={(record) => <SlaStateChip state={record.slaState} />} />
    </DataTable>
  </List>
);
