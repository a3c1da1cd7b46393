import { Menu as RaMenu, usePermissions } from 'react-admin';
import { isRole } from '../auth/roles';
import { MENU_RESOURCES_BY_ROLE } from './menuResourcesByRole';

/** Sidebar with the dashboard and the resources open to the signed-in person's role. */
export const Menu = () => {
  const { permissions } = usePermissions<string>();
  const resources = isRole(permissions) ? MENU_RESOURCES_BY_ROLE[permissions] : [];

  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {resources.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
