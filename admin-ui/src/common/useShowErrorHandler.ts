import { useNotify, useRedirect, useResourceContext } from 'react-admin';

/**
 * Builds the `onError` of a show page's query. It notifies the API's problem detail (such as a 403
 * for a record outside the person's scope), then returns to the resource's list. react-admin's
 * default handler reports every failure as a record that does not exist.
 */
export const useShowErrorHandler = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();

  return (error: Error) => {
    notify(error.message, { type: 'error' });
    redirect('list', resource);
  };
};
