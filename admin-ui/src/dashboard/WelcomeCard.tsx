import { Card, CardContent, Stack, Typography } from '@mui/material';
import { formatRole } from '../auth/roles';
import type { BatonIdentity } from '../authProvider';
import { ScopeSummary } from './ScopeSummary';

/** Greets the signed-in person and states their role and the part of the district they see. */
export const WelcomeCard = ({ identity }: { identity: BatonIdentity }) => (
  <Card>
    <CardContent>
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
    </CardContent>
  </Card>
);
