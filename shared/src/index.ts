import { charCount, labelProblem, normalizeLabel, proseProblem } from './text';

export { charCount, hasBidiControl, hasVisibleText, labelProblem, normalizeLabel, normalizeProse, proseProblem } from './text';
export type { LabelRule, ProseRule } from './text';

/** Limits and codes that the server enforces and the web app checks before sending. */
export const LIMITS = {
  passwordMinLength: 10,
  passwordMaxLength: 200,
  displayNameMaxLength: 60,
  emailMaxLength: 254,
} as const;

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SEARCH_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCodeName = (typeof ERROR_CODES)[number];

/** Thread limits (DESIGN: title 8–200 characters, Markdown body 1–50,000, up to 5 tags of at most 30 characters). */
export const THREAD_LIMITS = {
  titleMin: 8,
  titleMax: 200,
  bodyMax: 50_000,
  tagsMax: 5,
  tagMaxLength: 30,
} as const;

/** Forum limits (the forums table's CHECK constraints). */
export const FORUM_LIMITS = { nameMin: 2, nameMax: 80, slugMax: 60, descriptionMax: 1000, productAreaMax: 60 } as const;

/** User group limits (the user_groups and group_join_requests tables' CHECK constraints). */
export const GROUP_LIMITS = { nameMin: 2, nameMax: 80, slugMax: 60, descriptionMax: 10_000, messageMax: 1000 } as const;

/** A slug as used in addresses (/f/billing-plans): lowercase ASCII letters and digits in words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The one slug maker (forums, imported sites): accents dropped ("Café" → "cafe"), every run of anything else but a–z
 * and 0–9 becomes one dash, no dash at either end, at most `maxLength` characters and never ending in a dash. Empty
 * when nothing is left ("日本語", "&&"): the caller decides what to do then.
 */
export function slugify(text: string, maxLength: number = FORUM_LIMITS.slugMax): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** Titles are one-line labels: NFC, invisible formatting removed, inner whitespace collapsed. */
export function normalizeTitle(title: string): string {
  return normalizeLabel(title);
}

export function titleProblem(title: string): string | null {
  return labelProblem(title, { what: 'Title', min: THREAD_LIMITS.titleMin, max: THREAD_LIMITS.titleMax });
}

export function bodyProblem(body: string): string | null {
  return proseProblem(body, { what: 'Post', max: THREAD_LIMITS.bodyMax, empty: 'Write something first' });
}

export function displayNameProblem(displayName: string): string | null {
  return labelProblem(displayName, { what: 'Display name', min: 1, max: LIMITS.displayNameMaxLength });
}

export function forumNameProblem(name: string): string | null {
  return labelProblem(name, { what: 'Name', min: FORUM_LIMITS.nameMin, max: FORUM_LIMITS.nameMax });
}

/** A tag as stored: lowercase ASCII words joined by dashes. "Lead Routing", "#API" → "lead-routing", "api". Never cut. */
export function normalizeTag(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^#/, '')
    .replace(/[^a-z0-9+.#]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tags: normalised, unique, in order; entries with nothing left (empty, only punctuation) are dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Over-long tags are refused, never cut (a cut tag is a different tag), and so are tags with letters that
 * normalisation would erase entirely ("日本語"): the person would lose the tag without being told.
 */
export function tagsProblem(tags: readonly string[]): string | null {
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (!tag && /[\p{L}\p{N}]/u.test(raw)) return 'Tags use Latin letters, digits, dashes, "+", "." and "#"';
    if (charCount(tag) > THREAD_LIMITS.tagMaxLength) return `Tags must be at most ${THREAD_LIMITS.tagMaxLength} characters`;
  }
  if (normalizeTags(tags).length > THREAD_LIMITS.tagsMax) return `At most ${THREAD_LIMITS.tagsMax} tags`;
  return null;
}

export { ATTACHMENT_KINDS_TEXT, ATTACHMENT_LIMITS, UPLOAD_CSRF_HEADER, formatBytes } from './attachments';
export { MODERATION_NOTICE_VERBS, moderationNoticeVerb } from './moderation';
