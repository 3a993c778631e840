import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import type { GqlError } from '../support/gql-client';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue 6 §3: posting had no flood control (24 replies in a few seconds were all accepted). These run on the real
// defaults: 3 posts a minute for accounts younger than a day, 10 for members, 60 for staff; 20 edits a minute.
const REPLY = `mutation($input: ReplyInput!) { replyToThread(input: $input) { id } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const POSTING_TOO_FAST = /^You're posting too quickly\. Try again in \d+ seconds?\.$/;

describe('flood control for posting (default limits)', () => {
  let t: TestApp;
  let staff: TestUser;
  let forum: { id: string };
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await createUser(t, { roles: ['STAFF'] });
    forum = await createForum(staff);
    threadId = (await createThread(staff, forum.id)).id;
  });
  afterAll(() => t.close());

  /** A member whose account is older than the new-account period. */
  async function member(): Promise<TestUser> {
    const user = await createUser(t);
    await t.db.query(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [user.id]);
    return user;
  }

  const replyAs = (user: TestUser, i: number) => user.client.request(REPLY, { input: { threadId, body: `Reply number ${i}` } });
  const repliesBy = async (user: TestUser) => (await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [user.id]))[0].n as number;
  /** Posts a member may have made in `ms`: a burst of 10, then one every 6 seconds. */
  const memberAllowance = (ms: number) => 10 + Math.floor(ms / 6000);

  it('accepts a burst of 10 of 24 rapid replies from a member and answers the rest RATE_LIMITED with when to retry', async () => {
    const user = await member();
    const started = Date.now();
    const errors: GqlError[] = [];
    let accepted = 0;
    for (let i = 0; i < 24; i++) {
      const res = await replyAs(user, i);
      if (res.errors?.length) errors.push(res.errors[0]);
      else accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(accepted).toBeLessThanOrEqual(memberAllowance(Date.now() - started));
    expect(errors).toHaveLength(24 - accepted);
    for (const err of errors) {
      expect(err.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      expect(err.extensions!.retryAfter).toBeGreaterThanOrEqual(1);
      expect(err.extensions!.retryAfter).toBeLessThanOrEqual(6);
      expect(err.message).toMatch(POSTING_TOO_FAST);
      expect(err.message).toContain(`${err.extensions!.retryAfter} second`);
    }
    expect(await repliesBy(user)).toBe(accepted);
  });

  it('lets no concurrent burst exceed the limit', async () => {
    const user = await member();
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => replyAs(user, i)));
    const elapsed = Date.now() - started;
    const accepted = results.filter((r) => !r.errors?.length).length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(memberAllowance(elapsed));
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(24 - accepted);
    expect(await repliesBy(user)).toBe(accepted);
  });

  it('gives an account younger than a day 3 posts a minute, threads and replies together', async () => {
    const newcomer = await createUser(t);
    await createThread(newcomer, forum.id, { title: 'First question from a newcomer' });
    await createThread(newcomer, forum.id, { title: 'Second question from a newcomer' });
    expect((await replyAs(newcomer, 1)).errors).toBeUndefined();
    const fourth = (await replyAs(newcomer, 2)).errors![0];
    expect(fourth.extensions?.code).toBe('RATE_LIMITED');
    // One post every 20 seconds after the burst.
    expect(fourth.extensions?.retryAfter).toBeGreaterThan(15);
    expect(fourth.extensions?.retryAfter).toBeLessThanOrEqual(20);
    expect(fourth.message).toMatch(POSTING_TOO_FAST);
  });

  it('lets a post through once the announced wait has passed (the allowance is kept in PostgreSQL)', async () => {
    const user = await member();
    let posted = 0;
    let refused: GqlError | undefined;
    while (!refused && posted < 30) {
      const res = await replyAs(user, posted);
      if (res.errors?.length) refused = res.errors[0];
      else posted++;
    }
    expect(posted).toBeGreaterThanOrEqual(10);
    expect(refused?.extensions?.code).toBe('RATE_LIMITED');
    // As if a minute had gone by, for every instance reading the same row.
    await t.db.query(`UPDATE posting_allowances SET tat = tat - interval '1 minute' WHERE user_id = $1`, [user.id]);
    expect((await replyAs(user, posted)).errors).toBeUndefined();
  });

  it('gives staff a larger allowance', async () => {
    const agent = await createUser(t, { roles: ['STAFF'] });
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => replyAs(agent, i)));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
  });

  it('limits edits too, on their own allowance', async () => {
    const user = await member();
    const { data } = await replyAs(user, 0);
    const postId = data!.replyToThread.id;
    const started = Date.now();
    let edits = 0;
    let refused: GqlError | undefined;
    while (!refused && edits < 60) {
      const res = await user.client.request(EDIT, { input: { postId, body: `Edited ${edits}` } });
      if (res.errors?.length) refused = res.errors[0];
      else edits++;
    }
    // A burst of 20, then one every 3 seconds.
    expect(edits).toBeGreaterThanOrEqual(20);
    expect(edits).toBeLessThanOrEqual(20 + Math.floor((Date.now() - started) / 3000));
    expect(refused?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.message).toMatch(/^You're editing too quickly\. Try again in \d+ seconds?\.$/);
    // Editing used none of the posting allowance.
    expect((await replyAs(user, 1)).errors).toBeUndefined();
  });

  it('still answers a signed-out reply UNAUTHENTICATED', async () => {
    const err = await t.client().error(REPLY, { input: { threadId, body: 'anonymous' } });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
