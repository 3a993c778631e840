import { useCallback, useState } from 'react';
import { describeError } from './graphql-errors';

/** One request behind a button: busy while it runs, and a message to show next to it when it fails. */
export function useAsyncAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(false);
    }
  }, []);

  return { pending, error, run };
}
