export const ROLES = ['MEMBER', 'EXPERT', 'STAFF', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Badges shown on posts, in display order. ADMIN and MEMBER are not badges. */
export const BADGES = ['STAFF', 'MODERATOR', 'EXPERT'] as const;
export type Badge = (typeof BADGES)[number];

export function badgesFor(roles: readonly Role[]): Badge[] {
  return BADGES.filter((b) => roles.includes(b));
}

/** Every account is a MEMBER; the list is de-duplicated and kept in canonical order. */
export function normalizeRoles(roles: readonly Role[]): Role[] {
  const set = new Set<Role>(['MEMBER', ...roles]);
  return ROLES.filter((r) => set.has(r));
}
