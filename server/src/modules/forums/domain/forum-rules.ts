import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';

export interface ForumAccess {
  groupId: string | null;
  archivedAt: Date | null;
}

/** Public forums are for everyone; a group's private forum only for its members and staff (DESIGN: privacy). */
export function canSeeForum(viewer: Viewer, forum: ForumAccess): boolean {
  if (!forum.groupId) return true;
  return isStaff(viewer) || viewer.groupIds.includes(forum.groupId);
}

/** Admins and staff create, edit, reorder and archive forums. */
export function canManageForums(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** Archived forums stay readable but take no new threads (staff and moderators excepted). */
export function canPostInForum(viewer: Viewer, forum: ForumAccess): boolean {
  if (!viewer.userId || !canSeeForum(viewer, forum)) return false;
  return !forum.archivedAt || isStaff(viewer) || isModerator(viewer);
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
