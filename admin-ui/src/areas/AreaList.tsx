import { DataTable, List, SelectInput, TextInput } from 'react-admin';
import { AreaKindField } from './AreaKindField';
import { AREA_KIND_CHOICES } from './areaKinds';

const areaFilters = [
  <TextInput key="q" source="q" label="Search by name" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={AREA_KIND_CHOICES} />,
];

export const AreaList = () => (
  <List filters={areaFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" field={AreaKindField} />
      <DataTable.NumberCol source="schoolCount" disableSort />
      <DataTable.NumberCol source="studentCount" disableSort />
    </DataTable>
  </List>
);
