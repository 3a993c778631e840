import type { Role } from './roles';

/** Who is asking, resolved once per request; every policy function takes this. */
export interface Viewer {
  userId: string | null;
  sessionId: string | null;
  roles: readonly Role[];
  organizationId: string | null;
  /** Ids of the user groups the viewer belongs to (filled by the groups module). */
  groupIds: readonly string[];
}

export const ANONYMOUS: Viewer = Object.freeze({ userId: null, sessionId: null, roles: [], organizationId: null, groupIds: [] });

export function isSignedIn(viewer: Viewer): viewer is Viewer & { userId: string; sessionId: string } {
  return viewer.userId !== null;
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
}

export function isAdmin(viewer: Viewer): boolean {
  return hasRole(viewer, 'ADMIN');
}

/** Staff and admins act for the vendor. */
export function isStaff(viewer: Viewer): boolean {
  return hasRole(viewer, 'STAFF') || hasRole(viewer, 'ADMIN');
}

export function isModerator(viewer: Viewer): boolean {
  return hasRole(viewer, 'MODERATOR') || hasRole(viewer, 'ADMIN');
}

/** Only admins assign roles and organizations. */
export function canManageAccounts(viewer: Viewer): boolean {
  return isAdmin(viewer);
}

/** An email address is shown to its owner and to staff, never to other members. */
export function canSeeEmail(viewer: Viewer, ownerId: string): boolean {
  return viewer.userId === ownerId || isStaff(viewer);
}

/** Organization details (name, plan, account manager) are for staff and that organization's own members. */
export function canSeeOrganization(viewer: Viewer, organizationId: string): boolean {
  return isStaff(viewer) || (viewer.organizationId !== null && viewer.organizationId === organizationId);
}

/** Every role (ADMIN included) is shown to the user and to staff; others see only the public ones (the badges). */
export function canSeeAllRoles(viewer: Viewer, ownerId: string): boolean {
  return viewer.userId === ownerId || isStaff(viewer);
}
