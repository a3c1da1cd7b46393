import { useGetIdentity } from 'react-admin';
import type { BatonIdentity } from '../authProvider';

/** `useGetIdentity` typed with the fields that `authProvider.getIdentity` returns. */
export const useBatonIdentity = () => {
  const { identity, ...rest } = useGetIdentity();
  return { ...rest, identity: identity as BatonIdentity | undefined };
};
