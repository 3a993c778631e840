import type { Settings } from 'meilisearch';
import { eng } from 'stopword';

/**
 * Words that say how a question is asked, not what it is about. Added to the `stopword` package's English list
 * (108 words), which lacks the interrogatives and contractions people type in forum titles.
 */
export const QUESTION_STOP_WORDS: readonly string[] = [
  'does',
  'doesnt',
  'dont',
  'didnt',
  'cant',
  'cannot',
  'isnt',
  'arent',
  'wont',
  'im',
  'ive',
  'id',
  'its',
  'why',
  'when',
  'whats',
  'hows',
  'there',
  'any',
  'anyone',
  'someone',
  'please',
  'thanks',
  'hi',
  'hello',
  'question',
  'possible',
  'just',
  'so',
  'not',
  'no',
  'yes',
  'will',
  'want',
  'need',
  'trying',
  'try',
  'tried',
];

/** Stop words of the thread index and of the similar-threads query builder: one list, so both ignore the same words. */
export const THREAD_STOP_WORDS: readonly string[] = [...new Set([...eng, ...QUESTION_STOP_WORDS])].sort();

/** The attributes a search box query looks in, most telling first (Meilisearch's `attribute` rule follows this order). */
export const THREAD_SEARCHABLE_ATTRIBUTES = ['title', 'accepted', 'opening', 'replies', 'tags', 'forumName', 'productArea'] as const;

/**
 * The threads index's settings, applied idempotently at start (and to a fresh index by reindex), with the admins'
 * synonyms and stop words on top (mergeAdminSettings).
 *
 * - Searchable attributes in rank order: title > accepted answer > opening post > replies, then tags and forum.
 * - Typo tolerance never touches numbers: error codes, ports and versions ("403", "8080", "1.35.4") match exactly,
 *   and "403" is not "404". Short tokens ("API", "SFTP", "SSO", "node") match exactly too: one typo from 6 letters,
 *   two from 10.
 * - At most 1,000 hits per query (deep pages and the similar-threads word frequencies are bounded by it).
 */
export const THREAD_INDEX_SETTINGS: Settings = {
  searchableAttributes: [...THREAD_SEARCHABLE_ATTRIBUTES],
  displayedAttributes: ['id', 'title', 'accepted', 'opening', 'replies', 'tags', 'forumId', 'solved', 'hasStaffAnswer', 'replyCount'],
  // `id`: the similar-threads second search checks a few candidates' words (buildRecheckSearches).
  filterableAttributes: ['id', 'forumId', 'tags', 'solved', 'hasStaffAnswer', 'visibility'],
  sortableAttributes: ['lastActivityAt', 'createdAt'],
  // `sort` right after `words`: asked for the latest or newest, a person gets the threads matching every word in date order.
  // Last, the creation time: equally relevant threads come oldest first (the canonical question), in the same order on
  // every install, whatever order the documents were written in.
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'createdAt:asc'],
  stopWords: [...THREAD_STOP_WORDS],
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1000 },
};

export interface AdminSearchSettings {
  /** Groups of words that find each other, as entered (each at least two words). */
  synonymGroups: string[][];
  stopWords: string[];
}

/** The settings for the index: ours, with the admins' synonyms and their stop words added to ours. */
export function mergeAdminSettings(admin: AdminSearchSettings): Settings {
  return {
    ...THREAD_INDEX_SETTINGS,
    synonyms: synonymMap(admin.synonymGroups),
    stopWords: [...new Set([...THREAD_STOP_WORDS, ...admin.stopWords])].sort(),
  };
}

/** Meilisearch's two-way map of synonym groups: each word finds every other word of every group it is in. */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const w of group) {
      const set = map.get(w) ?? new Set<string>();
      for (const other of group) if (other !== w) set.add(other);
      map.set(w, set);
    }
  }
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([w, set]) => [w, [...set].sort()]));
}
