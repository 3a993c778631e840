import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const PAGE = `query($id: ID!, $first: Int, $after: String, $before: String, $around: Int) {
  thread(id: $id) {
    posts(first: $first, after: $after, before: $before, aroundPostNumber: $around) {
      totalCount
      edges { cursor node { postNumber isHidden } }
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
    }
  }
}`;

interface Page {
  numbers: number[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Deep links to `/t/<id>#post-n` on long threads (issue 11): the page holding reply n, and cursors both ways from it.
describe('pages of replies around a post number', () => {
  let t: TestApp;
  let moderator: TestUser;
  let threadId: string;

  async function page(client: TestUser['client'] | ReturnType<TestApp['client']>, vars: Record<string, unknown>): Promise<Page> {
    const { thread } = await client.ok(PAGE, { id: threadId, ...vars });
    return { numbers: thread.posts.edges.map((e: { node: { postNumber: number } }) => e.node.postNumber), pageInfo: thread.posts.pageInfo };
  }

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    const staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    const asker = await createUser(t);
    const answerer = await createUser(t);
    const forum = await createForum(staff, { name: 'Long threads', slug: 'long-threads' });
    threadId = (await createThread(asker, forum.id)).id;
    // 60 replies: post numbers 2 to 61.
    for (let i = 0; i < 60; i++) await reply(i % 2 ? asker : answerer, threadId, `Reply number ${i + 2} with enough words to pass.`);
  }, 120_000);
  afterAll(() => t.close());

  it('returns the page that holds reply 45, with cursors that continue both ways', async () => {
    const around = await page(t.client(), { around: 45 });
    expect(around.numbers).toEqual(range(39, 58));
    expect(around.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const earlier = await page(t.client(), { before: around.pageInfo.startCursor });
    expect(earlier.numbers).toEqual(range(19, 38));
    expect(earlier.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const first = await page(t.client(), { before: earlier.pageInfo.startCursor });
    expect(first.numbers).toEqual(range(2, 18));
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    const later = await page(t.client(), { after: around.pageInfo.endCursor });
    expect(later.numbers).toEqual(range(59, 61));
    expect(later.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('fills the page from before a reply near the end, and answers the last page past it', async () => {
    expect((await page(t.client(), { around: 60 })).numbers).toEqual(range(42, 61));
    const past = await page(t.client(), { around: 500 });
    expect(past.numbers).toEqual(range(42, 61));
    expect(past.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const start = await page(t.client(), { around: 2, first: 5 });
    expect(start.numbers).toEqual(range(2, 6));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('leaves hidden replies to the read scope: moderators see them in the window, others the replies around them', async () => {
    const { thread } = await t.client().ok(`query($id: ID!) { thread(id: $id) { posts(aroundPostNumber: 45, first: 1) { nodes { id } } } }`, { id: threadId });
    await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { id } }`, {
      p: thread.posts.nodes[0].id,
    });

    const forModerator = await page(moderator.client, { around: 45, first: 3 });
    expect(forModerator.numbers).toEqual([44, 45, 46]);
    const forVisitor = await page(t.client(), { around: 45, first: 3 });
    expect(forVisitor.numbers).toEqual([44, 46, 47]);
    const earlier = await page(t.client(), { before: forVisitor.pageInfo.endCursor, first: 3 });
    expect(earlier.numbers).toEqual([43, 44, 46]);
  });

  it('refuses bad numbers and mixed placements as BAD_USER_INPUT naming the argument', async () => {
    for (const around of [0, -3]) {
      expect((await t.client().error(PAGE, { id: threadId, around })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'aroundPostNumber',
      });
    }
    expect((await t.client().error(PAGE, { id: threadId, around: 2 ** 31 })).extensions?.code).toBe('BAD_USER_INPUT');
    const { pageInfo } = await page(t.client(), {});
    expect((await t.client().error(PAGE, { id: threadId, around: 45, after: pageInfo.endCursor })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'aroundPostNumber',
    });
    expect((await t.client().error(PAGE, { id: threadId, before: pageInfo.endCursor, after: pageInfo.endCursor })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    const forged = Buffer.from(JSON.stringify(['1; select'])).toString('base64url');
    expect((await t.client().error(PAGE, { id: threadId, before: forged })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'before' });
  });
});
