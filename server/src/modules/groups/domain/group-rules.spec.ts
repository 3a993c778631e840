import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import {
  canManageGroup,
  canSeeMembers,
  canShowFlair,
  invitationExpiry,
  invitationState,
  joinOutcome,
  keepsAnOwner,
  NO_RELATION,
  requestOutcome,
  type GroupRelation,
} from './group-rules';

const member: Viewer = { userId: 'u1', sessionId: 's1', roles: ['MEMBER'], organizationId: null, groupIds: [] };
const staff: Viewer = { ...member, roles: ['MEMBER', 'STAFF'] };
const moderator: Viewer = { ...member, roles: ['MEMBER', 'MODERATOR'] };
const rel = (over: Partial<GroupRelation>): GroupRelation => ({ ...NO_RELATION, ...over });
const listed = { visibility: 'LISTED', membershipPolicy: 'OPEN' } as const;
const hidden = { visibility: 'HIDDEN', membershipPolicy: 'INVITE' } as const;

describe('group rules', () => {
  it('lets owners and staff manage, and members and staff see members', () => {
    expect(canManageGroup(member, rel({ role: 'OWNER' }))).toBe(true);
    expect(canManageGroup(member, rel({ role: 'MEMBER' }))).toBe(false);
    expect(canManageGroup(moderator, NO_RELATION)).toBe(false);
    expect(canManageGroup(staff, NO_RELATION)).toBe(true);
    expect(canSeeMembers(member, rel({ role: 'MEMBER' }))).toBe(true);
    expect(canSeeMembers(member, NO_RELATION)).toBe(false);
    expect(canSeeMembers(ANONYMOUS, NO_RELATION)).toBe(false);
    expect(canSeeMembers(staff, NO_RELATION)).toBe(true);
  });

  it('decides what joining does by policy, membership and invitation', () => {
    const open = { visibility: 'LISTED', membershipPolicy: 'OPEN' } as const;
    const request = { visibility: 'LISTED', membershipPolicy: 'REQUEST' } as const;
    const invite = { visibility: 'LISTED', membershipPolicy: 'INVITE' } as const;
    expect(joinOutcome(ANONYMOUS, open, NO_RELATION)).toBe('signed-out');
    expect(joinOutcome(member, open, NO_RELATION)).toBe('join');
    expect(joinOutcome(member, open, rel({ role: 'MEMBER' }))).toBe('already-member');
    expect(joinOutcome(member, request, NO_RELATION)).toBe('request-required');
    expect(joinOutcome(member, invite, NO_RELATION)).toBe('invite-only');
    expect(joinOutcome(member, invite, rel({ invited: true }))).toBe('accept-invitation');
    expect(joinOutcome(member, invite, rel({ invitationExpired: true }))).toBe('invitation-expired');
    expect(requestOutcome(member, request, NO_RELATION)).toBe('request');
    expect(requestOutcome(member, request, rel({ requested: true }))).toBe('already-requested');
    expect(requestOutcome(member, open, NO_RELATION)).toBe('join');
    expect(requestOutcome(member, invite, NO_RELATION)).toBe('invite-only');
    expect(requestOutcome(member, request, rel({ role: 'OWNER' }))).toBe('already-member');
    expect(requestOutcome(ANONYMOUS, request, NO_RELATION)).toBe('signed-out');
  });

  it('keeps at least one owner', () => {
    expect(keepsAnOwner('OWNER', 1)).toBe(false);
    expect(keepsAnOwner('OWNER', 2)).toBe(true);
    expect(keepsAnOwner('MEMBER', 1)).toBe(true);
    expect(keepsAnOwner(null, 0)).toBe(true);
  });

  it('expires pending invitations after 14 days', () => {
    const now = new Date('2026-11-01T12:00:00Z');
    const expires = invitationExpiry(now);
    expect(expires.toISOString()).toBe('2026-11-15T12:00:00.000Z');
    expect(invitationState('PENDING', expires, new Date('2026-11-15T11:59:59Z'))).toBe('PENDING');
    expect(invitationState('PENDING', expires, expires)).toBe('EXPIRED');
    expect(invitationState('ACCEPTED', expires, new Date('2027-01-01T00:00:00Z'))).toBe('ACCEPTED');
  });

  it('shows flair of listed groups only', () => {
    expect(canShowFlair(listed)).toBe(true);
    expect(canShowFlair(hidden)).toBe(false);
  });
});
