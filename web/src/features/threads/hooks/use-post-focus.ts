import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useAfterRender } from '../../../lib/use-after-render';

/** Moves focus to a post (by number, or 0 for the replies heading) once the list has re-rendered. */
export function useFocusPost() {
  const afterRender = useAfterRender();
  return useCallback(
    (postNumber: number) => afterRender(() => focusAndReveal(document.getElementById(postNumber === 0 ? 'replies-title' : `post-${postNumber}`))),
    [afterRender],
  );
}

/** The reply number in an address's `#post-7`, if any. */
export function postNumberInHash(hash: string): number | undefined {
  const match = /^#post-(\d{1,9})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

/**
 * A link to "#post-7" (from a profile, a notification, a quote or "Go to reply #7") lands on that post: once the
 * thread has loaded, and again each time the address's fragment changes while the page is open.
 */
export function useGoToPostInAddress(loaded: boolean, goToPost: (postNumber: number) => void) {
  const { hash } = useLocation();
  const done = useRef(false);
  const latest = useRef(goToPost);
  useEffect(() => {
    latest.current = goToPost;
  });
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const postNumber = postNumberInHash(hash);
    if (postNumber) latest.current(postNumber);
  }, [loaded, hash]);
  useEffect(() => {
    const onHashChange = () => {
      const postNumber = postNumberInHash(window.location.hash);
      if (postNumber) latest.current(postNumber);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}

function focusAndReveal(target: HTMLElement | null) {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
