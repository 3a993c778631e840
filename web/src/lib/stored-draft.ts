import { useCallback, useEffect, useState } from 'react';

// Drafts live in this browser's localStorage, one key per place (a thread's reply, a forum's new thread), so they
// survive navigation, reloads and signing in again (issue 11). Hand-written: a JSON value under a key, with the
// storage's failures (private mode, quota, another tab's garbage) read as "no draft" — a few lines, no package needed.

const PREFIX = 'threadline:draft:';

function read<T>(key: string, isValue: (value: unknown) => value is T): T | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValue(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown | undefined) {
  try {
    if (value === undefined) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* Storage full or refused: the draft still lives on this page. */
  }
}

/**
 * A draft kept under `key`: starts from what was stored, stores each change, and `clear()` drops it (after posting).
 * `isEmpty` drafts are not stored, so an emptied box leaves nothing behind.
 */
export function useStoredDraft<T>(key: string, empty: T, isValue: (value: unknown) => value is T, isEmpty: (value: T) => boolean) {
  const [value, setValue] = useState<T>(() => read(key, isValue) ?? empty);
  useEffect(() => {
    write(key, isEmpty(value) ? undefined : value);
  }, [key, value, isEmpty]);
  const clear = useCallback(() => {
    write(key, undefined);
    setValue(empty);
  }, [key, empty]);
  return { value, setValue, clear };
}
