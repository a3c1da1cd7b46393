import { Alert, Stack } from '@mui/material';
import { Loading, Title } from 'react-admin';
import { useBatonIdentity } from '../auth/useBatonIdentity';
import { RoleDashboard } from './RoleDashboard';
import { WelcomeCard } from './WelcomeCard';

export const Dashboard = () => {
  const { identity, isPending, error } = useBatonIdentity();

  if (isPending) {
    return <Loading />;
  }

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="Dashboard" />
      {error || !identity ? (
        <Alert severity="error">Your profile could not be loaded: {error?.message ?? 'no identity returned'}.</Alert>
      ) : (
        <>
          <WelcomeCard identity={identity} />
          <RoleDashboard role={identity.role} />
        </>
      )}
    </Stack>
  );
};
