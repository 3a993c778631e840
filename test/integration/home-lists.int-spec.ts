import { ThreadViewsService } from '../../server/src/modules/reading/thread-views.service';
import { HOUR, MINUTE, SettableClock } from '../support/clock';
import { createForum, createGroup, createThread, createUser, makeForumPrivate, reply, type TestUser } from '../support/factories';
import { UNLIMITED_POSTING, startTestApp, type TestApp } from '../support/test-app';

const LATEST = `query($tab: LatestTab, $first: Int, $after: String) {
  latestThreads(tab: $tab, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { title replyCount viewCount lastPoster { displayName } forum { name color } viewerUnread { lastReadPostNumber newReplies } }
  }
}`;
const VIEW = `mutation($t: ID!) { recordThreadView(threadId: $t) }`;
const READ = `mutation($t: ID!, $n: Int!) { markThreadRead(threadId: $t, postNumber: $n) { id viewerUnread { lastReadPostNumber newReplies } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { viewCount viewerUnread { lastReadPostNumber newReplies } } }`;

/** Monday 2 March 2026, 10:05 UTC. */
const START = new Date('2026-03-02T10:05:00Z');

describe('the home page lists: Latest, Unanswered and Solved, views and unread markers', () => {
  let t: TestApp;
  const clock = new SettableClock(START);
  let staff: TestUser;
  let moderator: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let views: ThreadViewsService;
  const ids: Record<string, string> = {};

  const titles = async (who: TestUser | null, tab: string, first = 20) =>
    (await (who?.client ?? t.client()).ok(LATEST, { tab, first })).latestThreads.nodes.map((n: any) => n.title);

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING, { clock });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Maya Staff' });
    moderator = await createUser(t, { roles: ['MODERATOR'], displayName: 'Mo Moderator' });
    member = await createUser(t, { displayName: 'Gia Member' });
    outsider = await createUser(t, { displayName: 'Otto Outsider' });
    views = t.app.get(ThreadViewsService);

    const pub = await createForum(staff, { name: 'Lead routing' });
    await staff.client.ok(`mutation($i: UpdateForumInput!) { updateForum(input: $i) { id } }`, { i: { id: pub.id, color: '#2563EB' } });
    const group = await createGroup(staff, { name: 'Roofers' });
    await member.client.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { viewerState } }`, { g: group.id });
    const priv = await createForum(staff, { name: 'Roofers only' });
    await makeForumPrivate(staff, priv.id, group.id);

    ids.unanswered = (await createThread(member, pub.id, { title: 'Unanswered public question' })).id;
    ids.solved = (await createThread(member, pub.id, { title: 'Solved public question' })).id;
    const answer = await reply(staff, ids.solved, 'Use the state filter.');
    await member.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    ids.private = (await createThread(member, priv.id, { title: 'Private roofers question' })).id;
    ids.hidden = (await createThread(member, pub.id, { title: 'Hidden public question' })).id;
    await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: HIDE, reason: "Spam" }) { id } }`, { t: ids.hidden });
    ids.replied = (await createThread(outsider, pub.id, { title: 'Replied public question' })).id;
    await reply(member, ids.replied, 'Same here, following.');
  });
  afterAll(() => t.close());

  it('lists the latest activity of every forum the viewer may see: private threads for the group, hidden ones for moderators', async () => {
    expect(await titles(null, 'LATEST')).toEqual(['Replied public question', 'Solved public question', 'Unanswered public question']);
    expect(await titles(outsider, 'LATEST')).toEqual(['Replied public question', 'Solved public question', 'Unanswered public question']);
    expect(await titles(member, 'LATEST')).toEqual([
      'Replied public question',
      'Private roofers question',
      'Solved public question',
      'Unanswered public question',
    ]);
    expect(await titles(moderator, 'LATEST')).toEqual([
      'Replied public question',
      'Hidden public question',
      'Solved public question',
      'Unanswered public question',
    ]);
  });

  it('shows threads without replies on Unanswered and threads with an accepted answer on Solved', async () => {
    expect(await titles(member, 'UNANSWERED')).toEqual(['Private roofers question', 'Unanswered public question']);
    expect(await titles(member, 'SOLVED')).toEqual(['Solved public question']);
  });

  it('gives each row its last poster, counts and the forum color', async () => {
    const { latestThreads } = await t.client().ok(LATEST, { tab: 'LATEST', first: 1 });
    expect(latestThreads.nodes).toEqual([
      {
        title: 'Replied public question',
        replyCount: 1,
        viewCount: 0,
        lastPoster: { displayName: 'Gia Member' },
        forum: { name: 'Lead routing', color: '#2563eb' },
        viewerUnread: null,
      },
    ]);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = (await member.client.ok(LATEST, { tab: 'LATEST', first: 3 })).latestThreads;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await member.client.ok(LATEST, { tab: 'LATEST', first: 3, after: first.pageInfo.endCursor })).latestThreads;
    expect(second.nodes.map((n: any) => n.title)).toEqual(['Unanswered public question']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const forged = Buffer.from(JSON.stringify(['not a time', 'x'])).toString('base64url');
    const error = await member.client.error(LATEST, { tab: 'LATEST', first: 3, after: forged });
    expect(error.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
  });

  it('refuses a forum color that is not #rrggbb, naming the field', async () => {
    const error = await staff.client.error(`mutation($i: CreateForumInput!) { createForum(input: $i) { id } }`, {
      i: { name: 'Colorful forum', description: '', color: 'red' },
    });
    expect(error.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'color' }));
  });

  it('counts one view per person per thread per hour, written when the buffer is flushed', async () => {
    clock.set(START);
    const thread = ids.unanswered;
    const anonymous = t.client();
    await member.client.ok(VIEW, { t: thread });
    await member.client.ok(VIEW, { t: thread });
    await anonymous.request(VIEW, { t: thread }, { 'user-agent': 'Firefox/140' });
    await anonymous.request(VIEW, { t: thread }, { 'user-agent': 'Firefox/140' });
    await t.client().request(VIEW, { t: thread }, { 'user-agent': 'Chrome/150' });
    await views.flush();
    expect((await member.client.ok(THREAD, { id: thread })).thread.viewCount).toBe(3);

    clock.advance(40 * MINUTE); // 10:45, the same hour: nobody counts again
    await member.client.ok(VIEW, { t: thread });
    await anonymous.request(VIEW, { t: thread }, { 'user-agent': 'Firefox/140' });
    await views.flush();
    expect((await member.client.ok(THREAD, { id: thread })).thread.viewCount).toBe(3);

    clock.advance(HOUR); // 11:45: the member counts again
    await member.client.ok(VIEW, { t: thread });
    await views.flush();
    expect((await member.client.ok(THREAD, { id: thread })).thread.viewCount).toBe(4);
  });

  it('answers NOT_FOUND for a view of a thread the viewer may not see, and counts nothing', async () => {
    const error = await outsider.client.error(VIEW, { t: ids.private });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    await views.flush();
    expect((await member.client.ok(THREAD, { id: ids.private })).thread.viewCount).toBe(0);
  });

  it('keeps a member’s place in a thread and counts the replies after it', async () => {
    const thread = (await createThread(outsider, (await createForum(staff, { name: 'Unread forum' })).id, { title: 'A thread to keep reading' })).id;
    await reply(staff, thread, 'First reply.');
    expect((await member.client.ok(THREAD, { id: thread })).thread.viewerUnread).toBeNull();
    expect((await t.client().ok(THREAD, { id: thread })).thread.viewerUnread).toBeNull();

    expect((await member.client.ok(READ, { t: thread, n: 2 })).markThreadRead.viewerUnread).toEqual({ lastReadPostNumber: 2, newReplies: 0 });
    await reply(staff, thread, 'Second reply.');
    await reply(outsider, thread, 'Third reply.');
    expect((await member.client.ok(THREAD, { id: thread })).thread.viewerUnread).toEqual({ lastReadPostNumber: 2, newReplies: 2 });
    const row = (await member.client.ok(LATEST, { tab: 'LATEST', first: 1 })).latestThreads.nodes[0];
    expect(row).toEqual(expect.objectContaining({ title: 'A thread to keep reading', viewerUnread: { lastReadPostNumber: 2, newReplies: 2 } }));

    // Never backwards, never past the last post.
    expect((await member.client.ok(READ, { t: thread, n: 1 })).markThreadRead.viewerUnread).toEqual({ lastReadPostNumber: 2, newReplies: 2 });
    expect((await member.client.ok(READ, { t: thread, n: 99 })).markThreadRead.viewerUnread).toEqual({ lastReadPostNumber: 4, newReplies: 0 });
  });

  it('asks anonymous readers to sign in to mark read, and hides private threads from outsiders', async () => {
    expect((await t.client().error(READ, { t: ids.unanswered, n: 1 })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await outsider.client.error(READ, { t: ids.private, n: 1 })).extensions?.code).toBe('NOT_FOUND');
    expect((await member.client.error(READ, { t: ids.private, n: 0 })).extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'postNumber' }),
    );
  });
});
