import {
  DataTable,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { useShowErrorHandler } from '../common/useShowErrorHandler';
import { SchoolCategoryField } from '../schools/SchoolCategoryField';
import { AreaKindField } from './AreaKindField';

export const AreaShow = () => {
  const onError = useShowErrorHandler();

  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="id" />
        <AreaKindField source="kind" />
        <NumberField source="schoolCount" />
        <NumberField source="studentCount" />
        <ReferenceManyField
          label="Schools in this area"
          reference="schools"
          target="areaId"
          sort={{ field: 'longName', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="longName" />
            <DataTable.Col source="id" />
            <DataTable.Col source="primaryCategory" field={SchoolCategoryField} />
            <DataTable.Col source="gradesOffered" />
            <DataTable.NumberCol source="studentCountTotal" />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
