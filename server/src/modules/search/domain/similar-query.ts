import { THREAD_STOP_WORDS } from './index-settings';

/** One query of the similar-threads multi-search (the caller adds `indexUid` and the visibility filter). */
export interface SimilarSearch {
  q: string;
  matchingStrategy?: 'last' | 'all' | 'frequency';
  attributesToSearchOn?: string[];
  attributesToRetrieve: string[];
  limit: number;
  showRankingScore?: boolean;
}

/** What rankSimilar reads of one thread document. */
export interface SimilarHit {
  id: string;
  title?: string;
  _rankingScore?: number;
}

/** One search's answer, in the order of buildSimilarSearches. */
export interface SimilarSearchResult {
  hits: SimilarHit[];
  estimatedTotalHits?: number;
}

export const MAX_TITLE_CHARS = 200;
export const MAX_BODY_CHARS = 4000;
/** Meilisearch reads only the first ten words of a query. */
const MAX_QUERY_WORDS = 10;
const MAX_TITLE_TERMS = 12;
const MAX_BODY_TERMS = 24;
const TITLE_LIMIT = 20;
const TERM_LIMIT = 30;
const DF_CAP = 1000;
const TITLE_TERM_WEIGHT = 2;
const CANDIDATE_TITLE_BONUS = 1;
const TITLE_SEARCH_WEIGHT = 0;
const RRF_K = 10;

const STOP = new Set(THREAD_STOP_WORDS);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text; apostrophes are dropped so that "doesn't" is one word, as a stop word. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(TOKEN) ?? [];
}

/** Words that say what a text is about: no stop words, no single characters, each once, in order of appearance. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2 || STOP.has(w) || seen.has(w)) continue;
    seen.add(w);
  }
  return [...seen];
}

type SearchRole = 'title' | 'term';

interface SimilarPlan {
  searches: SimilarSearch[];
  roles: SearchRole[];
  /** terms[i]: the word search i looks for, when it is a one-word search. */
  terms: Map<number, string>;
  /** Weight of each word of the new thread: title words count more than body words. */
  queryWeight: Map<string, number>;
}

function clip(text: string | null, max: number): string {
  return (text ?? '').slice(0, max);
}

/**
 * The body words worth a search of their own: the most repeated first, then the longest (long words are rarer),
 * then in order of appearance. Their real rarity is measured by the searches themselves.
 */
function pickBodyTerms(body: string, exclude: Set<string>, count: number): string[] {
  const tf = new Map<string, number>();
  for (const w of words(body)) {
    if (w.length < 2 || STOP.has(w) || exclude.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + 1);
  }
  const order = [...tf.keys()];
  return order
    .map((t, i) => ({ t, i, key: Math.log2(1 + tf.get(t)!) + Math.log2(t.length) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, count)
    .map((x) => x.t);
}

function planSimilar(title: string, body: string | null): SimilarPlan {
  const titleTerms = contentTerms(clip(title, MAX_TITLE_CHARS)).slice(0, MAX_TITLE_TERMS);
  const bodyTerms = pickBodyTerms(clip(body, MAX_BODY_CHARS), new Set(titleTerms), MAX_BODY_TERMS);
  const searches: SimilarSearch[] = [];
  const roles: SearchRole[] = [];
  const terms = new Map<number, string>();
  const queryWeight = new Map<string, number>();
  const retrieve = ['id', 'title'];
  if (titleTerms.length > 1) {
    // The title's words together: threads that share several of them, near each other, in their title first.
    searches.push({ q: titleTerms.slice(0, MAX_QUERY_WORDS).join(' '), matchingStrategy: 'frequency', attributesToRetrieve: retrieve, limit: TITLE_LIMIT });
    roles.push('title');
  }
  for (const [term, weight] of [...titleTerms.map((t) => [t, TITLE_TERM_WEIGHT] as const), ...bodyTerms.map((t) => [t, 1] as const)]) {
    terms.set(searches.length, term);
    queryWeight.set(term, weight);
    // A phrase matches the word exactly (no typo, no prefix). Its hit count is the word's document frequency, and
    // its hits are the threads that contain it (all of them for a rare word), those with it in the title first.
    searches.push({ q: `"${term}"`, attributesToRetrieve: retrieve, limit: TERM_LIMIT });
    roles.push('term');
  }
  return { searches, roles, terms, queryWeight };
}

/** The Meilisearch queries that find threads like a new one being written, to run in one multi-search. */
export function buildSimilarSearches(title: string, body: string | null): SimilarSearch[] {
  return planSimilar(title, body).searches;
}

/** Ids of the threads most like the one being written, best first: the searches' answers fused and reranked. */
export function rankSimilar(title: string, body: string | null, results: SimilarSearchResult[], first: number): string[] {
  const plan = planSimilar(title, body);
  const score = new Map<string, number>();
  const add = (id: string, s: number) => score.set(id, (score.get(id) ?? 0) + s);
  let maxScore = 0;
  results.forEach((r, i) => {
    const term = plan.terms.get(i);
    if (term === undefined) {
      if (plan.roles[i] === 'title') r.hits.forEach((hit, rank) => add(hit.id, TITLE_SEARCH_WEIGHT / (RRF_K + rank + 1)));
      return;
    }
    // Inverse document frequency over at most DF_CAP threads: words in more threads than that weigh next to nothing.
    const df = Math.min(r.estimatedTotalHits ?? r.hits.length, DF_CAP);
    if (df === 0) return;
    const w = plan.queryWeight.get(term)! * Math.log(1 + (DF_CAP - df + 0.5) / (df + 0.5));
    maxScore += w * (1 + CANDIDATE_TITLE_BONUS);
    for (const hit of r.hits) {
      const inTitle = hit.title !== undefined && words(hit.title).includes(term);
      add(hit.id, w * (1 + (inTitle ? CANDIDATE_TITLE_BONUS : 0)));
    }
  });
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, first)
    .map(([id]) => id);
}
