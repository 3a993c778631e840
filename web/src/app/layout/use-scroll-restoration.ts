import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'threadline:scroll-positions';
/** Enough history entries for any realistic back-and-forth; older ones are dropped first. */
const MAX_ENTRIES = 100;

/**
 * Scroll like a multi-page site would (React Router's <ScrollRestoration> is data-router only): a new page starts at
 * the top, or at its `#fragment` (pages that load the target later scroll to it themselves, as deep links do); Back
 * and Forward return to where that history entry was left, reloads included (positions live in session storage).
 * Hand-written: about forty lines, and no maintained library does just this for React Router's declarative mode.
 */
export function useScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
  }, []);

  useEffect(() => {
    const remember = () => {
      // Once the next page's entry is current, a late scroll event belongs to it, not to this one.
      if (currentEntryKey() === location.key) savePosition(location.key, window.scrollY);
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(remember);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', remember);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', remember);
    };
  }, [location.key]);

  useLayoutEffect(() => {
    const saved = readPositions()[location.key];
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    // A first load keeps whatever the browser did (for a reload, restored above).
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [location.key, location.hash, navigationType]);
}

/** React Router keeps each history entry's key in history.state ('default' for the first entry). */
function currentEntryKey(): string {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' && 'key' in state && typeof state.key === 'string' ? state.key : 'default';
}

function readPositions(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function savePosition(key: string, y: number) {
  const positions = readPositions();
  delete positions[key];
  positions[key] = Math.round(y);
  const keys = Object.keys(positions);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete positions[old];
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
  } catch {
    // Storage full or disabled: scrolling still works, only Back forgets where it was.
  }
}
