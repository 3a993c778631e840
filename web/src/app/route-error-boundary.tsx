import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../components/ui/button';
import { StatusPage } from '../components/ui/status-page';
import { NotFoundRoute } from './not-found-route';

/** Rendered by the router when a page throws while rendering; the header and footer stay. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  if (import.meta.env.DEV) console.error(error);
  return <ErrorMessage />;
}

export function ErrorMessage() {
  return (
    <StatusPage
      code="Something went wrong"
      title="This page hit a problem"
      actions={
        <>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <a className="button button--secondary" href="/">
            Go to the home page
          </a>
        </>
      }
    >
      <p>It's not you, it's us. Reloading usually helps; if it keeps happening, try again in a few minutes.</p>
    </StatusPage>
  );
}
