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

/** Settings of the threads index (a Meilisearch `Settings` object). */
export const THREAD_INDEX_SETTINGS = {
  searchableAttributes: [...THREAD_SEARCHABLE_ATTRIBUTES],
  filterableAttributes: ['forumId', 'tags', 'solved', 'hasStaffAnswer', 'visibility'],
  sortableAttributes: ['lastActivityAt', 'createdAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  stopWords: [...THREAD_STOP_WORDS],
  typoTolerance: {
    enabled: true,
    // Error codes, ports and versions ("403", "8080", "1.35.4") must match exactly: "403" is not "404".
    disableOnNumbers: true,
    // Short tokens such as "API", "SFTP", "SSO" or "node" are matched exactly; typos from 6 letters, two from 10.
    minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
  },
  pagination: { maxTotalHits: 1000 },
} as const;
