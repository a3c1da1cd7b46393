import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Loading, Title } from 'react-admin';
import { formatRole } from '../auth/roles';
import { useBatonIdentity } from '../auth/useBatonIdentity';
import { ScopeSummary } from './ScopeSummary';

// NOTE: every role gets this same dashboard, which has no per-role content yet.
export const Dashboard = () => {
  const { identity, isPending, error } = useBatonIdentity();

  if (isPending) {
    return <Loading />;
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Dashboard" />
      <CardContent>
        {error || !identity ? (
          <Typography color="error">Your profile could not be loaded: {error?.message ?? 'no identity returned'}.</Typography>
        ) : (
          <Stack spacing={1}>
            <Typography variant="h5" component="h1">
              Welcome, {identity.fullName}
            </Typography>
            <Typography>
              You are signed in as {formatRole(identity.role)} ({identity.email}).
            </Typography>
            <ScopeSummary identity={identity} />
            <Typography>The menu lists the pages open to your role.</Typography>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
