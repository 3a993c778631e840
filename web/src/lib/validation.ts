import {
  bodyProblem,
  displayNameProblem as sharedDisplayNameProblem,
  FORUM_LIMITS,
  forumNameProblem as sharedForumNameProblem,
  labelProblem,
  LIMITS,
  normalizeTags as normalizeTagList,
  normalizeTitle,
  SLUG_PATTERN,
  tagsProblem as sharedTagsProblem,
  THREAD_LIMITS as SHARED_THREAD_LIMITS,
  titleProblem as sharedTitleProblem,
} from '@threadline/shared';

/**
 * Client-side checks, so most mistakes are caught before a round trip. Titles, bodies, tags, display names and forum
 * names use the server's own rules from @threadline/shared (one copy): NFC, invisible-only text and text-direction
 * controls refused, over-long tags refused rather than cut.
 */

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your email address';
  if (value.length > LIMITS.emailMaxLength) return `Email must be at most ${LIMITS.emailMaxLength} characters`;
  if (!EMAIL_PATTERN.test(value)) return 'Enter an email address like name@example.com';
  return undefined;
}

/** The server also refuses a name that could pass for a staff member's (it alone knows who they are). */
export function displayNameProblem(displayName: string): string | undefined {
  return sharedDisplayNameProblem(displayName) ?? undefined;
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
  return sharedTitleProblem(title) ?? undefined;
}

export function postBodyProblem(body: string): string | undefined {
  return bodyProblem(body) ?? undefined;
}

/** Comma-separated tags: at most 5, each at most 30 characters once normalised (never cut). */
export function tagsProblem(raw: string): string | undefined {
  return sharedTagsProblem(raw.split(',')) ?? undefined;
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

/* Forums (server/src/modules/forums/domain/forum-rules.ts). */

export { FORUM_LIMITS };

export function forumNameProblem(name: string): string | undefined {
  return sharedForumNameProblem(name) ?? undefined;
}

/** A product area is optional; when given it is a label like a name. */
export function productAreaProblem(area: string): string | undefined {
  if (!area.trim()) return undefined;
  return labelProblem(area, { what: 'Product area', min: 0, max: FORUM_LIMITS.productAreaMax, empty: '' }) || undefined;
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
