import { createForum, createGroup, createThread, createUser, makeForumPrivate, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Attacks on the signed-out read cache (server/src/platform/read-cache): what it keeps never reaches the wrong reader. */
describe('the read cache never shows a reader what they may not see', () => {
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let groupie: TestUser;

  const THREAD = `query ThreadPage($id: ID!) { thread(id: $id) { id title viewerCanReply posts(first: 20) { nodes { bodyHtml } } } }`;

  async function post(body: unknown, cookie?: string) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    return { cache: res.headers.get('x-read-cache'), ...json };
  }

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    member = await createUser(t);
    groupie = await createUser(t);
  });
  afterAll(() => t?.close());

  it('a forum made private after its thread was cached: the next signed-out reader gets NOT_FOUND', async () => {
    const forum = await createForum(staff, { name: 'Soon private' });
    const thread = await createThread(member, forum.id, { title: 'Pricing for resellers' });
    await waitForSearchSync(t);
    const body = { query: THREAD, variables: { id: thread.id } };
    await post(body);
    expect((await post(body)).cache).toBe('hit');

    const group = await createGroup(staff, { policy: 'OPEN' });
    await makeForumPrivate(staff, forum.id, group.id);
    const after = await post(body);
    expect(after.cache).toBeNull();
    expect(after.data?.thread ?? null).toBeNull();
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("a group member's answer is never kept for signed-out readers, nor served to them", async () => {
    const group = await createGroup(staff, { policy: 'OPEN' });
    await groupie.client.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group.id });
    const forum = await createForum(staff, { name: 'Members only' });
    await makeForumPrivate(staff, forum.id, group.id);
    const thread = await createThread(groupie, forum.id, { title: 'Our renewal discount' });
    const body = { query: THREAD, variables: { id: thread.id } };

    const seen = await post(body, groupie.client.cookie!);
    expect(seen.data.thread.title).toBe('Our renewal discount');
    for (let i = 0; i < 2; i++) {
      const anonymous = await post(body);
      expect(anonymous.cache).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('a forged or expired session cookie is answered fresh, as a signed-out reader, never from the cache', async () => {
    const forum = await createForum(staff, { name: 'Open forum' });
    const thread = await createThread(member, forum.id, { title: 'Webhook retries' });
    await waitForSearchSync(t);
    const body = { query: THREAD, variables: { id: thread.id } };
    await post(body);
    expect((await post(body)).cache).toBe('hit');
    const forged = await post(body, 'tl_session=forged-token-value');
    expect(forged.cache).toBeNull();
    expect(forged.data.thread.viewerCanReply).toBe(false);
  });

  it('the same document with other variables, or another operation name, is its own entry', async () => {
    const forum = await createForum(staff, { name: 'Two threads' });
    const a = await createThread(member, forum.id, { title: 'Thread A' });
    const b = await createThread(member, forum.id, { title: 'Thread B' });
    await post({ query: THREAD, variables: { id: a.id } });
    expect((await post({ query: THREAD, variables: { id: a.id } })).data.thread.title).toBe('Thread A');
    const other = await post({ query: THREAD, variables: { id: b.id } });
    expect(other.cache).toBeNull();
    expect(other.data.thread.title).toBe('Thread B');
    const renamed = await post({ query: THREAD, variables: { id: a.id }, operationName: 'ThreadPage' });
    expect(renamed.cache).toBeNull();
    expect(renamed.data.thread.title).toBe('Thread A');
  });

  it('a GET query (no JSON body) is not answered from the cache and still meets the CSRF rule', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ forums { id } }')}`);
    expect(res.headers.get('x-read-cache')).toBeNull();
    expect(res.status).toBe(400);
  });
});
