import { useSyncExternalStore } from 'react';

/*
 * One shared one-second clock for every live countdown on the page (a queue of 25 rows keeps one timer, not 25).
 * Written by hand because it is a dozen lines on React's own useSyncExternalStore.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in milliseconds, moving on every second while a component shows it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
