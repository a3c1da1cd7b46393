import { Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField } from 'react-admin';
import type { BatonIdentity } from '../authProvider';

/**
 * States the part of the district the person's account is scoped to: one school (with its area),
 * one area, or the whole district when the account has neither.
 */
export const ScopeSummary = ({ identity }: { identity: BatonIdentity }) => {
  const { areaId, schoolId } = identity;

  if (schoolId) {
    return (
      <RecordContextProvider value={identity}>
        <Typography>
          Your scope is one school:{' '}
          <ReferenceField source="schoolId" reference="schools" link="show" /> (School ID {schoolId})
          {areaId ? (
            <>
              , in <ReferenceField source="areaId" reference="areas" link="show" />
            </>
          ) : null}
          .
        </Typography>
      </RecordContextProvider>
    );
  }

  if (areaId) {
    return (
      <RecordContextProvider value={identity}>
        <Typography>
          Your scope is one area: <ReferenceField source="areaId" reference="areas" link="show" /> (area ID{' '}
          {areaId}).
        </Typography>
      </RecordContextProvider>
    );
  }

  return <Typography>Your scope is the whole district.</Typography>;
};
