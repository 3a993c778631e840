import { randomUUID } from 'node:crypto';
import { SearchEngine } from '../../server/src/modules/search/search-engine.service';
import { SearchReindexService } from '../../server/src/modules/search/search-reindex.service';
import { createForum, createGroup, createThread, createUser, makeForumPrivate, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const SEARCH = `query($q: String!, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $q, filters: $filters, sort: $sort, first: $first, after: $after) {
    query estimatedTotal processingTimeMs
    hits { thread { id title isSolved hasStaffAnswer } titleHtml snippetHtml snippetSource }
    pageInfo { hasNextPage endCursor }
    facets { forums { forum { id } count } tags { tag count } solved unsolved }
  }
}`;
const SIMILAR = `query($title: String!, $body: String) { similarThreads(title: $title, body: $body) { thread { id } } }`;
const ACCEPT = `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`;

/**
 * Search against the real Meilisearch, fed by the real outbox worker: what is indexed, how the read scope filters
 * it, filters and pages, snippets, and the index kept in step with hides, moves and private forums.
 */
describe('search', () => {
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let forum: { id: string };
  let other: { id: string };

  const ids = (r: any) => r.search.hits.map((h: any) => h.thread.id);
  async function search(user: TestUser | null, q: string, extra: Record<string, unknown> = {}) {
    return (user?.client ?? t.client()).ok(SEARCH, { q, ...extra });
  }

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING });
    staff = await createUser(t, { roles: ['STAFF'] });
    admin = await createUser(t, { roles: ['ADMIN'] });
    member = await createUser(t);
    outsider = await createUser(t);
    forum = await createForum(staff, { name: 'Webhooks and delivery' });
    other = await createForum(staff, { name: 'Billing questions' });
  });
  afterAll(() => t.close());

  it('finds a new thread by a word of its title, its accepted answer or a reply, with the match marked', async () => {
    const thread = await createThread(member, forum.id, { title: 'Webhook retries stop after midnight', body: 'Our endpoint sees no retries at night.' });
    const answer = await reply(staff, thread.id, 'Raise the **backoff ceiling** in the delivery settings.');
    await member.client.ok(ACCEPT, { id: answer.id });
    await reply(outsider, thread.id, 'Same here with the zeppelin integration.');
    await waitForSearchSync(t);

    const byTitle = await search(null, 'midnight');
    expect(ids(byTitle)).toEqual([thread.id]);
    expect(byTitle.search.hits[0].titleHtml).toBe('Webhook retries stop after <mark>midnight</mark>');
    expect(byTitle.search.hits[0].thread).toMatchObject({ isSolved: true, hasStaffAnswer: true });

    const byAnswer = await search(null, 'ceiling');
    expect(ids(byAnswer)).toEqual([thread.id]);
    expect(byAnswer.search.hits[0].snippetSource).toBe('ACCEPTED_ANSWER');
    expect(byAnswer.search.hits[0].snippetHtml).toContain('backoff <mark>ceiling</mark>');

    const byReply = await search(null, 'zeppelin');
    expect(ids(byReply)).toEqual([thread.id]);
    expect(byReply.search.hits[0].snippetSource).toBe('REPLY');
  });

  it('finds the newest reply of a long thread (a document keeps the most helpful and the newest replies)', async () => {
    const thread = await createThread(member, forum.id, { title: 'A long thread about retries' });
    for (let i = 0; i < 35; i++) await reply(outsider, thread.id, `Filler reply number ${i} about nothing much.`);
    await reply(staff, thread.id, 'The fix is the wombat setting.');
    await waitForSearchSync(t);
    expect(ids(await search(null, 'wombat'))).toEqual([thread.id]);
  });

  it('escapes whatever the text holds: a snippet has no element but <mark>', async () => {
    const thread = await createThread(member, forum.id, {
      title: 'Quoting markup in a question about quokka',
      body: 'The page shows `<img src=x onerror=alert(1)>` and <b>bold</b> &amp; a quokka.',
    });
    await waitForSearchSync(t);
    const r = await search(null, 'quokka');
    expect(ids(r)).toEqual([thread.id]);
    const html = r.search.hits[0].snippetHtml + r.search.hits[0].titleHtml;
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it("keeps a group's private forum to its members, staff and admins; leaving the group removes it on the next request", async () => {
    const group = await createGroup(staff, { name: 'Search Secret Circle', owner: member });
    const privateForum = await createForum(staff, { name: 'Circle room', groupId: group.id });
    const secret = await createThread(member, privateForum.id, { title: 'Our xylophone rollout plan', body: 'Only for the circle.' });
    const joiner = await createUser(t);
    await joiner.client.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: group.id });
    await waitForSearchSync(t);

    for (const reader of [member, joiner, staff, admin]) expect(ids(await search(reader, 'xylophone'))).toEqual([secret.id]);
    for (const other of [null, outsider]) {
      const r = await search(other, 'xylophone');
      expect(r.search.hits).toEqual([]);
      expect(r.search.facets.forums).toEqual([]);
      expect(r.search.estimatedTotal).toBe(0);
    }
    expect((await outsider.client.ok(SIMILAR, { title: 'Our xylophone rollout plan' })).similarThreads).toEqual([]);

    await joiner.client.ok(`mutation($id: ID!) { leaveGroup(groupId: $id) }`, { id: group.id });
    expect(ids(await search(joiner, 'xylophone'))).toEqual([]);
  });

  it('takes a hidden thread out at once, a moved one to its new forum, and a forum made private away from outsiders', async () => {
    const hideMe = await createThread(member, forum.id, { title: 'Walrus sync misses contacts' });
    const moveMe = await createThread(member, forum.id, { title: 'Narwhal import drops rows' });
    await waitForSearchSync(t);
    expect(ids(await search(outsider, 'walrus'))).toEqual([hideMe.id]);

    const moderator = await createUser(t, { roles: ['MODERATOR'] });
    await moderator.client.ok(`mutation($input: ModerateThreadInput!) { moderateThread(input: $input) { id } }`, {
      input: { threadId: hideMe.id, action: 'HIDE', reason: 'Spam' },
    });
    await moderator.client.ok(`mutation($input: MoveThreadInput!) { moveThread(input: $input) { id } }`, {
      input: { threadId: moveMe.id, forumId: other.id, reason: 'Billing topic' },
    });
    await waitForSearchSync(t);
    expect(ids(await search(moderator, 'walrus'))).toEqual([]);
    expect(ids(await search(outsider, 'narwhal', { filters: { forum: other.id } }))).toEqual([moveMe.id]);
    expect(ids(await search(outsider, 'narwhal', { filters: { forum: forum.id } }))).toEqual([]);

    const group = await createGroup(staff, { name: 'Billing Insiders' });
    await makeForumPrivate(staff, other.id, group.id);
    await waitForSearchSync(t);
    expect(ids(await search(outsider, 'narwhal'))).toEqual([]);
    expect(ids(await search(staff, 'narwhal'))).toEqual([moveMe.id]);
  });

  it('filters by forum, tags, solved and staff answer, sorts, and pages with a cursor', async () => {
    const f = await createForum(staff, { name: 'Pagination lab' });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await createThread(member, f.id, { title: `Platypus question number ${i + 1}`, tags: i % 2 ? ['odd-one'] : ['even-one'] })).id);
    }
    await reply(staff, made[4], 'Staff says hello to the platypus.');
    await waitForSearchSync(t);

    const newest = await search(outsider, 'platypus', { sort: 'NEWEST', first: 2, filters: { forum: f.id } });
    expect(ids(newest)).toEqual([made[4], made[3]]);
    expect(newest.search.pageInfo.hasNextPage).toBe(true);
    const next = await search(outsider, 'platypus', { sort: 'NEWEST', first: 2, filters: { forum: f.id }, after: newest.search.pageInfo.endCursor });
    expect(ids(next)).toEqual([made[2], made[1]]);
    const last = await search(outsider, 'platypus', { sort: 'NEWEST', first: 2, filters: { forum: f.id }, after: next.search.pageInfo.endCursor });
    expect(ids(last)).toEqual([made[0]]);
    expect(last.search.pageInfo).toEqual({ hasNextPage: false, endCursor: null });

    const odd = await search(outsider, 'platypus', { filters: { forum: f.id, tags: ['odd-one'] }, sort: 'NEWEST' });
    expect(ids(odd)).toEqual([made[3], made[1]]);
    expect(odd.search.facets.tags).toEqual([{ tag: 'odd-one', count: 2 }]);
    const staffed = await search(outsider, 'platypus', { filters: { forum: f.id, hasStaffAnswer: true } });
    expect(ids(staffed)).toEqual([made[4]]);
    const solved = await search(outsider, 'platypus', { filters: { forum: f.id, solved: true } });
    expect(ids(solved)).toEqual([]);
    const all = await search(outsider, 'platypus', { filters: { forum: f.id } });
    expect(all.search.facets).toEqual({
      forums: [{ forum: { id: f.id }, count: 5 }],
      tags: [
        { tag: 'even-one', count: 3 },
        { tag: 'odd-one', count: 2 },
      ],
      solved: 0,
      unsolved: 5,
    });
  });

  it('lists the latest threads for an empty query, and clips a 10,000-character one', async () => {
    const f = await createForum(staff, { name: 'Latest lab' });
    const first = await createThread(member, f.id, { title: 'First of the latest lab' });
    const second = await createThread(member, f.id, { title: 'Second of the latest lab' });
    await waitForSearchSync(t);
    expect(ids(await search(outsider, '   ', { filters: { forum: f.id } }))).toEqual([second.id, first.id]);
    const long = await search(outsider, 'lab '.repeat(2500));
    expect(long.search.query.length).toBe(199);
  });

  it('matches error codes and short tokens exactly, and finds Chinese and Japanese words', async () => {
    const f = await createForum(staff, { name: 'Tokens lab' });
    const e403 = await createThread(member, f.id, { title: 'Export fails with error 403', body: 'The SFTP upload is refused.' });
    const e404 = await createThread(member, f.id, { title: 'Export fails with error 404', body: 'The API says the file is gone.' });
    const zh = await createThread(member, f.id, { title: '数据同步失败怎么办', body: '每天晚上同步客户数据时出现错误。' });
    const ja = await createThread(member, f.id, { title: 'ログインできない問題について', body: 'パスワードを変更した後にログインできません。' });
    await waitForSearchSync(t);
    const within = { filters: { forum: f.id } };
    expect(ids(await search(outsider, '403', within))).toEqual([e403.id]);
    expect(ids(await search(outsider, 'SFTP', within))).toEqual([e403.id]);
    expect(ids(await search(outsider, 'sftb', within))).toEqual([]);
    expect(ids(await search(outsider, 'API', within))).toEqual([e404.id]);
    expect(ids(await search(outsider, '同步', within))).toEqual([zh.id]);
    expect(ids(await search(outsider, 'ログイン', within))).toEqual([ja.id]);
  });

  it('applies the synonyms admins set, both ways', async () => {
    const f = await createForum(staff, { name: 'Synonyms lab' });
    const thread = await createThread(member, f.id, { title: 'Single sign-on with Okta keeps looping' });
    await waitForSearchSync(t);
    expect(ids(await search(outsider, 'sso', { filters: { forum: f.id } }))).toEqual([]);
    const saved = await admin.client.ok(
      `mutation($input: SearchSettingsInput!) { updateSearchSettings(input: $input) { synonyms { word synonyms } stopWords applied } }`,
      { input: { synonyms: [{ word: 'SSO', synonyms: ['single sign-on'] }], stopWords: [] } },
    );
    expect(saved.updateSearchSettings).toEqual({
      synonyms: [{ word: 'sso', synonyms: ['single sign-on'] }],
      stopWords: [],
      applied: true,
    });
    expect(ids(await search(outsider, 'sso', { filters: { forum: f.id } }))).toEqual([thread.id]);
    // Asked of Meilisearch itself, so any instance answers the same.
    expect((await admin.client.ok(`{ searchSettings { applied stopWords } }`)).searchSettings).toEqual({ applied: true, stopWords: [] });
    await admin.client.ok(`mutation { updateSearchSettings(input: { synonyms: [], stopWords: [] }) { applied } }`);
  });

  it('tells staff how far the index is behind, and rebuilds it into a fresh index swapped in atomically', async () => {
    await waitForSearchSync(t);
    const status = await staff.client.ok(`{ searchIndexStatus { available pendingEvents lagSeconds appliedLagP95Ms documents } }`);
    expect(status.searchIndexStatus).toMatchObject({ available: true, pendingEvents: 0, lagSeconds: 0 });
    expect(status.searchIndexStatus.appliedLagP95Ms).toBeGreaterThanOrEqual(0);

    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM threads WHERE hidden_at IS NULL`);
    expect(status.searchIndexStatus.documents).toBe(n);
    const result = await t.app.get(SearchReindexService).reindex();
    expect(result.documents).toBe(n);
    const engine = t.app.get(SearchEngine);
    expect(await engine.documentCount()).toBe(n);
    expect(ids(await search(outsider, 'midnight'))).toHaveLength(1);
  });

  it('serves index metrics to loopback scrapers', async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^threadline_search_index_lag_seconds \d/m);
    expect(text).toMatch(/^threadline_search_outbox_pending \d+$/m);
    const proxied = await fetch(`${t.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(proxied.status).toBe(404);
  });

  it("records a composer session's events, keeping only threads the person may see", async () => {
    const session = randomUUID();
    const visible = await createThread(member, forum.id, { title: 'Composer event target thread' });
    const group = await createGroup(staff, { name: 'Composer secret group' });
    const hidden = await createThread(staff, (await createForum(staff, { groupId: group.id })).id, { title: 'Composer secret thread here' });
    const RECORD = `mutation($input: ComposerEventInput!) { recordComposerEvent(input: $input) }`;
    await outsider.client.ok(RECORD, { input: { sessionId: session, kind: 'SUGGESTIONS_SHOWN', forumId: forum.id, threadIds: [visible.id, hidden.id] } });
    await outsider.client.ok(RECORD, { input: { sessionId: session, kind: 'RESOLVED_BY_SUGGESTION', threadIds: [visible.id] } });
    const rows = await t.db.query(`SELECT kind, thread_ids AS "threadIds", forum_id AS "forumId" FROM composer_events WHERE session_id = $1 ORDER BY id`, [
      session,
    ]);
    expect(rows).toEqual([
      { kind: 'SUGGESTIONS_SHOWN', threadIds: [visible.id], forumId: forum.id },
      { kind: 'RESOLVED_BY_SUGGESTION', threadIds: [visible.id], forumId: null },
    ]);
    const theft = await member.client.error(RECORD, { input: { sessionId: session, kind: 'POSTED_ANYWAY' } });
    expect(theft.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect((await t.client().error(RECORD, { input: { sessionId: randomUUID(), kind: 'POSTED_ANYWAY' } })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
