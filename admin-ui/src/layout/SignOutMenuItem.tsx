import SignOutIcon from '@mui/icons-material/PowerSettingsNew';
import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import { useLogout, useTranslate } from 'react-admin';

/**
 * Signs out, then reloads the app at its root. react-admin's own Logout item leaves the current
 * page mounted while it resets its caches, so that page refetches without a token. Those failures
 * log out again and record the page, and the next person to sign in, maybe someone else, lands there.
 * The reload also drops every record of the previous person held in memory.
 */
export const SignOutMenuItem = (props: MenuItemProps) => {
  const logout = useLogout();
  const translate = useTranslate();

  const signOut = async () => {
    await logout(null, false, false);
    // A URL without a fragment makes the browser load the page again, not just change the hash route.
    window.location.assign(window.location.pathname);
  };

  return (
    <MenuItem {...props} onClick={signOut}>
      <ListItemIcon>
        <SignOutIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ra.auth.logout')}</ListItemText>
    </MenuItem>
  );
};
