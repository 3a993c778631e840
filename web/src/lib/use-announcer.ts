import { useCallback, useState } from 'react';

/**
 * A message for a polite live region: the result of something that happened without a page change
 * ("Reply posted", "Thread locked"). Announcing the same text twice still reads it out again.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // A trailing no-break space toggles so an identical message is a change the screen reader hears.
    setMessage((current) => (current === text ? `${text}\u00a0` : text));
  }, []);
  return { message, announce };
}
