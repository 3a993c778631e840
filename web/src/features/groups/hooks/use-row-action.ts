import { useState } from 'react';
import { describeError } from '../../../lib/graphql-errors';

/**
 * One action at a time on a list of rows (approve, remove, withdraw …): which row is busy, the last error, and
 * `act(key, action, message)` that runs it and announces `message` through `onDone` when it worked.
 */
export function useRowAction(onDone: (message: string) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  async function act(key: string, action: () => Promise<unknown>, message: string) {
    setBusy(key);
    setError(undefined);
    try {
      await action();
      onDone(message);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, act };
}
