import { GROUP_LIMITS, labelProblem, normalizeLabel, normalizeProse, proseProblem } from '@threadline/shared';
import { isSignedIn, isStaff, type Viewer } from '../../accounts/domain/viewer';

export const GROUP_KINDS = ['INDUSTRY', 'USE_CASE', 'PRODUCT'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const MEMBERSHIP_POLICIES = ['OPEN', 'REQUEST', 'INVITE'] as const;
export type MembershipPolicy = (typeof MEMBERSHIP_POLICIES)[number];
export const GROUP_VISIBILITIES = ['LISTED', 'HIDDEN'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];
export const GROUP_ROLES = ['OWNER', 'MEMBER'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** Invitations lapse after this long (issue 8). */
export const INVITATION_TTL_DAYS = 14;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
}

export interface GroupFacts {
  visibility: GroupVisibility;
  membershipPolicy: MembershipPolicy;
}

// Who may see a group at all is part of the read scope (modules/forums/domain/read-scope.ts: canSeeGroup and
// visibleGroupSql), beside the forums it hides, so lists, notifications and single lookups agree.

/** Where the viewer stands with one group, read fresh from the database for the request. */
export interface GroupRelation {
  role: GroupRole | null;
  /** A pending invitation that has not expired. */
  invited: boolean;
  /** A pending invitation that has expired (never answered in time). */
  invitationExpired: boolean;
  /** A pending join request. */
  requested: boolean;
}

export const NO_RELATION: GroupRelation = Object.freeze({ role: null, invited: false, invitationExpired: false, requested: false });

/** Owners run their group (requests, invitations, members, description); staff and admins may run any group. */
export function canManageGroup(viewer: Viewer, rel: GroupRelation): boolean {
  return rel.role === 'OWNER' || isStaff(viewer);
}

/** Who is in a group is for its members (and staff and admins); owners are shown to everyone who sees the group. */
export function canSeeMembers(viewer: Viewer, rel: GroupRelation): boolean {
  return rel.role !== null || isStaff(viewer);
}

/** Staff and admins create groups. */
export function canCreateGroups(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** What `joinGroup` does for this viewer now. */
export type JoinOutcome = 'already-member' | 'join' | 'accept-invitation' | 'request-required' | 'invite-only' | 'invitation-expired' | 'signed-out';

export function joinOutcome(viewer: Viewer, group: GroupFacts, rel: GroupRelation): JoinOutcome {
  if (!isSignedIn(viewer)) return 'signed-out';
  if (rel.role) return 'already-member';
  if (rel.invited) return 'accept-invitation';
  if (group.membershipPolicy === 'OPEN') return 'join';
  if (group.membershipPolicy === 'REQUEST') return 'request-required';
  return rel.invitationExpired ? 'invitation-expired' : 'invite-only';
}

/** What `requestToJoinGroup` does: a request for REQUEST groups; an open group is simply joined. */
export type RequestOutcome =
  'already-member' | 'already-requested' | 'request' | 'join' | 'accept-invitation' | 'invite-only' | 'invitation-expired' | 'signed-out';

export function requestOutcome(viewer: Viewer, group: GroupFacts, rel: GroupRelation): RequestOutcome {
  if (!isSignedIn(viewer)) return 'signed-out';
  if (rel.role) return 'already-member';
  if (rel.invited) return 'accept-invitation';
  if (group.membershipPolicy === 'OPEN') return 'join';
  if (group.membershipPolicy === 'INVITE') return rel.invitationExpired ? 'invitation-expired' : 'invite-only';
  return rel.requested ? 'already-requested' : 'request';
}

/**
 * Whether a member may stop being an owner (leave, be removed, be demoted): a group always keeps at least one owner,
 * so the last one must hand ownership over first.
 */
export function keepsAnOwner(role: GroupRole | null, ownerCount: number): boolean {
  return role !== 'OWNER' || ownerCount > 1;
}

/** The state a client sees for an invitation: a pending one past its expiry is EXPIRED. */
export type InvitationState = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED' | 'EXPIRED';

export function invitationState(stored: Exclude<InvitationState, 'EXPIRED'>, expiresAt: Date, now: Date): InvitationState {
  return stored === 'PENDING' && expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : stored;
}

/** A flair names a group on every post of its member: only a listed group's name may travel that far. */
export function canShowFlair(group: GroupFacts): boolean {
  return group.visibility === 'LISTED';
}

export type GroupInputProblem = { field: string; message: string };

/** A group's name is a label and its description Markdown prose; lengths match the table's CHECK constraints. */
export function groupInputProblem(input: { name?: string; description?: string }): GroupInputProblem | null {
  const name = input.name !== undefined ? labelProblem(input.name, { what: 'Name', min: GROUP_LIMITS.nameMin, max: GROUP_LIMITS.nameMax }) : null;
  if (name) return { field: 'name', message: name };
  const description = input.description !== undefined ? proseProblem(input.description, { what: 'Description', max: GROUP_LIMITS.descriptionMax }) : null;
  if (description) return { field: 'description', message: description };
  return null;
}

/** A join request's or an answer's message: optional prose. */
export function messageProblem(message: string): string | null {
  return proseProblem(message, { what: 'Message', max: GROUP_LIMITS.messageMax });
}

export function normalizeGroupName(name: string): string {
  return normalizeLabel(name);
}

export function normalizeMessage(message: string): string {
  return normalizeProse(message).trim();
}
