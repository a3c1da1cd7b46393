import { Box, Typography } from '@mui/material';
import { useBatonIdentity } from '../auth/useBatonIdentity';
import { formatRole } from '../auth/roles';

/** Name, role and e-mail of the signed-in person, shown at the top of the user menu. */
export const UserMenuIdentity = () => {
  const { identity } = useBatonIdentity();
  if (!identity) {
    return null;
  }

  return (
    <Box sx={{ px: 2, py: 1 }}>
      <Typography variant="subtitle1">{identity.fullName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {formatRole(identity.role)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {identity.email}
      </Typography>
    </Box>
  );
};

// MUI's MenuList skips children with this flag when it picks the item to focus, so keyboard
// focus lands on the first real menu item instead of this text.
UserMenuIdentity.muiSkipListHighlight = true;
