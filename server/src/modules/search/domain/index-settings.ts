import type { Settings } from 'meilisearch';

/**
 * The threads index's settings, applied idempotently at start (and to a fresh index by reindex). Synonyms and stop
 * words come from the admins' search settings on top of these (see mergeAdminSettings).
 *
 * - Searchable attributes in rank order: title > accepted answer > opening post > replies, then tags and forum.
 * - Typo tolerance never touches numbers (error codes such as 403 match exactly) and starts at 5 letters, so short
 *   tokens (API, SFTP, SSO, 2FA) match exactly too.
 */
export const THREAD_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'accepted', 'opening', 'replies', 'tags', 'forumName', 'productArea'],
  displayedAttributes: ['id', 'title', 'accepted', 'opening', 'replies', 'tags', 'forumId', 'solved', 'hasStaffAnswer', 'replyCount'],
  filterableAttributes: ['forumId', 'tags', 'solved', 'hasStaffAnswer', 'visibility'],
  sortableAttributes: ['lastActivityAt', 'createdAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1000 },
};

/** Stop words every install starts with (admins add their own): English function words that never tell threads apart. */
export const DEFAULT_STOP_WORDS: readonly string[] = [];

export interface AdminSearchSettings {
  synonyms: Record<string, string[]>;
  stopWords: string[];
}

/** The settings for the index: ours, with the admins' synonyms and stop words (theirs added to the defaults). */
export function mergeAdminSettings(admin: AdminSearchSettings): Settings {
  return {
    ...THREAD_INDEX_SETTINGS,
    synonyms: admin.synonyms,
    stopWords: [...new Set([...DEFAULT_STOP_WORDS, ...admin.stopWords])].sort(),
  };
}
