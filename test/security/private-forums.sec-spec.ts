import { createForum, createGroup, createThread, createUser, makeForumPrivate, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * A group-private forum answers NOT_FOUND on every read path to everyone outside it, and lists and counts agree with
 * single lookups, because they all take the same read scope (forums/domain/read-scope.ts).
 */
describe('group-private forums', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let member: TestUser;
  let author: TestUser;
  let forum: { id: string; slug: string };
  let thread: { id: string; openingPostId: string };
  let answer: { id: string };

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    member = await createUser(t);
    author = await createUser(t);
    forum = await createForum(staff);
    thread = await createThread(author, forum.id, { title: 'A question in a private group' });
    answer = await reply(author, thread.id);
    // A group nobody of the readers below belongs to.
    await makeForumPrivate(staff, forum.id, (await createGroup(staff)).id);
  });
  afterAll(() => t.close());

  const reads = {
    forum: `query($slug: String!) { forum(slug: $slug) { id } }`,
    thread: `query($id: ID!) { thread(id: $id) { id } }`,
    post: `query($id: ID!) { post(id: $id) { id } }`,
    list: `{ forums { id } }`,
    profile: `query($h: String!) { user(handle: $h) { postCount recentPosts { id } } }`,
  };

  it('answers NOT_FOUND by slug, thread id and post id to anonymous visitors, members and moderators', async () => {
    for (const client of [t.client(), member.client, moderator.client]) {
      expect((await client.error(reads.forum, { slug: forum.slug })).extensions?.code).toBe('NOT_FOUND');
      expect((await client.error(reads.thread, { id: thread.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await client.error(reads.post, { id: answer.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await client.error(reads.post, { id: thread.openingPostId })).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it("leaves it out of the forum list and of profiles' counts and recent posts for them", async () => {
    for (const client of [t.client(), member.client, moderator.client]) {
      const { forums } = await client.ok(reads.list);
      expect(forums.map((f: { id: string }) => f.id)).not.toContain(forum.id);
      const { user } = await client.ok(reads.profile, { h: author.handle });
      expect(user).toEqual({ postCount: 0, recentPosts: [] });
    }
  });

  it('shows everything to staff, and the counts agree with what they can open', async () => {
    expect((await staff.client.ok(reads.forum, { slug: forum.slug })).forum.id).toBe(forum.id);
    expect((await staff.client.ok(reads.thread, { id: thread.id })).thread.id).toBe(thread.id);
    expect((await staff.client.ok(reads.post, { id: answer.id })).post.id).toBe(answer.id);
    const { forums } = await staff.client.ok(reads.list);
    expect(forums.map((f: { id: string }) => f.id)).toContain(forum.id);
    const { user } = await staff.client.ok(reads.profile, { h: author.handle });
    expect(user.postCount).toBe(2);
    expect(user.recentPosts.map((p: { id: string }) => p.id).sort()).toEqual([answer.id, thread.openingPostId].sort());
  });

  it('refuses to write into it from outside, as if it did not exist', async () => {
    const replyErr = await member.client.error(`mutation($t: ID!) { replyToThread(input: { threadId: $t, body: "hello" }) { id } }`, { t: thread.id });
    expect(replyErr.extensions?.code).toBe('NOT_FOUND');
    const createErr = await member.client.error(
      `mutation($f: ID!) { createThread(input: { forumId: $f, title: "Sneaking into a group", body: "hi" }) { id } }`,
      { f: forum.id },
    );
    expect(createErr.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'forumId' });
  });
});
