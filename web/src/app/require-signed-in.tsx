import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert } from '../components/ui/alert';
import { LoadingState } from '../components/ui/loading-state';
import { describeError } from '../lib/graphql-errors';
import { signInPath } from '../lib/safe-next-path';
import { useViewer } from '../lib/viewer';

/** Layout route for members-only pages: signed-out visitors go to `/sign-in?next=<this page>`. */
export function RequireSignedIn() {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();

  if (loading) return <LoadingState />;
  if (viewer) return <Outlet />;
  if (error) {
    // Unknown, not signed out: keep them here rather than bouncing to a sign-in page that cannot work either.
    return (
      <Alert tone="error" title="This page is not available right now">
        {describeError(error)}
      </Alert>
    );
  }
  return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
}
