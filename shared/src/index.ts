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

/** Thread limits (DESIGN: title 8–200 characters, Markdown body 1–50,000, up to 5 tags). */
export const THREAD_LIMITS = {
  titleMin: 8,
  titleMax: 200,
  bodyMax: 50_000,
  tagsMax: 5,
  tagMaxLength: 30,
} as const;

/** Titles are plain text: inner whitespace collapses. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Tags: lowercase, dash-separated ASCII words, unique, in order. "Lead Routing", "#API" → "lead-routing", "api". */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim()
      .replace(/^#/, '')
      .replace(/[^a-z0-9+.#]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, THREAD_LIMITS.tagMaxLength);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}
