import { isModerator, type Viewer } from '../../accounts/domain/viewer';
import { isReadOnly } from '../../forums/domain/forum-rules';
import type { ForumFacts, PostFacts, ThreadFacts } from '../../threads/domain/thread-rules';

// Who may reply, delete and vote; locked threads and archived forums as in the read-only rules of thread-rules.ts.
// Editing a post (the opening post too) is threads' editProblem.

export type ReplyDecision = 'ok' | 'unauthenticated' | 'hidden' | 'locked' | 'archived';

/** Signed-in users reply to unlocked threads; moderators may still reply to locked ones; nobody in an archived forum. */
export function canReply(viewer: Viewer, thread: ThreadFacts, forum: ForumFacts): ReplyDecision {
  if (!viewer.userId) return 'unauthenticated';
  // Its author still sees a hidden thread (with the reason), but nobody but a moderator adds to it.
  if (thread.hiddenAt && !isModerator(viewer)) return 'hidden';
  if (isReadOnly(forum)) return 'archived';
  if (thread.lockedAt && !isModerator(viewer)) return 'locked';
  return 'ok';
}

export type DeleteProblem = 'unauthenticated' | 'not-yours' | 'opening-post' | 'locked' | 'archived' | null;

/** Authors delete their own replies (the opening post goes with the thread), not in locked threads or archived forums; moderators any. */
export function deleteProblem(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): DeleteProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (post.hiddenAt) return 'not-yours';
  if (isModerator(viewer)) return null;
  if (post.authorId !== viewer.userId) return 'not-yours';
  if (post.postNumber === 1) return 'opening-post';
  if (isReadOnly(forum)) return 'archived';
  if (thread.lockedAt) return 'locked';
  return null;
}

export function canDeletePost(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): boolean {
  return deleteProblem(viewer, post, thread, forum) === null;
}

export type VoteProblem = 'unauthenticated' | 'own-post' | 'hidden' | 'archived' | null;

/** Helpful votes: signed in, on a visible post of someone else, outside archived forums (votes are frozen there). */
export function voteProblem(viewer: Viewer, post: PostFacts, forum: ForumFacts): VoteProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (post.hiddenAt) return 'hidden';
  if (isReadOnly(forum)) return 'archived';
  if (post.authorId === viewer.userId) return 'own-post';
  return null;
}

/** Line-level "what changed" between two revisions, for the history view. */
export function changedFields(
  before: { title?: string | null; tags?: string[] | null; body: string },
  after: { title?: string | null; tags?: string[] | null; body: string },
): string[] {
  const changes: string[] = [];
  if ((before.title ?? null) !== (after.title ?? null)) changes.push('title');
  if (JSON.stringify(before.tags ?? null) !== JSON.stringify(after.tags ?? null)) changes.push('tags');
  if (before.body !== after.body) changes.push('body');
  return changes;
}
