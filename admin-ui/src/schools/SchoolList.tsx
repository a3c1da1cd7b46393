import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { SchoolCategoryField } from './SchoolCategoryField';
import { SCHOOL_CATEGORY_CHOICES } from './schoolCategories';

const schoolFilters = [
  <TextInput key="q" source="q" label="Search by name" alwaysOn />,
  <ReferenceInput key="areaId" source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="primaryCategory" source="primaryCategory" choices={SCHOOL_CATEGORY_CHOICES} />,
];

export const SchoolList = () => (
  <List filters={schoolFilters} sort={{ field: 'longName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="longName" />
      <DataTable.Col source="id" />
      <DataTable.Col source="areaId">
        <ReferenceField source="areaId" reference="areas" link="show" />
      </DataTable.Col>
      <DataTable.Col source="primaryCategory" field={SchoolCategoryField} />
      <DataTable.Col source="gradesOffered" />
      <DataTable.NumberCol source="studentCountTotal" />
    </DataTable>
  </List>
);
