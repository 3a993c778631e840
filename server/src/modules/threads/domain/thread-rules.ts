import { isModerator, type Viewer } from '../../accounts/domain/viewer';
import {
  bodyProblem as sharedBodyProblem,
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

/** What the rules of threads, posts, answers and moderation read of a thread, a post and its forum. */
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

/*
 * Read-only rules (README "Rules"), kept by the rules of each module (posts/domain/post-rules.ts for replies, deletions
 * and votes, answers/domain/answer-rules.ts for accepted answers, editProblem below for edits):
 * - A locked thread takes no replies, edits, deletions or accepted-answer changes from its authors; moderators
 *   still reply, edit and delete, and staff and moderators may still verify an answer (discourse-solved refuses an
 *   owner's accept on a closed topic too). Helpful votes stay open.
 * - An archived forum is read-only for everyone: no new threads, replies, edits by authors, deletions by authors,
 *   accepted-answer changes or helpful votes. Moderators still moderate there (edit, hide, restore, lock, pin, move
 *   out); staff unarchive a forum to open it again.
 */

export type EditProblem = 'unauthenticated' | 'not-yours' | 'locked' | 'archived' | null;

/** Authors edit their own visible posts while the thread is unlocked and the forum not archived; moderators edit any. */
export function editProblem(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): EditProblem {
  if (!viewer.userId) return 'unauthenticated';
  if (isModerator(viewer)) return null;
  // Hidden content (its author still sees it, with the reason) is nobody's to change but a moderator's.
  if (post.hiddenAt || thread.hiddenAt || post.authorId !== viewer.userId) return 'not-yours';
  if (isReadOnly(forum)) return 'archived';
  if (thread.lockedAt) return 'locked';
  return null;
}

export function canEditPost(viewer: Viewer, post: PostFacts, thread: ThreadFacts, forum: ForumFacts): boolean {
  return editProblem(viewer, post, thread, forum) === null;
}

export type ThreadStatus = 'OPEN' | 'SOLVED' | 'LOCKED';

export function threadStatus(thread: { lockedAt: Date | null }, hasAcceptedAnswer: boolean): ThreadStatus {
  if (thread.lockedAt) return 'LOCKED';
  return hasAcceptedAnswer ? 'SOLVED' : 'OPEN';
}
