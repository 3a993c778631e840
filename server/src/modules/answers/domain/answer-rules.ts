import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';
import { isReadOnly } from '../../forums/domain/forum-rules';
import type { ForumFacts, PostFacts, ThreadFacts } from '../../threads/domain/thread-rules';

// Who may mark the accepted answer; locked threads and archived forums as in the read-only rules of thread-rules.ts.

export type AcceptKind = 'ASKER' | 'STAFF';

/**
 * The asker, staff and moderators may mark the accepted answer. Staff and moderators "verify";
 * the asker "accepts" — an asker who is also staff accepts as the asker.
 */
export function acceptKindFor(viewer: Viewer, thread: ThreadFacts): AcceptKind | null {
  if (!viewer.userId) return null;
  if (viewer.userId === thread.authorId) return 'ASKER';
  if (isStaff(viewer) || isModerator(viewer)) return 'STAFF';
  return null;
}

export type AcceptDecision =
  { kind: AcceptKind; refused?: undefined } | { kind?: undefined; refused: 'unauthenticated' | 'not-entitled' | 'locked' | 'archived' };

/** Whether the viewer may mark, change or clear the accepted answer now, and as whom. */
export function acceptDecision(viewer: Viewer, thread: ThreadFacts, forum: ForumFacts): AcceptDecision {
  if (!viewer.userId) return { refused: 'unauthenticated' };
  const kind = acceptKindFor(viewer, thread);
  if (!kind) return { refused: 'not-entitled' };
  if (isReadOnly(forum)) return { refused: 'archived' };
  if (thread.lockedAt && !isStaff(viewer) && !isModerator(viewer)) return { refused: 'locked' };
  return { kind };
}

export type AcceptProblem = 'opening-post' | 'hidden' | 'other-thread' | null;

/** Only a visible reply of the same thread can be the accepted answer. */
export function acceptTargetProblem(post: PostFacts & { threadId: string }, threadId: string): AcceptProblem {
  if (post.threadId !== threadId) return 'other-thread';
  if (post.postNumber === 1) return 'opening-post';
  if (post.hiddenAt) return 'hidden';
  return null;
}
