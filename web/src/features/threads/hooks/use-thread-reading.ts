import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { MarkThreadReadMutation, RecordThreadViewMutation } from '../api/thread-operations';

/**
 * The thread page tells the server it was opened (one view; the server counts one per person per hour) and, for a
 * signed-in member, how far they have read: up to the highest post number on screen, moving forward as more load.
 * Both are best effort: a failure changes nothing the reader sees.
 */
export function useThreadReading(threadId: string | undefined, highestPostNumber: number, signedIn: boolean) {
  const [recordView] = useMutation(RecordThreadViewMutation);
  const [markRead] = useMutation(MarkThreadReadMutation);
  const viewed = useRef(false);
  const markedUpTo = useRef(0);

  useEffect(() => {
    if (!threadId || viewed.current) return;
    viewed.current = true;
    recordView({ variables: { threadId } }).catch(() => undefined);
  }, [threadId, recordView]);

  useEffect(() => {
    if (!threadId || !signedIn || highestPostNumber <= markedUpTo.current) return;
    markedUpTo.current = highestPostNumber;
    markRead({ variables: { threadId, postNumber: highestPostNumber } }).catch(() => undefined);
  }, [threadId, highestPostNumber, signedIn, markRead]);
}
