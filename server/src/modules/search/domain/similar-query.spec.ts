import { buildRecheckSearches, buildSimilarSearches, contentTerms, rankSimilar, type SimilarSearchResult } from './similar-query';

const hit = (id: string, title = 'Something else') => ({ id, title });
const hits = (...ids: string[]) => ids.map((id) => hit(id));

describe('similar threads query', () => {
  it('keeps the words that say what a question is about, once each', () => {
    expect(contentTerms("How do I reset my SFTP password? It doesn't work, error 403 SFTP")).toEqual(['reset', 'sftp', 'password', 'work', 'error', '403']);
  });

  it('looks for each title word as an exact phrase, then the body words most repeated and longest', () => {
    const searches = buildSimilarSearches('Wallet not syncing', 'The daedalus wallet stops. Daedalus shows 99%. I restarted it');
    expect(searches.map((s) => s.q)).toEqual(['"wallet"', '"syncing"', '"daedalus"', '"restarted"', '"stops"', '"shows"', '"99"']);
    expect(searches.every((s) => s.limit > 0 && s.attributesToRetrieve.join() === 'id,title')).toBe(true);
  });

  it('also looks for adjacent title words as one phrase, not across a stop word', () => {
    const searches = buildSimilarSearches('Stake pool relay node or a wallet', null);
    expect(searches.map((s) => s.q)).toEqual(['"stake"', '"pool"', '"relay"', '"node"', '"wallet"', '"stake pool"', '"pool relay"', '"relay node"']);
  });

  it('asks nothing for a title of stop words alone', () => {
    expect(buildSimilarSearches('How do I do this?', null)).toEqual([]);
  });

  it('bounds the searches whatever the length of what is typed', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    expect(buildSimilarSearches(long, long).length).toBeLessThanOrEqual(12 + 16 + 8);
  });

  it('ranks first the thread sharing the rarest words, in its title', () => {
    // "ledger" is in 3 threads, "staking" in 400: a thread with "ledger" in its title beats one with both deep in replies.
    const results: SimilarSearchResult[] = [
      { hits: [hit('a', 'My Ledger, again'), hit('b'), hit('c')], estimatedTotalHits: 3 },
      { hits: [hit('b'), hit('d', 'Staking rewards'), hit('e', 'Staking pools')], estimatedTotalHits: 400 },
    ];
    expect(rankSimilar('Ledger staking', null, results, 3)).toEqual(['a', 'b', 'c']);
  });

  it('prefers, among threads sharing the same words, those with them in their title (the word, not a longer one)', () => {
    const results: SimilarSearchResult[] = [{ hits: [hit('body'), hit('longer', 'Ledgers compared'), hit('title', 'Which ledger?')], estimatedTotalHits: 3 }];
    expect(rankSimilar('Ledger', null, results, 3)).toEqual(['title', 'body', 'longer']);
  });

  it('returns no more than asked, and nothing when nothing matched', () => {
    const results: SimilarSearchResult[] = [{ hits: [], estimatedTotalHits: 0 }];
    expect(rankSimilar('Ledger', null, results, 5)).toEqual([]);
    const many: SimilarSearchResult[] = [{ hits: hits('a', 'b', 'c'), estimatedTotalHits: 3 }];
    expect(rankSimilar('Ledger', null, many, 2)).toHaveLength(2);
  });

  it('prefers, among threads with the word in their title, the one whose title is mostly that word', () => {
    const results: SimilarSearchResult[] = [
      { hits: [hit('long', 'Ledger firmware update fails on my old laptop with Windows drivers'), hit('short', 'Ledger firmware')], estimatedTotalHits: 2 },
    ];
    expect(rankSimilar('Ledger', null, results, 2)).toEqual(['short', 'long']);
  });

  it('checks the common words of the best candidates that a cut search did not reach, and counts them', () => {
    // "wallet" is in 300 threads: its search answered 2 of them, not "b", which "yoroi" found.
    const results: SimilarSearchResult[] = [
      { hits: [hit('a', 'Yoroi keys'), hit('b', 'Yoroi sync')], estimatedTotalHits: 2 },
      { hits: [hit('w1', 'Wallet one'), hit('w2', 'Wallet two')], estimatedTotalHits: 300 },
    ];
    const rechecks = buildRecheckSearches('Yoroi wallet', null, results);
    expect(rechecks).toEqual([{ q: '"wallet"', attributesToRetrieve: ['id'], limit: 2, filter: ['id IN ["a", "b"]'] }]);
    expect(rankSimilar('Yoroi wallet', null, results, 2)).toEqual(['a', 'b']);
    expect(rankSimilar('Yoroi wallet', null, results, 2, [{ hits: [{ id: 'b' }], estimatedTotalHits: 1 }])).toEqual(['b', 'a']);
  });

  it('needs no second search when every word was answered in full', () => {
    const results: SimilarSearchResult[] = [{ hits: hits('a', 'b'), estimatedTotalHits: 2 }];
    expect(buildRecheckSearches('Ledger', null, results)).toEqual([]);
  });
});
