import { randomUUID } from 'node:crypto';
import { SearchSyncService } from '../../server/src/modules/search/search-sync.service';
import { createForum, createGroup, createThread, createUser, makeForumPrivate, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const SEARCH = `query($q: String!, $filters: SearchFiltersInput, $first: Int, $after: String) {
  search(query: $q, filters: $filters, first: $first, after: $after) { hits { thread { id } } pageInfo { endCursor } facets { forums { forum { id } } tags { tag } } }
}`;

/** Search attacked: the filter, cursors, sizes, aliases and a stale index must never widen what a person sees. */
describe('search under attack', () => {
  let t: TestApp;
  let staff: TestUser;
  let outsider: TestUser;
  let group: { id: string };
  let secret: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING });
    staff = await createUser(t, { roles: ['STAFF'] });
    outsider = await createUser(t);
    group = await createGroup(staff, { name: 'Vault Keepers' });
    const vault = await createForum(staff, { name: 'The vault', groupId: group.id });
    secret = await createThread(staff, vault.id, { title: 'Vault combination lives here', tags: ['vault'] });
    await createThread(staff, (await createForum(staff, { name: 'Lobby' })).id, { title: 'Lobby opening hours', tags: ['lobby'] });
    await waitForSearchSync(t);
  });
  afterAll(() => t.close());

  it('keeps quotes, brackets and filter keywords inside a tag or forum value: the scope is never widened', async () => {
    const attempts = [
      `vault" OR visibility = "group:${group.id}`,
      `x") OR (visibility EXISTS`,
      `vault\\" OR visibility IN ["group:${group.id}"] OR tags = \\"x`,
      `] OR visibility != "none`,
    ];
    for (const tag of attempts) {
      const r = await outsider.client.ok(SEARCH, { q: 'vault', filters: { tags: [tag] } });
      expect(r.search.hits).toEqual([]);
    }
    const plain = await outsider.client.ok(SEARCH, { q: 'vault' });
    expect(plain.search.hits).toEqual([]);
    expect(plain.search.facets).toEqual({ forums: [], tags: [] });
    expect((await staff.client.ok(SEARCH, { q: 'vault' })).search.hits).toEqual([{ thread: { id: secret.id } }]);
  });

  it('refuses a forum filter that is not an id, naming the field', async () => {
    const err = await outsider.client.error(SEARCH, { q: 'x', filters: { forum: '" OR 1 = 1' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.forum' });
  });

  it('refuses doctored cursors and out-of-range page sizes instead of guessing', async () => {
    for (const after of ['bm90IG91cnM', Buffer.from('s:5000').toString('base64url'), Buffer.from('s:-3').toString('base64url'), 'x'.repeat(200)]) {
      expect((await outsider.client.error(SEARCH, { q: 'lobby', after })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const first of [0, 51, -1]) {
      expect((await outsider.client.error(SEARCH, { q: 'lobby', first })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('clips long queries and bodies, and refuses what no person would type', async () => {
    const long = 'lobby '.repeat(1666);
    expect((await outsider.client.ok(`query($q: String!) { search(query: $q) { query } }`, { q: long })).search.query.length).toBeLessThanOrEqual(200);
    const huge = await outsider.client.error(`query($q: String!) { search(query: $q) { query } }`, { q: 'x'.repeat(10_001) });
    expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const r = await outsider.client.ok(`query($t: String!, $b: String) { similarThreads(title: $t, body: $b) { thread { id } } }`, {
      t: words(100),
      b: words(5000),
    });
    expect(r.similarThreads).toEqual([]);
    const hugeTitle = await outsider.client.error(`query($t: String!) { similarThreads(title: $t) { thread { id } } }`, { t: words(5000) });
    expect(hugeTitle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const invisible = await outsider.client.ok(`query($q: String!) { search(query: $q) { query hits { thread { id } } } }`, { q: '\u200b\u200b\u2060 \u00a0' });
    expect(invisible.search.query).toBe('');
    const badTag = await outsider.client.error(SEARCH, { q: 'x', filters: { tags: ['日本語'] } });
    expect(badTag.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.tags' });
  });

  it('limits searches per person per minute, and says when to retry', async () => {
    const limited = await createUser(t);
    let refusal;
    for (let i = 0; i < 241 && !refusal; i++) {
      const res = await limited.client.request(`{ search(query: "lobby", first: 1) { query } }`);
      if (res.errors?.length) refusal = res.errors[0];
    }
    expect(refusal?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refusal?.message).toMatch(/^Too many searches\. Try again in \d+ seconds?\.$/);
  });

  it('allows similarThreads once and search twice per operation, whatever the aliases', async () => {
    const similar = await outsider.client.error(
      `{ a: similarThreads(title: "lobby hours") { thread { id } } b: similarThreads(title: "lobby") { thread { id } } }`,
    );
    expect(similar.extensions?.code).toBe('BAD_USER_INPUT');
    const search = await outsider.client.error(`{ a: search(query: "a") { query } b: search(query: "b") { query } c: search(query: "c") { query } }`);
    expect(search.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never shows a thread whose forum turned private before the index caught up (PostgreSQL checks every hit)', async () => {
    const quiet = await startTestApp({ ...UNLIMITED_POSTING, SEARCH_SYNC: '0' });
    try {
      const admin = await createUser(quiet, { roles: ['STAFF'] });
      const reader = await createUser(quiet);
      const forum = await createForum(admin, { name: 'Soon private' });
      const thread = await createThread(admin, forum.id, { title: 'Stale index zebra', tags: ['zebra-secret'] });
      const sync = quiet.app.get(SearchSyncService);
      while ((await sync.drainBatch()) > 0);
      const q = `{ search(query: "zebra") { hits { thread { id } } estimatedTotal facets { tags { tag } solved unsolved } } similarThreads(title: "Stale index zebra") { thread { id } } }`;
      expect((await reader.client.ok(q)).search.hits).toEqual([{ thread: { id: thread.id } }]);
      await makeForumPrivate(admin, forum.id, (await createGroup(admin, { name: 'Zebra keepers' })).id);
      // The worker has not run: the index still says public. The answer must not.
      const [{ n }] = await quiet.db.query(`SELECT count(*)::int AS n FROM outbox`);
      expect(n).toBeGreaterThan(0);
      const stale = await reader.client.ok(q);
      expect(stale.search).toEqual({ hits: [], estimatedTotal: 0, facets: { tags: [], solved: 0, unsolved: 0 } });
      expect(stale.similarThreads).toEqual([]);

      // A hidden thread still in the lagging index: dropped from its page, and the next page starts after it.
      const lab = await createForum(admin, { name: 'Paging lab' });
      const made = [];
      for (const n of ['first', 'second', 'third']) made.push(await createThread(admin, lab.id, { title: `Quagga paging ${n} thread` }));
      while ((await sync.drainBatch()) > 0);
      const moderator = await createUser(quiet, { roles: ['MODERATOR'] });
      await moderator.client.ok(`mutation($input: ModerateThreadInput!) { moderateThread(input: $input) { id } }`, {
        input: { threadId: made[2].id, action: 'HIDE', reason: 'Spam' },
      });
      const PAGE = `query($after: String) { search(query: "quagga", sort: NEWEST, first: 1, after: $after) { hits { thread { id } } pageInfo { hasNextPage endCursor } } }`;
      const first = (await reader.client.ok(PAGE)).search;
      expect(first.hits).toEqual([]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await reader.client.ok(PAGE, { after: first.pageInfo.endCursor })).search;
      expect(second.hits).toEqual([{ thread: { id: made[1].id } }]);
      const third = (await reader.client.ok(PAGE, { after: second.pageInfo.endCursor })).search;
      expect(third.hits).toEqual([{ thread: { id: made[0].id } }]);
      expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    } finally {
      await quiet.close();
    }
  });

  it('caps composer events per session, and a session cannot be written by someone else', async () => {
    const session = randomUUID();
    const RECORD = `mutation($input: ComposerEventInput!) { recordComposerEvent(input: $input) }`;
    await t.db.query(`INSERT INTO composer_events (session_id, user_id, kind) SELECT $1, $2, 'SUGGESTIONS_SHOWN' FROM generate_series(1, 200)`, [
      session,
      outsider.id,
    ]);
    expect((await outsider.client.ok(RECORD, { input: { sessionId: session, kind: 'POSTED_ANYWAY' } })).recordComposerEvent).toBe(false);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM composer_events WHERE session_id = $1`, [session]);
    expect(n).toBe(200);
    const err = await staff.client.error(RECORD, { input: { sessionId: session, kind: 'POSTED_ANYWAY' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    const bad = await outsider.client.error(RECORD, { input: { sessionId: 'not-a-uuid', kind: 'POSTED_ANYWAY' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
  });
});
