import { badgesFor, normalizeRoles } from './roles';
import { ANONYMOUS, canSeeEmail, isStaff, type Viewer } from './viewer';
import { passwordProblem } from './password-policy';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token';

const viewer = (roles: Viewer['roles'], userId = 'u1'): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles });

describe('roles and badges', () => {
  it('shows STAFF, MODERATOR and EXPERT as badges but not MEMBER or ADMIN', () => {
    expect(badgesFor(['MEMBER', 'ADMIN', 'EXPERT', 'STAFF'])).toEqual(['STAFF', 'EXPERT']);
  });
  it('always keeps MEMBER and orders roles canonically without duplicates', () => {
    expect(normalizeRoles(['ADMIN', 'EXPERT', 'ADMIN'])).toEqual(['MEMBER', 'EXPERT', 'ADMIN']);
  });
  it('treats admins as staff', () => {
    expect(isStaff(viewer(['MEMBER', 'ADMIN']))).toBe(true);
    expect(isStaff(viewer(['MEMBER', 'EXPERT']))).toBe(false);
  });
  it('shows an email only to its owner and staff', () => {
    expect(canSeeEmail(viewer(['MEMBER'], 'u1'), 'u1')).toBe(true);
    expect(canSeeEmail(viewer(['MEMBER'], 'u2'), 'u1')).toBe(false);
    expect(canSeeEmail(viewer(['STAFF'], 'u2'), 'u1')).toBe(true);
    expect(canSeeEmail(ANONYMOUS, 'u1')).toBe(false);
  });
});

describe('password policy', () => {
  it('rejects passwords shorter than 10 characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('long enough pass')).toBeNull();
  });
  it('rejects a repeated character and the email address itself', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passwordProblem('someone@example.com', { email: 'someone@example.com' })).toMatch(/email/);
  });
});

describe('session tokens', () => {
  it('are random, well-formed and hashed deterministically', () => {
    const a = newSessionToken();
    expect(looksLikeSessionToken(a)).toBe(true);
    expect(a).not.toEqual(newSessionToken());
    expect(hashSessionToken(a).equals(hashSessionToken(a))).toBe(true);
    expect(looksLikeSessionToken('x; DROP TABLE')).toBe(false);
  });
});
