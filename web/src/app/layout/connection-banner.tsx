import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { describeError } from '../../lib/graphql-errors';

interface ConnectionBannerProps {
  error: unknown;
  onRetry: () => Promise<unknown>;
}

/** Shown when the session check fails, typically because the API cannot be reached. */
export function ConnectionBanner({ error, onRetry }: ConnectionBannerProps) {
  const [retrying, setRetrying] = useState(false);

  async function retry() {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The banner stays up with the new error.
    } finally {
      setRetrying(false);
    }
  }

  return (
    <div className="connection-banner" role="alert">
      <div className="container connection-banner__inner">
        <p>{describeError(error)}</p>
        <Button variant="secondary" size="small" pending={retrying} onClick={retry}>
          Try again
        </Button>
      </div>
    </div>
  );
}
