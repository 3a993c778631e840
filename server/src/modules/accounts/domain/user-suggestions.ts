import { BadUserInputError } from '../../../platform/errors/domain-error';

export const SUGGESTION_PREFIX_MAX = 30;
export const SUGGESTIONS_MAX = 20;
export const HANDLE_LOOKUP_MAX = 50;

/** What a typed `@ma` or `Maya R` asks for: a handle prefix (when it can be one) and display-name word prefixes. */
export interface SuggestionQuery {
  /** Lowercase; null when the text cannot start a handle (a space, an accent, ...). */
  handlePrefix: string | null;
  /** Lowercase words of letters and digits, each matched as the prefix of a word of the display name (all of them). */
  nameWords: string[];
}

const HANDLE_PREFIX = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The composer's `@` + letters, checked: 1–30 characters after an optional leading `@`, case-insensitive. The name
 * words keep only letters and digits, so nothing typed can reach the text-search query syntax.
 */
export function suggestionQuery(rawPrefix: string, first: number): SuggestionQuery {
  const text = rawPrefix.trim().replace(/^@/, '').toLowerCase();
  if (text.length < 1) throw new BadUserInputError('prefix', 'Type at least one character after @');
  if (text.length > SUGGESTION_PREFIX_MAX) throw new BadUserInputError('prefix', `Type at most ${SUGGESTION_PREFIX_MAX} characters`);
  if (!Number.isInteger(first) || first < 1 || first > SUGGESTIONS_MAX) {
    throw new BadUserInputError('first', `Ask for 1 to ${SUGGESTIONS_MAX} suggestions`);
  }
  const nameWords = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 5);
  return { handlePrefix: HANDLE_PREFIX.test(text) ? text : null, nameWords };
}

/** Handles to look up for the composer's "is not a member" warning: lowercase, de-duplicated, at most 50. */
export function handlesToLookUp(handles: readonly string[]): string[] {
  if (handles.length > HANDLE_LOOKUP_MAX) throw new BadUserInputError('handles', `Look up at most ${HANDLE_LOOKUP_MAX} handles at a time`);
  return [...new Set(handles.map((h) => h.trim().replace(/^@/, '').toLowerCase()).filter((h) => h.length > 0 && h.length <= 40))];
}
