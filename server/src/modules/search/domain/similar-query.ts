/**
 * Similar threads for the composer: the searches to run (one multi-search) and how their hits are merged.
 * Baseline: the title and the start of the body as one query, the most frequent words dropped first.
 */
export interface SimilarSearch {
  q: string;
  matchingStrategy?: 'last' | 'all' | 'frequency';
  attributesToSearchOn?: string[];
  limit: number;
}

export interface SimilarCandidate {
  id: string;
  _rankingScore?: number;
  [field: string]: unknown;
}

export function buildSimilarSearches(title: string, body: string | null): SimilarSearch[] {
  const q = [title, body ?? ''].join(' ').trim();
  return [{ q, matchingStrategy: 'frequency', limit: 20 }];
}

/** Ids in rank order, at most `first`: the best ranking score any search gave a thread. */
export function rankSimilar(_title: string, _body: string | null, results: SimilarCandidate[][], first: number): string[] {
  const best = new Map<string, number>();
  for (const hits of results) for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit._rankingScore ?? 0));
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, first)
    .map(([id]) => id);
}
