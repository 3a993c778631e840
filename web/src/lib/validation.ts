import { LIMITS } from '@threadline/shared';

/** Client-side checks that mirror the server's, so most mistakes are caught before a round trip. */

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Counts characters as people (and the server's validator) do: an emoji is one, not two. */
const characterCount = (value: string) => [...value].length;

export function emailProblem(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your email address';
  if (value.length > LIMITS.emailMaxLength) return `Email must be at most ${LIMITS.emailMaxLength} characters`;
  if (!EMAIL_PATTERN.test(value)) return 'Enter an email address like name@example.com';
  return undefined;
}

export function displayNameProblem(displayName: string): string | undefined {
  const value = displayName.trim();
  if (!value) return 'Enter a display name';
  if (characterCount(value) > LIMITS.displayNameMaxLength) {
    return `Display name must be at most ${LIMITS.displayNameMaxLength} characters`;
  }
  return undefined;
}

/** For a password being chosen (sign-up, change password). */
export function newPasswordProblem(password: string): string | undefined {
  if (!password) return 'Enter a password';
  if (password.length < LIMITS.passwordMinLength) {
    return `Password must be at least ${LIMITS.passwordMinLength} characters`;
  }
  if (password.length > LIMITS.passwordMaxLength) {
    return `Password must be at most ${LIMITS.passwordMaxLength} characters`;
  }
  return undefined;
}

export const PASSWORD_HINT = `At least ${LIMITS.passwordMinLength} characters`;

export function requiredProblem(value: string, message: string): string | undefined {
  return value ? undefined : message;
}

/** Keeps only the problems that exist, in field order. */
export function collectProblems(problems: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).filter((entry): entry is [string, string] => !!entry[1]));
}
