import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { describeError, errorCodeOf } from '../../lib/graphql-errors';
import { signInPath } from '../../lib/safe-next-path';
import { Alert } from './alert';
import { Button } from './button';
import { StatusPage } from './status-page';

interface QueryErrorStateProps {
  error: unknown;
  /** What could not be found, for the not-found page: "thread", "forum", "member". */
  what: string;
  onRetry?: () => void;
  /** Replaces the default not-found explanation. */
  notFoundHint?: ReactNode;
}

/**
 * What a page shows when its main query fails: a not-found page for NOT_FOUND (and malformed ids),
 * a clear "sign in" or "not allowed" message for UNAUTHENTICATED and FORBIDDEN, and otherwise the
 * error with a way to try again.
 */
export function QueryErrorState({ error, what, onRetry, notFoundHint }: QueryErrorStateProps) {
  const location = useLocation();
  const code = errorCodeOf(error);

  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return (
      <StatusPage
        code="404"
        title={`We couldn't find that ${what}`}
        actions={
          <Link className="button button--primary" to="/">
            Go to the forums
          </Link>
        }
      >
        {notFoundHint ?? <p>The link may be mistyped, or it may have been moved or removed.</p>}
      </StatusPage>
    );
  }

  if (code === 'UNAUTHENTICATED') {
    return (
      <StatusPage
        code="Sign in needed"
        title={`Sign in to see this ${what}`}
        actions={
          <Link className="button button--primary" to={signInPath(`${location.pathname}${location.search}`)}>
            Sign in
          </Link>
        }
      >
        <p>{describeError(error)}</p>
      </StatusPage>
    );
  }

  if (code === 'FORBIDDEN') {
    return (
      <StatusPage
        code="Not allowed"
        title={`You don't have access to this ${what}`}
        actions={
          <Link className="button button--secondary" to="/">
            Go to the forums
          </Link>
        }
      >
        <p>{describeError(error)}</p>
      </StatusPage>
    );
  }

  return (
    <div className="narrow stack">
      <Alert tone="error" title={`This ${what} could not be loaded`}>
        {describeError(error)}
      </Alert>
      {onRetry && (
        <div>
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
    </div>
  );
}
