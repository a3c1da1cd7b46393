import { Divider, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, UserMenu } from 'react-admin';
import { SignOutMenuItem } from './SignOutMenuItem';
import { UserMenuIdentity } from './UserMenuIdentity';

/** App bar with the product name, the page title, and a user menu that shows who is signed in. */
export const AppBar = () => (
  <RaAppBar
    userMenu={
      <UserMenu>
        <UserMenuIdentity />
        <Divider />
        <SignOutMenuItem />
      </UserMenu>
    }
  >
    <Typography variant="h6" component="span" sx={{ mr: 2 }}>
      Baton
    </Typography>
    <TitlePortal />
  </RaAppBar>
);
