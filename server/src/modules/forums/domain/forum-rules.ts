import { FORUM_LIMITS, forumNameProblem, hasVisibleText, labelProblem, normalizeLabel, normalizeProse, proseProblem } from '@threadline/shared';
import { isStaff, type Viewer } from '../../accounts/domain/viewer';
import { canSeeForum, readScopeOf } from './read-scope';

export interface ForumAccess {
  groupId: string | null;
  archivedAt: Date | null;
}

/** Admins and staff create, edit, reorder and archive forums. */
export function canManageForums(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** An archived forum is read-only: readable, but no new threads, replies, edits or votes (see thread-rules). */
export function isReadOnly(forum: Pick<ForumAccess, 'archivedAt'>): boolean {
  return forum.archivedAt !== null;
}

/** Signed-in viewers start threads in forums they can see, unless the forum is archived (for everyone: unarchive it first). */
export function canPostInForum(viewer: Viewer, forum: ForumAccess): boolean {
  if (!viewer.userId || !canSeeForum(readScopeOf(viewer), forum)) return false;
  return !isReadOnly(forum);
}

export type ForumInputProblem = { field: string; message: string };

/**
 * A forum's name and product area are labels (NFC, invisible characters out, no text-direction controls, something
 * visible); its description is prose. Lengths match the forums table's CHECK constraints.
 */
export function forumInputProblem(input: { name?: string; description?: string; productArea?: string | null }): ForumInputProblem | null {
  const name = input.name !== undefined ? forumNameProblem(input.name) : null;
  if (name) return { field: 'name', message: name };
  const description =
    input.description !== undefined ? proseProblem(input.description.trim(), { what: 'Description', max: FORUM_LIMITS.descriptionMax }) : null;
  if (description) return { field: 'description', message: description };
  const area = input.productArea ? labelProblem(input.productArea, { what: 'Product area', min: 0, max: FORUM_LIMITS.productAreaMax, empty: '' }) : null;
  if (area) return { field: 'productArea', message: area };
  return null;
}

export function normalizeForumName(name: string): string {
  return normalizeLabel(name);
}

export function normalizeForumDescription(description: string): string {
  return normalizeProse(description).trim();
}

/** An empty or invisible product area is no product area. */
export function normalizeProductArea(area: string | null | undefined): string | null {
  const value = normalizeLabel(area ?? '');
  return hasVisibleText(value) ? value : null;
}
