import { Loading, usePermissions } from 'react-admin';
import { SlaPolicyEdit } from './SlaPolicyEdit';
import { SlaPolicyShow } from './SlaPolicyShow';

/** The one SLA policy there is, expulsion's: editable by central office, read-only for the other roles. */
export const SlaPolicyPage = () => {
  const { permissions, isPending } = usePermissions<string>();
  if (isPending) {
    return <Loading />;
  }
  return permissions === 'central_office' ? <SlaPolicyEdit /> : <SlaPolicyShow />;
};
