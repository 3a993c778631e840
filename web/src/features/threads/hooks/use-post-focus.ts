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

/** A link to "#post-7" (from a profile or a quote) lands on that post once the thread has loaded. */
export function useFocusPostInAddress(loaded: boolean) {
  const { hash } = useLocation();
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const match = /^#post-(\d+)$/.exec(hash);
    if (match) focusAndReveal(document.getElementById(`post-${match[1]}`));
  }, [loaded, hash]);
}

function focusAndReveal(target: HTMLElement | null) {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
