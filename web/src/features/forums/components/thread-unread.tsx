import { Badge } from '../../../components/ui/badge';

interface UnreadFacts {
  id: string;
  viewerUnread?: { lastReadPostNumber: number; newReplies: number } | null;
}

interface StateFacts {
  isPinned: boolean;
  isSolved: boolean;
  isLocked: boolean;
  isHidden: boolean;
}

/**
 * What a thread row shows a reader about their place in it (home lists and forum lists alike): never opened (a dot,
 * signed in only: anonymous readers have no place kept), how many replies came since, and the link that opens at the
 * first post not read yet.
 */
export function threadUnread(thread: UnreadFacts, signedIn: boolean) {
  const unread = thread.viewerUnread;
  const newReplies = unread?.newReplies ?? 0;
  return {
    neverOpened: signedIn && !unread,
    newReplies,
    href: unread && newReplies > 0 ? `/t/${thread.id}#post-${unread.lastReadPostNumber + 1}` : `/t/${thread.id}`,
  };
}

export function UnreadDot() {
  return (
    <span className="unread-dot" role="img" aria-label="New thread" title="New thread">
      ●
    </span>
  );
}

/** "N new", then the thread's state badges (pinned, solved, locked, hidden). */
export function ThreadBadges({ thread, newReplies }: { thread: StateFacts; newReplies: number }) {
  return (
    <>
      {newReplies > 0 && (
        <span className="new-replies" aria-label={`${newReplies} new ${newReplies === 1 ? 'reply' : 'replies'}`}>
          {newReplies} new
        </span>
      )}
      {thread.isPinned && <Badge tone="info">Pinned</Badge>}
      {thread.isSolved && <Badge tone="success">Solved</Badge>}
      {thread.isLocked && <Badge tone="warning">Locked</Badge>}
      {thread.isHidden && <Badge tone="neutral">Hidden</Badge>}
    </>
  );
}
