import { hashResetToken, looksLikeResetToken, newResetToken, resetTokenProblem, RESET_TOKEN_TTL_MS } from './reset-token';

describe('password reset tokens', () => {
  it('are 32 random bytes in base64url, different each time, stored only as their SHA-256', () => {
    const a = newResetToken();
    expect(looksLikeResetToken(a)).toBe(true);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newResetToken()).not.toBe(a);
    expect(hashResetToken(a)).toHaveLength(32);
    expect(hashResetToken(a).equals(hashResetToken(a))).toBe(true);
  });

  it('reset a password within the hour, once', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const fresh = { expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS), usedAt: null };
    expect(resetTokenProblem(fresh, now)).toBeNull();
    expect(resetTokenProblem({ ...fresh, usedAt: now }, now)).toBe('This reset link has already been used. Ask for a new one.');
    expect(resetTokenProblem(fresh, new Date(now.getTime() + RESET_TOKEN_TTL_MS))).toBe('This reset link has expired (links last an hour). Ask for a new one.');
    expect(resetTokenProblem(null, now)).toBe('This reset link is not valid. Ask for a new one.');
  });

  it('refuse anything that is not a token', () => {
    expect(looksLikeResetToken('short')).toBe(false);
    expect(looksLikeResetToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
