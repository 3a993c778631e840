import { THREAD_STOP_WORDS } from './index-settings';
import { filterLiteral } from './search-filter';

/**
 * One query of the similar-threads multi-searches. The caller adds `indexUid` and the visibility filter (ANDed with
 * `filter` when the query has one).
 */
export interface SimilarSearch {
  q: string;
  attributesToRetrieve: string[];
  limit: number;
  filter?: string[];
}

/** What rankSimilar reads of one thread document: its id and title (short, so cheap to retrieve). */
export interface SimilarHit {
  id: string;
  title?: string;
}

/** One search's answer, in the order of the searches asked. */
export interface SimilarSearchResult {
  hits: SimilarHit[];
  estimatedTotalHits?: number;
}

export const MAX_TITLE_CHARS = 200;
export const MAX_BODY_CHARS = 4000;
/**
 * At most 12 + 16 one-word searches and 8 two-word ones in the first multi-search, and one per cut word in the second:
 * the latency budget (25 ms p95) bounds them.
 */
const MAX_TITLE_TERMS = 12;
const MAX_BODY_TERMS = 16;
/** Threads read per word: all of those with a rare word, the best placed of those with a common one. */
const TERM_LIMIT = 40;
/** Meilisearch counts hits up to pagination.maxTotalHits (THREAD_INDEX_SETTINGS): the scale of our IDF. */
const DF_CAP = 1000;
/** A title word of the new thread says more about it than a body word. */
const TITLE_TERM_WEIGHT = 2;

/** Adjacent title words searched as a phrase ("stake pool", "seed phrase"): a name made of common words. */
const MAX_TITLE_PAIRS = 8;
/** A title pair weighs half a title word (as much as a body word): each of its words already counted. */
const TITLE_PAIR_WEIGHT = TITLE_TERM_WEIGHT / 2;
/** The best candidates of the first multi-search whose every cut word the second one checks. */
const RECHECKED = 30;
/**
 * A shared word counts twice when the candidate has it in its title (duplicates mostly have similar titles), less
 * for a long title and more for a short one: BM25's length normalisation (b = 0.75) on the title alone, around the
 * average title length in content words (5.5 words on cardano, 4.2 on cstheory-meta). Checked on the retrieved title,
 * exactly: Meilisearch's ranking score mixes the attribute with the word's position and is not 1 for every title match.
 */
const CANDIDATE_TITLE_BONUS = 1;
const TITLE_LENGTH_B = 0.75;
const AVERAGE_TITLE_TERMS = 5;

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
  /** The words of the new thread, one search each, in this order. */
  terms: string[];
  /** Weight of each word: title words count more than body words. */
  weights: number[];
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
  // Adjacent title words as one phrase too: a thread naming the same thing ("stake pool", "native token") is closer
  // than one with both words apart. Not across a stop word, which the index drops.
  const pairs: string[] = [];
  const titleWords = words(clip(title, MAX_TITLE_CHARS));
  for (let i = 0; i + 1 < titleWords.length && pairs.length < MAX_TITLE_PAIRS; i++) {
    const pair = titleWords.slice(i, i + 2);
    if (pair.some((w) => w.length < 2 || STOP.has(w))) continue;
    if (!pairs.includes(pair.join(' '))) pairs.push(pair.join(' '));
  }
  return {
    terms: [...titleTerms, ...bodyTerms, ...pairs],
    weights: [...titleTerms.map(() => TITLE_TERM_WEIGHT), ...bodyTerms.map(() => 1), ...pairs.map(() => TITLE_PAIR_WEIGHT)],
  };
}

// A phrase matches the word exactly (no typo, no prefix). Its hit count is the word's document frequency, and
// its hits are the threads that contain it (all of them for a rare word), those with it in the title first.
// Not `showMatchesPosition`: it would also say how often each thread repeats the word (+2 points of recall), but
// Meilisearch then reads every hit's whole text, and the multi-search took 5 to 10 times longer.
const phrase = (term: string) => `"${term}"`;

/** The Meilisearch queries that find threads like a new one being written, to run in one multi-search. */
export function buildSimilarSearches(title: string, body: string | null): SimilarSearch[] {
  // One search per word, not one for all: Meilisearch reads ten words of a query and drops words from it (matchingStrategy
  // 'last' or 'frequency') but always keeps one, so a thread that shares the common words and not the rarest is lost.
  return planSimilar(title, body).terms.map((t) => ({ q: phrase(t), attributesToRetrieve: ['id', 'title'], limit: TERM_LIMIT }));
}

/** What the searches told of the candidates: which words each has, and its title. */
class Evidence {
  /** has[i]: the threads known to contain word i. */
  readonly has: Array<Set<string>>;
  readonly idf: number[];
  readonly titles = new Map<string, string>();
  private readonly titleWords = new Map<string, { spaced: string; length: number }>();

  constructor(
    readonly plan: SimilarPlan,
    results: SimilarSearchResult[],
  ) {
    this.has = plan.terms.map(() => new Set<string>());
    this.idf = plan.terms.map((_, i) => idf(results[i]));
    plan.terms.forEach((_, i) => this.add(i, results[i]?.hits ?? []));
  }

  add(term: number, hits: SimilarHit[]): void {
    for (const hit of hits) {
      this.has[term].add(hit.id);
      if (hit.title !== undefined && !this.titles.has(hit.id)) this.titles.set(hit.id, hit.title);
    }
  }

  /** A candidate's title as its words between spaces (a word or a pair is found with includes) and its length. */
  private title(id: string) {
    let t = this.titleWords.get(id);
    if (!t) {
      const ws = words(this.titles.get(id) ?? '');
      let length = 0;
      for (const w of ws) if (w.length >= 2 && !STOP.has(w)) length++;
      this.titleWords.set(id, (t = { spaced: ` ${ws.join(' ')} `, length: Math.max(1, length) }));
    }
    return t;
  }

  /** Every candidate's score, best first. */
  ranked(): Array<[string, number]> {
    const score = new Map<string, number>();
    this.plan.terms.forEach((term, i) => {
      const w = this.plan.weights[i] * this.idf[i];
      if (w === 0) return;
      for (const id of this.has[i]) {
        const title = this.title(id);
        // A shared word counts more when the candidate has it in its title, and the more so as that title is short.
        const bonus = title.spaced.includes(` ${term} `)
          ? CANDIDATE_TITLE_BONUS / (1 - TITLE_LENGTH_B + (TITLE_LENGTH_B * title.length) / AVERAGE_TITLE_TERMS)
          : 0;
        score.set(id, (score.get(id) ?? 0) + w * (1 + bonus));
      }
    });
    // Ties keep the order Meilisearch first gave the threads (deterministic: its last rule is the creation time), never
    // the ids', which are random: the same question must get the same suggestions on every install.
    return [...score.entries()].sort((a, b) => b[1] - a[1]);
  }
}

function idf(r: SimilarSearchResult | undefined): number {
  // Inverse document frequency over at most DF_CAP threads: words in more threads than that weigh next to nothing.
  const df = Math.min(r?.estimatedTotalHits ?? r?.hits.length ?? 0, DF_CAP);
  if (df === 0) return 0;
  return Math.log(1 + (DF_CAP - df + 0.5) / (df + 0.5));
}

interface Recheck {
  term: number;
  ids: string[];
}

/** For the best candidates, the words whose search was cut at TERM_LIMIT before reaching them: they may have them. */
function rechecks(evidence: Evidence, results: SimilarSearchResult[]): Recheck[] {
  const best = evidence
    .ranked()
    .slice(0, RECHECKED)
    .map(([id]) => id);
  const out: Recheck[] = [];
  evidence.plan.terms.forEach((_, i) => {
    const r = results[i];
    if (!r || (r.estimatedTotalHits ?? 0) <= r.hits.length || evidence.idf[i] === 0) return;
    const ids = best.filter((id) => !evidence.has[i].has(id));
    if (ids.length) out.push({ term: i, ids });
  });
  return out;
}

/**
 * The second multi-search, after the first (buildSimilarSearches) answered: for the best candidates, which of the
 * common words they contain. A common word's search answers only its first TERM_LIMIT threads (title matches first),
 * so without it a candidate misses the weight of the common words it has further down.
 */
export function buildRecheckSearches(title: string, body: string | null, results: SimilarSearchResult[]): SimilarSearch[] {
  const evidence = new Evidence(planSimilar(title, body), results);
  return rechecks(evidence, results).map((c) => ({
    q: phrase(evidence.plan.terms[c.term]),
    attributesToRetrieve: ['id'],
    limit: c.ids.length,
    filter: [`id IN [${c.ids.map(filterLiteral).join(', ')}]`],
  }));
}

/**
 * Ids of the threads most like the one being written, best first: the first searches' answers fused and reranked,
 * with the answers of buildRecheckSearches (same title, body and first answers) when they were asked.
 */
export function rankSimilar(
  title: string,
  body: string | null,
  results: SimilarSearchResult[],
  first: number,
  recheckResults?: SimilarSearchResult[],
): string[] {
  const evidence = new Evidence(planSimilar(title, body), results);
  if (recheckResults?.length) {
    rechecks(evidence, results).forEach((c, j) => evidence.add(c.term, recheckResults[j]?.hits ?? []));
  }
  return evidence
    .ranked()
    .slice(0, first)
    .map(([id]) => id);
}
