import { LIMITS, normalizeTags as normalizeTagList, normalizeTitle, THREAD_LIMITS as SHARED_THREAD_LIMITS } from '@threadline/shared';

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

/* Threads and posts. The server's rules (server/src/modules/threads/domain/thread-rules.ts) are the source of truth. */

export const THREAD_LIMITS = { ...SHARED_THREAD_LIMITS, reasonMax: 500 } as const;

export { normalizeTitle };

/** "Lead Routing, #API" → ["lead-routing", "api"]: the tags the server will store, in order, without repeats. */
export function normalizeTags(raw: string): string[] {
  return normalizeTagList(raw.split(','));
}

export function titleProblem(title: string): string | undefined {
  const value = normalizeTitle(title);
  if (!value) return 'Enter a title';
  if (value.length < THREAD_LIMITS.titleMin) return `Title must be at least ${THREAD_LIMITS.titleMin} characters`;
  if (value.length > THREAD_LIMITS.titleMax) return `Title must be at most ${THREAD_LIMITS.titleMax} characters`;
  return undefined;
}

export function postBodyProblem(body: string): string | undefined {
  if (!body.trim()) return 'Write something first';
  if (body.length > THREAD_LIMITS.bodyMax) {
    return `Post must be at most ${THREAD_LIMITS.bodyMax.toLocaleString('en-US')} characters`;
  }
  return undefined;
}

export function tagsProblem(raw: string): string | undefined {
  if (normalizeTags(raw).length > THREAD_LIMITS.tagsMax) return `Use at most ${THREAD_LIMITS.tagsMax} tags`;
  return undefined;
}

/** Moderator actions are audit-logged, so they always carry a reason. */
export function reasonProblem(reason: string): string | undefined {
  const value = reason.trim();
  if (!value) return 'Give a reason; moderator actions are logged';
  if (value.length > THREAD_LIMITS.reasonMax) return `Reason must be at most ${THREAD_LIMITS.reasonMax} characters`;
  return undefined;
}

export function editReasonProblem(reason: string): string | undefined {
  if (reason.trim().length > THREAD_LIMITS.reasonMax) return `Reason must be at most ${THREAD_LIMITS.reasonMax} characters`;
  return undefined;
}

/* Forums (server/src/modules/forums/dto/forum.input.ts). */

export const FORUM_LIMITS = { nameMin: 2, nameMax: 80, slugMax: 60, descriptionMax: 1000, productAreaMax: 60 } as const;

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function forumNameProblem(name: string): string | undefined {
  const value = name.trim();
  if (!value) return 'Enter a name';
  if (value.length < FORUM_LIMITS.nameMin) return `Name must be at least ${FORUM_LIMITS.nameMin} characters`;
  if (value.length > FORUM_LIMITS.nameMax) return `Name must be at most ${FORUM_LIMITS.nameMax} characters`;
  return undefined;
}

/** An empty slug is fine when creating: the server makes one from the name. */
export function forumSlugProblem(slug: string): string | undefined {
  const value = slug.trim();
  if (!value) return undefined;
  if (value.length > FORUM_LIMITS.slugMax) return `Slug must be at most ${FORUM_LIMITS.slugMax} characters`;
  if (!SLUG_PATTERN.test(value)) return 'Use lowercase letters, digits and single dashes, like "billing-and-plans"';
  return undefined;
}

export function maxLengthProblem(value: string, max: number, what: string): string | undefined {
  return value.trim().length > max ? `${what} must be at most ${max.toLocaleString('en-US')} characters` : undefined;
}
