import { THREAD_STOP_WORDS } from './index-settings';

/** One query of the similar-threads multi-search (the caller adds `indexUid` and the visibility filter). */
export interface SimilarSearch {
  q: string;
  attributesToRetrieve: string[];
  limit: number;
}

/** What rankSimilar reads of one thread document: its id and title (short, so cheap to retrieve). */
export interface SimilarHit {
  id: string;
  title?: string;
}

/** One search's answer, in the order of buildSimilarSearches. */
export interface SimilarSearchResult {
  hits: SimilarHit[];
  estimatedTotalHits?: number;
}

export const MAX_TITLE_CHARS = 200;
export const MAX_BODY_CHARS = 4000;
/** At most 12 + 16 one-word searches per request: the latency budget (25 ms p95) bounds them. */
const MAX_TITLE_TERMS = 12;
const MAX_BODY_TERMS = 16;
/** Threads read per word: all of those with a rare word, the best placed of those with a common one. */
const TERM_LIMIT = 40;
/** Meilisearch counts hits up to pagination.maxTotalHits (THREAD_INDEX_SETTINGS): the scale of our IDF. */
const DF_CAP = 1000;
/** A title word of the new thread says more about it than a body word. */
const TITLE_TERM_WEIGHT = 2;
/**
 * A shared word counts twice when the candidate has it in its title: duplicates mostly have similar titles. Checked on
 * the retrieved title, exactly: Meilisearch's ranking score mixes the attribute with the word's position and is not 1
 * for every title match (scripts/similar-recall.mjs measured +2 to +5 points of recall@5 over the ranking score).
 */
const CANDIDATE_TITLE_BONUS = 1;

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

interface SimilarPlan {
  searches: SimilarSearch[];
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
  const terms = new Map<number, string>();
  const queryWeight = new Map<string, number>();
  // One search per word, not one for all: Meilisearch reads ten words of a query and drops words from it (matchingStrategy
  // 'last' or 'frequency') but always keeps one, so a thread that shares the common words and not the rarest is lost.
  for (const [term, weight] of [...titleTerms.map((t) => [t, TITLE_TERM_WEIGHT] as const), ...bodyTerms.map((t) => [t, 1] as const)]) {
    terms.set(searches.length, term);
    queryWeight.set(term, weight);
    // A phrase matches the word exactly (no typo, no prefix). Its hit count is the word's document frequency, and
    // its hits are the threads that contain it (all of them for a rare word), those with it in the title first.
    // Not `showMatchesPosition`: it would also say how often each thread repeats the word (+2 points of recall), but
    // Meilisearch then reads every hit's whole text, and the multi-search took 5 to 10 times longer.
    searches.push({ q: `"${term}"`, attributesToRetrieve: ['id', 'title'], limit: TERM_LIMIT });
  }
  return { searches, terms, queryWeight };
}

/** The Meilisearch queries that find threads like a new one being written, to run in one multi-search. */
export function buildSimilarSearches(title: string, body: string | null): SimilarSearch[] {
  return planSimilar(title, body).searches;
}

/** Ids of the threads most like the one being written, best first: the searches' answers fused and reranked. */
export function rankSimilar(title: string, body: string | null, results: SimilarSearchResult[], first: number): string[] {
  const plan = planSimilar(title, body);
  const score = new Map<string, number>();
  const titleWords = new Map<string, Set<string>>();
  const inTitle = (hit: SimilarHit, term: string) => {
    let set = titleWords.get(hit.id);
    if (!set) titleWords.set(hit.id, (set = new Set(words(hit.title ?? ''))));
    return set.has(term);
  };
  const add = (id: string, s: number) => score.set(id, (score.get(id) ?? 0) + s);
  results.forEach((r, i) => {
    const term = plan.terms.get(i);
    if (term === undefined) return;
    // Inverse document frequency over at most DF_CAP threads: words in more threads than that weigh next to nothing.
    const df = Math.min(r.estimatedTotalHits ?? r.hits.length, DF_CAP);
    if (df === 0) return;
    const w = plan.queryWeight.get(term)! * Math.log(1 + (DF_CAP - df + 0.5) / (df + 0.5));
    for (const hit of r.hits) add(hit.id, w * (1 + (inTitle(hit, term) ? CANDIDATE_TITLE_BONUS : 0)));
  });
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, first)
    .map(([id]) => id);
}
