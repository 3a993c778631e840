import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';
import {
  bodyProblem as sharedBodyProblem,
  charCount,
  hasVisibleText,
  normalizeProse,
  normalizeTags,
  normalizeTitle,
  tagsProblem as sharedTagsProblem,
  THREAD_LIMITS,
  titleProblem as sharedTitleProblem,
} from '@threadline/shared';
import { isReadOnly, type ForumAccess } from '../../forums/domain/forum-rules';

export const TITLE_MIN = THREAD_LIMITS.titleMin;
export const TITLE_MAX = THREAD_LIMITS.titleMax;
export const BODY_MIN = 1;
export const BODY_MAX = THREAD_LIMITS.bodyMax;
export const TAGS_MAX = THREAD_LIMITS.tagsMax;
export const TAG_MAX_LENGTH = THREAD_LIMITS.tagMaxLength;
export const REASON_MAX = 500;

export type InputProblem = { field: string; message: string };

export { normalizeTags, normalizeTitle };

const problem = (field: string, message: string | null): InputProblem | null => (message ? { field, message } : null);

/** Titles, bodies and tags follow the rules shared with the web app (shared/src): one copy of each. */
export function titleProblem(title: string): InputProblem | null {
  return problem('title', sharedTitleProblem(title));
}

export function bodyProblem(body: string): InputProblem | null {
  return problem('body', sharedBodyProblem(body));
}

/** Bodies are stored as written, in NFC. */
export const normalizeBody = normalizeProse;

export function tagsProblem(tags: readonly string[]): InputProblem | null {
  return problem('tags', sharedTagsProblem(tags));
}

/** Moderator reasons are stored trimmed, as written: something visible, at most 500 characters as stored. */
export function reasonProblem(reason: string): InputProblem | null {
  const r = reason.trim();
  if (!hasVisibleText(r)) return { field: 'reason', message: 'Give a reason; moderator actions are logged' };
  if (charCount(r) > REASON_MAX) return { field: 'reason', message: `Reason must be at most ${REASON_MAX} characters` };
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

/** The forum a thread is in: an archived forum is read-only. */
export type ForumFacts = Pick<ForumAccess, 'archivedAt'>;

export function canModerate(viewer: Viewer): boolean {
  return isModerator(viewer);
}

/** Moderators and staff may purge an earlier revision's text (a pasted secret must not stay in the public history). */
export function canRedactRevisions(viewer: Viewer): boolean {
  return !!viewer.userId && (isModerator(viewer) || isStaff(viewer));
}

/*
 * Read-only rules (README "Rules"):
 * - A locked thread takes no replies, edits, deletions or accepted-answer changes from its authors; moderators
 *   still reply, edit and delete, and staff and moderators may still verify an answer (discourse-solved refuses an
 *   owner's accept on a closed topic too). Helpful votes stay open.
 * - An archived forum is read-only for everyone: no new threads, replies, edits by authors, deletions by authors,
 *   accepted-answer changes or helpful votes. Moderators still moderate there (edit, hide, restore, lock, pin, move
 *   out); staff unarchive a forum to open it again.
 */

export type ReplyDecision = 'ok' | 'unauthenticated' | 'locked' | 'archived';

/** Signed-in users reply to unlocked threads; moderators may still reply to locked ones; nobody in an archived forum. */
export function canReply(viewer: Viewer, thread: ThreadFacts, forum: ForumFacts): ReplyDecision {
  if (!viewer.userId) return 'unauthenticated';
  if (isReadOnly(forum)) return 'archived';
  if (thread.lockedAt && !isModerator(viewer)) return 'locked';
  return 'ok';
}

export type EditProblem = 'unauthenticated' | 'not-yours' | 'locked' | 'archived' | null;

/** Authors edit their own visible posts while the thread is unlocked and the forum not archived; moderators edit any. */
export function editProblem(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): EditProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (isModerator(viewer)) return null;
  if (post.hiddenAt || post.authorId !== viewer.userId) return 'not-yours';
  if (isReadOnly(forum)) return 'archived';
  if (thread.lockedAt) return 'locked';
  return null;
}

export function canEditPost(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): boolean {
  return editProblem(viewer, post, thread, forum) === null;
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

export type AcceptDecision = { kind: AcceptKind; refused?: undefined } | { kind?: undefined; refused: 'unauthenticated' | 'not-entitled' | 'locked' | 'archived' };

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

export type VoteProblem = 'unauthenticated' | 'own-post' | 'hidden' | 'archived' | null;

/** Helpful votes: signed in, on a visible post of someone else, outside archived forums (votes are frozen there). */
export function voteProblem(viewer: Viewer, post: PostFacts, forum: ForumFacts): VoteProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (post.hiddenAt) return 'hidden';
  if (isReadOnly(forum)) return 'archived';
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
