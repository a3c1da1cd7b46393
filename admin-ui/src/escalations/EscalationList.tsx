import type { MouseEvent } from 'react';
import { DataTable, Link, List, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { StageChip } from '../cases/StageChip';
import { STAGE_CHOICES, STATUS_CHOICES } from '../cases/caseChoices';
import { formatDate, formatDateTime } from '../common/dateTime';
import { AcknowledgeButton } from './AcknowledgeButton';
import { ESCALATION_LEVEL_CHOICES, type EscalationRow } from './escalationTypes';

const ACKNOWLEDGED_CHOICES = [
  { id: 'false', name: 'Not acknowledged' },
  { id: 'true', name: 'Acknowledged' },
];

const escalationFilters = [
  <TextInput key="q" source="q" label="Search by school" alwaysOn />,
  <SelectInput key="acknowledged" source="acknowledged" choices={ACKNOWLEDGED_CHOICES} alwaysOn />,
  <SelectInput key="caseStatus" source="caseStatus" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="level" source="level" choices={ESCALATION_LEVEL_CHOICES} />,
  <SelectInput key="stage" source="stage" choices={STAGE_CHOICES} />,
  <ReferenceInput key="areaId" source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
];

const Column = DataTable.Col<EscalationRow>;

const caseShowPath = (record: EscalationRow) => `/cases/${encodeURIComponent(record.caseId)}/show`;

const levelName = (level: EscalationRow['level']) =>
  ESCALATION_LEVEL_CHOICES.find((choice) => choice.id === level)?.name ?? level;

/**
 * The escalation inbox: cases whose stage breached its SLA, raised to the area's CAO and then to
 * central office. It opens on the unacknowledged escalations of open cases, and a row opens its case.
 */
export const EscalationList = () => (
  <List
    filters={escalationFilters}
    filterDefaultValues={{ acknowledged: 'false', caseStatus: 'open' }}
    sort={{ field: 'raisedAt', order: 'DESC' }}
    perPage={25}
  >
    <DataTable rowClick={(_id, _resource, record) => caseShowPath(record as EscalationRow)} bulkActionButtons={false}>
      <Column
        source="caseId"
        disableSort
        render={(record) => (
          <Link to={caseShowPath(record)} onClick={(event: MouseEvent) => event.stopPropagation()}>
            Open case
          </Link>
        )}
      />
      <Column source="schoolName" />
      <Column source="areaName" />
      <Column source="stage" render={(record) => <StageChip label={record.stageLabel} />} />
      <Column source="level" disableSort render={(record) => levelName(record.level)} />
      <Column source="raisedAt" render={(record) => formatDateTime(record.raisedAt)} />
      <Column source="dueAt" render={(record) => formatDate(record.dueAt)} />
      <Column
        source="acknowledgedAt"
        disableSort
        render={(record) =>
          record.acknowledgedAt ? (
            `${formatDateTime(record.acknowledgedAt)} by ${record.acknowledgedBy ?? 'an unknown user'}`
          ) : (
            <AcknowledgeButton />
          )
        }
      />
    </DataTable>
  </List>
);
