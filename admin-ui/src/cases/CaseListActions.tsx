import { CreateButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';

/** Toolbar of the case list: filters for everyone, and "Create" for principals, the only role that opens cases. */
export const CaseListActions = () => {
  const { permissions } = usePermissions<string>();

  return (
    <TopToolbar>
      <FilterButton />
      {permissions === 'principal' ? <CreateButton label="New case" /> : null}
    </TopToolbar>
  );
};
