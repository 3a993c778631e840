import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';
import { normalizeTags, normalizeTitle, THREAD_LIMITS } from '@threadline/shared';

export const TITLE_MIN = THREAD_LIMITS.titleMin;
export const TITLE_MAX = THREAD_LIMITS.titleMax;
export const BODY_MIN = 1;
export const BODY_MAX = THREAD_LIMITS.bodyMax;
export const TAGS_MAX = THREAD_LIMITS.tagsMax;
export const TAG_MAX_LENGTH = THREAD_LIMITS.tagMaxLength;
export const REASON_MAX = 500;

export type InputProblem = { field: string; message: string };

export { normalizeTags, normalizeTitle };

export function titleProblem(title: string): InputProblem | null {
  const t = normalizeTitle(title);
  if (t.length < TITLE_MIN) return { field: 'title', message: `Title must be at least ${TITLE_MIN} characters` };
  if (t.length > TITLE_MAX) return { field: 'title', message: `Title must be at most ${TITLE_MAX} characters` };
  return null;
}

export function bodyProblem(body: string): InputProblem | null {
  if (body.trim().length < BODY_MIN) return { field: 'body', message: 'Write something first' };
  if (body.length > BODY_MAX) return { field: 'body', message: `Post must be at most ${BODY_MAX.toLocaleString('en-US')} characters` };
  return null;
}

export function tagsProblem(tags: readonly string[]): InputProblem | null {
  if (normalizeTags(tags).length > TAGS_MAX) return { field: 'tags', message: `At most ${TAGS_MAX} tags` };
  if (tags.some((t) => t.length > 100)) return { field: 'tags', message: `Tags must be at most ${TAG_MAX_LENGTH} characters` };
  return null;
}

export function reasonProblem(reason: string): InputProblem | null {
  const r = reason.trim();
  if (!r) return { field: 'reason', message: 'Give a reason; moderator actions are logged' };
  if (r.length > REASON_MAX) return { field: 'reason', message: `Reason must be at most ${REASON_MAX} characters` };
  return null;
}

export interface ThreadFacts {
  authorId: string;
  lockedAt: Date | null;
  hiddenAt: Date | null;
}

export interface PostFacts {
  authorId: string;
  postNumber: number;
  hiddenAt: Date | null;
}

export function canModerate(viewer: Viewer): boolean {
  return isModerator(viewer);
}

/** Moderators and staff may purge an earlier revision's text (a pasted secret must not stay in the public history). */
export function canRedactRevisions(viewer: Viewer): boolean {
  return !!viewer.userId && (isModerator(viewer) || isStaff(viewer));
}

/** Hidden threads and posts exist only for moderators; everyone else gets NOT_FOUND. */
export function canSeeHidden(viewer: Viewer): boolean {
  return isModerator(viewer) || isStaff(viewer);
}

export type ReplyDecision = 'ok' | 'unauthenticated' | 'locked';

/** Signed-in users reply to unlocked threads; moderators may still reply to locked ones. */
export function canReply(viewer: Viewer, thread: ThreadFacts): ReplyDecision {
  if (!viewer.userId) return 'unauthenticated';
  if (thread.lockedAt && !isModerator(viewer)) return 'locked';
  return 'ok';
}

/** Authors edit their own posts (not in locked threads); moderators edit any. */
export function canEditPost(viewer: Viewer, post: PostFacts, thread: ThreadFacts): boolean {
  if (!viewer.userId || post.hiddenAt) return isModerator(viewer) && !!viewer.userId;
  if (isModerator(viewer)) return true;
  return post.authorId === viewer.userId && !thread.lockedAt;
}

/** Authors delete their own replies; the opening post goes with the thread (moderators hide threads). */
export function canDeletePost(viewer: Viewer, post: PostFacts): boolean {
  if (!viewer.userId || post.hiddenAt) return false;
  if (isModerator(viewer)) return true;
  return post.authorId === viewer.userId && post.postNumber > 1;
}

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

export type AcceptProblem = 'opening-post' | 'hidden' | 'other-thread' | null;

/** Only a visible reply of the same thread can be the accepted answer. */
export function acceptTargetProblem(post: PostFacts & { threadId: string }, threadId: string): AcceptProblem {
  if (post.threadId !== threadId) return 'other-thread';
  if (post.postNumber === 1) return 'opening-post';
  if (post.hiddenAt) return 'hidden';
  return null;
}

export type VoteProblem = 'unauthenticated' | 'own-post' | 'hidden' | null;

export function voteProblem(viewer: Viewer, post: PostFacts): VoteProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (post.hiddenAt) return 'hidden';
  if (post.authorId === viewer.userId) return 'own-post';
  return null;
}

export type ThreadStatus = 'OPEN' | 'SOLVED' | 'LOCKED';

export function threadStatus(thread: { lockedAt: Date | null }, hasAcceptedAnswer: boolean): ThreadStatus {
  if (thread.lockedAt) return 'LOCKED';
  return hasAcceptedAnswer ? 'SOLVED' : 'OPEN';
}

/** Line-level "what changed" between two revisions, for the history view. */
export function changedFields(before: { title?: string | null; tags?: string[] | null; body: string }, after: { title?: string | null; tags?: string[] | null; body: string }): string[] {
  const changes: string[] = [];
  if ((before.title ?? null) !== (after.title ?? null)) changes.push('title');
  if (JSON.stringify(before.tags ?? null) !== JSON.stringify(after.tags ?? null)) changes.push('tags');
  if (before.body !== after.body) changes.push('body');
  return changes;
}
