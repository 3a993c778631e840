import { createHash, randomBytes } from 'node:crypto';

/** A reset link is good for an hour (issue 11 §3). */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** 32 random bytes, base64url (43 characters); only its SHA-256 is stored. */
export function newResetToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashResetToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function looksLikeResetToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export interface ResetTokenFacts {
  expiresAt: Date;
  usedAt: Date | null;
}

/** Why a token cannot reset a password now (shown to the person), or null when it can. */
export function resetTokenProblem(token: ResetTokenFacts | null, now: Date): string | null {
  if (!token) return 'This reset link is not valid. Ask for a new one.';
  if (token.usedAt) return 'This reset link has already been used. Ask for a new one.';
  if (token.expiresAt.getTime() <= now.getTime()) return 'This reset link has expired (links last an hour). Ask for a new one.';
  return null;
}
