import { Grid } from '@mui/material';
import { NumberField, ReferenceField, Show, TextField } from 'react-admin';
import { ShowSection } from '../common/ShowSection';
import { useShowErrorHandler } from '../common/useShowErrorHandler';
import { EnrollmentShareField } from './EnrollmentShareField';
import { SchoolCategoryField } from './SchoolCategoryField';

const coordinateFormat = { maximumFractionDigits: 6 };

export const SchoolShow = () => {
  const onError = useShowErrorHandler();

  return (
    <Show queryOptions={{ onError }}>
      <Grid container>
        <Grid size={{ xs: 12, md: 4 }}>
          <ShowSection title="Identity">
            <TextField source="longName" />
            <TextField source="shortName" />
            <TextField source="id" />
            <ReferenceField source="areaId" reference="areas" link="show" />
            <SchoolCategoryField source="primaryCategory" />
            <TextField source="gradesOffered" />
            <TextField source="gradesOfferedAll" />
            <TextField source="schoolYear" />
          </ShowSection>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <ShowSection title="Enrollment">
            <NumberField source="studentCountTotal" />
            <EnrollmentShareField source="studentCountLowIncome" />
            <EnrollmentShareField source="studentCountSpecialEd" />
            <EnrollmentShareField source="studentCountEnglishLearners" />
          </ShowSection>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <ShowSection title="Location">
            <TextField source="address" />
            <TextField source="city" />
            <TextField source="state" />
            <TextField source="zip" />
            <TextField source="phone" />
            <NumberField source="latitude" options={coordinateFormat} emptyText="Not recorded" />
            <NumberField source="longitude" options={coordinateFormat} emptyText="Not recorded" />
          </ShowSection>
        </Grid>
      </Grid>
    </Show>
  );
};
