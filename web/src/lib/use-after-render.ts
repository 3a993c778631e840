import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Runs callbacks once the next render is on screen: for moving focus to an element that an update is about
 * to add or re-render (the row just moved, the reply just posted). Call the returned function from event
 * handlers or after a request, never during render.
 */
export function useAfterRender(): (callback: () => void) => void {
  const pending = useRef<Array<() => void>>([]);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    for (const callback of pending.current.splice(0)) callback();
  }, [requests]);

  return useCallback((callback: () => void) => {
    pending.current.push(callback);
    setRequests((n) => n + 1);
  }, []);
}
