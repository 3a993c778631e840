import {
  assignHandles,
  bodySource,
  COMMUNITY_NAME,
  displayNameFor,
  forumPlan,
  handleCandidates,
  numberReplies,
  parseSeDate,
  parseSeTags,
  planSite,
  siteHost,
  siteName,
  siteSlug,
  slugCandidates,
  threadTags,
  threadTitle,
  type AccountPlan,
} from './se-mapping';
import type { SePost, SeSite } from './se-parser';

const HANDLE = /^[a-z0-9][a-z0-9_-]{1,39}$/;

function post(p: Partial<SePost> & { id: number; postTypeId: number }): SePost {
  return {
    parentId: null,
    acceptedAnswerId: null,
    creationDate: '2020-01-01T00:00:00.000',
    lastEditDate: null,
    title: null,
    body: '<p>body</p>',
    tags: null,
    ownerUserId: null,
    ownerDisplayName: null,
    ...p,
  };
}

describe('Stack Exchange mapping', () => {
  describe('values', () => {
    it('reads dump dates as UTC', () => {
      expect(parseSeDate('2016-08-02T15:39:14.947')?.toISOString()).toBe('2016-08-02T15:39:14.947Z');
      expect(parseSeDate('2016-08-02T15:39:14')?.toISOString()).toBe('2016-08-02T15:39:14.000Z');
      expect(parseSeDate('2016-08-02T15:39:14Z')?.toISOString()).toBe('2016-08-02T15:39:14.000Z');
      expect(parseSeDate('yesterday')).toBeNull();
      expect(parseSeDate(null)).toBeNull();
    });

    it('parses tags in both dump formats and keeps the first five normalized ones', () => {
      expect(parseSeTags('<neural-networks><definitions>')).toEqual(['neural-networks', 'definitions']);
      expect(parseSeTags('|neural-networks|definitions|')).toEqual(['neural-networks', 'definitions']);
      expect(parseSeTags('')).toEqual([]);
      expect(parseSeTags(null)).toEqual([]);
      expect(threadTags('|a|B|a|c#|d|e|f|')).toEqual(['a', 'b', 'c#', 'd', 'e']);
      expect(threadTags('<Lead Routing><café>')).toEqual(['lead-routing', 'cafe']);
      // Stack Exchange allows 35 characters; ours stop at 30, and a cut tag would be another tag.
      expect(threadTags(`|${'x'.repeat(35)}|api|`)).toEqual(['api']);
    });

    it('pads short titles, names empty ones and cuts long ones to 200 characters', () => {
      expect(threadTitle('  How   does noise affect generalization? ')).toBe('How does noise affect generalization?');
      expect(threadTitle('Why?')).toBe('Why? (question)');
      expect(threadTitle('')).toBe('Untitled question');
      expect(threadTitle(null)).toBe('Untitled question');
      const long = threadTitle('word '.repeat(100));
      expect(long.length).toBeLessThanOrEqual(200);
      expect(long.endsWith('word…')).toBe(true);
      for (const t of ['a', 'abcdefg', 'x'.repeat(500)]) expect(threadTitle(t).length).toBeGreaterThanOrEqual(8);
    });

    it('keeps bodies as they are up to 50,000 characters, cuts longer ones, and rejects empty ones', () => {
      expect(bodySource('<p>hi</p>')).toEqual({ source: '<p>hi</p>', truncated: false });
      expect(bodySource('  \n ')).toBeNull();
      const long = bodySource('x'.repeat(49_999) + '😀' + 'y');
      expect(long).toEqual({ source: 'x'.repeat(49_999), truncated: true });
      expect(bodySource('a\u0000b')?.source).toBe('ab');
    });

    it('trims display names to 60 characters, with a fallback for blank ones', () => {
      expect(displayNameFor('  Ada   Lovelace ', 'user1')).toBe('Ada Lovelace');
      expect(displayNameFor('   ', 'user7')).toBe('user7');
      expect(displayNameFor('n'.repeat(80), 'user1')).toHaveLength(60);
    });
  });

  describe('the site', () => {
    it('becomes a forum named after its folder', () => {
      expect(forumPlan('bicycles-meta')).toEqual({
        key: 'se:bicycles-meta',
        slug: 'bicycles-meta',
        name: 'Bicycles Meta',
        description: 'Imported from bicycles.meta.stackexchange.com — content by its authors, CC BY-SA',
        productArea: 'Imported',
      });
      expect(siteName('cardano')).toBe('Cardano');
      expect(siteName('ai')).toBe('AI');
      expect(siteHost('cardano')).toBe('cardano.stackexchange.com');
      expect(siteSlug('Café_Meta!')).toBe('cafe-meta');
      expect(slugCandidates('cardano').slice(0, 3)).toEqual(['cardano', 'cardano-se', 'cardano-se-2']);
    });
  });

  describe('handles', () => {
    const account = (key: string, displayName: string, handleSuffix: string): AccountPlan => ({ key, displayName, handleSuffix, createdAt: null });

    it('offers valid candidates: the derived handle, then -<id>, then numbered', () => {
      expect(handleCandidates('Ada Lovelace', '42').slice(0, 3)).toEqual(['ada-lovelace', 'ada-lovelace-42', 'ada-lovelace-42-2']);
      for (const h of handleCandidates('李', 'm1')) expect(h).toMatch(HANDLE);
      for (const h of handleCandidates('A'.repeat(60), '123456789012')) expect(h).toMatch(HANDLE);
    });

    it('makes handles unique against the database and within the site', () => {
      const taken = new Set(['ada']);
      const handles = assignHandles(
        [account('k1', 'Ada', '1'), account('k2', 'Ada', '2'), account('k3', 'Bob', '3'), account('k4', 'bob', '4'), account('k5', '李', '5')],
        taken,
      );
      expect([...handles.values()]).toEqual(['ada-1', 'ada-2', 'bob', 'bob-4', 'user']);
      expect(taken.has('bob-4')).toBe(true);
    });
  });

  describe('reply numbering', () => {
    it('numbers a new thread 2.. and appends to an existing one after its last post number', () => {
      expect([...numberReplies(['a', 'b', 'c'], 1)]).toEqual([
        ['a', 2],
        ['b', 3],
        ['c', 4],
      ]);
      expect([...numberReplies(['d'], 7)]).toEqual([['d', 8]]);
    });
  });

  describe('planSite', () => {
    const site = (posts: SePost[], users: SeSite['users'] = null): SeSite => ({ folder: 'tiny', path: '/x/tiny', posts, users, otherPostTypes: 2 });

    it('orders answers by CreationDate, then Id, and keeps the accepted answer', () => {
      const plan = planSite(
        site(
          [
            post({ id: 1, postTypeId: 1, title: 'A real question', acceptedAnswerId: 3, ownerUserId: 8 }),
            post({ id: 3, postTypeId: 2, parentId: 1, creationDate: '2020-01-03T00:00:00' }),
            post({ id: 2, postTypeId: 2, parentId: 1, creationDate: '2020-01-02T00:00:00' }),
            post({ id: 4, postTypeId: 2, parentId: 1, creationDate: '2020-01-02T00:00:00' }),
          ],
          [{ id: 8, displayName: 'Ada', creationDate: '2019-05-05T00:00:00' }],
        ),
      );
      expect(plan.threads).toHaveLength(1);
      const [thread] = plan.threads;
      expect(thread.key).toBe('se:tiny:q:1');
      expect(thread.answers.map((a) => a.key)).toEqual(['se:tiny:a:2', 'se:tiny:a:4', 'se:tiny:a:3']);
      expect(thread.acceptedKey).toBe('se:tiny:a:3');
      expect(thread.authorKey).toBe('se:tiny:user:8');
      expect(plan.skips.otherPostTypes).toBe(2);
    });

    it('skips answers without a question, empty bodies, and accepted answers that were not imported', () => {
      const plan = planSite(
        site([
          post({ id: 1, postTypeId: 1, title: 'Question one', acceptedAnswerId: 9 }),
          post({ id: 2, postTypeId: 1, title: 'Question two', acceptedAnswerId: 3 }),
          post({ id: 3, postTypeId: 2, parentId: 2, body: '   ' }),
          post({ id: 4, postTypeId: 2, parentId: 77 }),
          post({ id: 5, postTypeId: 1, title: 'Empty question', body: '' }),
          post({ id: 6, postTypeId: 2, parentId: 5 }),
        ]),
      );
      expect(plan.threads.map((t) => t.key)).toEqual(['se:tiny:q:1', 'se:tiny:q:2']);
      expect(plan.threads.every((t) => t.acceptedKey === null && t.answers.length === 0)).toBe(true);
      expect(plan.skips).toMatchObject({ emptyBodies: 2, orphanAnswers: 2, acceptedMissing: 2 });
    });

    it('creates listed users, stand-ins for unlisted ids, accounts per display name, and one community account', () => {
      const plan = planSite(
        site(
          [
            post({ id: 1, postTypeId: 1, title: 'Question one', ownerUserId: 8 }),
            post({ id: 2, postTypeId: 2, parentId: 1, ownerUserId: 99, ownerDisplayName: 'Gone Person', creationDate: '2020-02-01T00:00:00' }),
            post({ id: 3, postTypeId: 2, parentId: 1, ownerUserId: 99, creationDate: '2020-01-15T00:00:00' }),
            post({ id: 4, postTypeId: 2, parentId: 1, ownerDisplayName: ' Anon ' }),
            post({ id: 5, postTypeId: 2, parentId: 1 }),
            post({ id: 6, postTypeId: 2, parentId: 1 }),
          ],
          [
            { id: 8, displayName: '  ', creationDate: '2019-05-05T00:00:00' },
            { id: 10, displayName: 'Lurker', creationDate: null },
          ],
        ),
      );
      expect(plan.accounts.map((a) => [a.key, a.displayName])).toEqual([
        ['se:tiny:user:8', 'user8'],
        ['se:tiny:user:10', 'Lurker'],
        ['se:tiny:user:99', 'Gone Person'],
        ['se:tiny:user:unknown:Anon', 'Anon'],
        [`se:tiny:user:unknown:${COMMUNITY_NAME}`, COMMUNITY_NAME],
      ]);
      expect(plan.accounts[0].createdAt?.toISOString()).toBe('2019-05-05T00:00:00.000Z');
      // A stand-in exists as of its first post in the dump.
      expect(plan.accounts[2].createdAt?.toISOString()).toBe('2020-01-15T00:00:00.000Z');
      const answers = plan.threads[0].answers;
      expect(answers.filter((a) => a.authorKey === `se:tiny:user:unknown:${COMMUNITY_NAME}`)).toHaveLength(2);
    });
  });
});
