import { createForum, createGroup, createThread, createUser, makeForumPrivate, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Attacks on the rows that query requests share at one content version (server/src/platform/read-cache/shared-rows.ts):
 * a row one viewer's request loaded is served to the next viewer's request, so who may see it must still be decided
 * per request, and a page of replies one viewer may see must never be handed to another.
 */
describe('rows shared between requests never show a viewer what they may not see', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let author: TestUser;
  let reader: TestUser;

  const PAGE = `query($id: ID!) { thread(id: $id) { id title posts(first: 20) { totalCount nodes { id postNumber bodyHtml isHidden } } } }`;

  const pageOf = async (user: TestUser | null, threadId: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(user ? { cookie: user.client.cookie! } : {}) },
      body: JSON.stringify({ query: PAGE, variables: { id: threadId } }),
    });
    return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const numbers = (page: { data?: any }) => page.data.thread.posts.nodes.map((n: { postNumber: number }) => n.postNumber);

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    author = await createUser(t);
    reader = await createUser(t);
  });
  afterAll(() => t?.close());

  /** A thread with three replies, the second by `author` and hidden by a moderator; the outbox drained after it. */
  async function threadWithHiddenReply() {
    const forum = await createForum(staff);
    const thread = await createThread(reader, forum.id, { title: 'Exporting invoices as CSV' });
    await reply(reader, thread.id, 'First reply');
    const hidden = await reply(author, thread.id, 'Buy cheap licenses at example.com');
    await reply(reader, thread.id, 'Third reply');
    await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { id } }`, { p: hidden.id });
    // No write after this point: every read below shares one content version.
    await waitForSearchSync(t);
    return { thread, hidden };
  }

  it("a moderator's page (hidden replies included) is never handed to the member who reads next", async () => {
    const { thread } = await threadWithHiddenReply();
    expect(numbers(await pageOf(moderator, thread.id))).toEqual([2, 3, 4]);
    expect(numbers(await pageOf(reader, thread.id))).toEqual([2, 4]);
    expect(numbers(await pageOf(null, thread.id))).toEqual([2, 4]);
    expect(numbers(await pageOf(moderator, thread.id))).toEqual([2, 3, 4]);
  });

  it('the author of a hidden reply sees it, marked; the public page read before and after holds it for nobody else', async () => {
    const { thread, hidden } = await threadWithHiddenReply();
    expect(numbers(await pageOf(reader, thread.id))).toEqual([2, 4]);
    const own = await pageOf(author, thread.id);
    expect(own.data.thread.posts.nodes.map((n: { id: string; isHidden: boolean }) => [n.id === hidden.id, n.isHidden])).toEqual([
      [false, false],
      [true, true],
      [false, false],
    ]);
    expect(numbers(await pageOf(reader, thread.id))).toEqual([2, 4]);
    expect(numbers(await pageOf(null, thread.id))).toEqual([2, 4]);
  });

  it('a private forum thread a member loaded is still NOT_FOUND for a non-member reading right after', async () => {
    const group = await createGroup(staff, { policy: 'OPEN' });
    const member = await createUser(t);
    await member.client.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group.id });
    const forum = await createForum(staff, { name: 'Members only' });
    await makeForumPrivate(staff, forum.id, group.id);
    const thread = await createThread(member, forum.id, { title: 'Our renewal discount' });
    await reply(member, thread.id, 'Ask for the partner rate');
    await waitForSearchSync(t);

    expect((await pageOf(member, thread.id)).data.thread.title).toBe('Our renewal discount');
    for (const outsider of [reader, null]) {
      const page = await pageOf(outsider, thread.id);
      expect(page.data?.thread ?? null).toBeNull();
      expect(page.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('a signed-in reader sees a change made after the rows were shared at once (the version moved)', async () => {
    const forum = await createForum(staff);
    const thread = await createThread(author, forum.id, { title: 'Webhook retries' });
    await reply(author, thread.id, 'Retries back off exponentially');
    await waitForSearchSync(t);
    expect(numbers(await pageOf(reader, thread.id))).toEqual([2]);
    await reply(author, thread.id, 'And stop after 24 hours');
    expect(numbers(await pageOf(reader, thread.id))).toEqual([2, 3]);
  });
});
