import { createForum, createGroup, createThread, createUser, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Notifications and watching, and moderation that explains itself (issue 11), against real PostgreSQL. */
describe('notification rules and watching', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let forumId: string;
  let forumName: string;

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    const forum = await createForum(staff, { name: 'Watched Routing' });
    forumId = forum.id;
    forumName = 'Watched Routing';
  });
  afterAll(() => t.close());

  const INBOX = `{ unreadNotificationCount notifications(first: 50) { nodes { kind message moderationAction threadId postNumber actor { handle } post { id } } } }`;
  const inbox = async (u: TestUser) => (await u.client.ok(INBOX)).notifications.nodes as any[];
  const kindsFor = async (u: TestUser, postId: string) => (await inbox(u)).filter((n) => n.post?.id === postId).map((n) => n.kind);
  const REPLY_TO = `mutation($input: ReplyInput!) { replyToThread(input: $input) { id postNumber } }`;
  const SET_THREAD = `mutation($t: ID!, $l: WatchLevel!) { setThreadWatch(threadId: $t, level: $l) { viewerWatch } }`;
  const SET_FORUM = `mutation($f: ID!, $l: WatchLevel!) { setForumWatch(forumId: $f, level: $l) { viewerWatch } }`;

  it('tells the asker and earlier repliers of a reply, by a deep link, once each, and never the one who replied', async () => {
    const [asker, first, second] = [await createUser(t), await createUser(t), await createUser(t)];
    const thread = await createThread(asker, forumId);
    await reply(first, thread.id, 'First answer');
    const r = await reply(second, thread.id, 'Second answer');
    const forAsker = (await inbox(asker)).filter((n) => n.kind === 'REPLY');
    expect(forAsker.map((n) => [n.actor.handle, n.threadId, n.postNumber])).toEqual([
      [second.handle, thread.id, r.postNumber],
      [first.handle, thread.id, r.postNumber - 1],
    ]);
    expect(await kindsFor(first, r.id)).toEqual(['REPLY']);
    expect(await kindsFor(second, r.id)).toEqual([]);
  });

  it('a reply to my post is QUOTED, a mention is MENTION, never a second REPLY for the same post', async () => {
    const [asker, quoted, replier] = [await createUser(t), await createUser(t), await createUser(t)];
    const thread = await createThread(asker, forumId);
    const mine = await reply(quoted, thread.id, 'My answer');
    const { replyToThread } = await replier.client.ok(REPLY_TO, {
      input: { threadId: thread.id, body: `Building on this, @${asker.handle}`, replyToPostId: mine.id },
    });
    expect(await kindsFor(quoted, replyToThread.id)).toEqual(['QUOTED']);
    expect(await kindsFor(asker, replyToThread.id)).toEqual(['MENTION']);
  });

  it('follows watch levels: muted hears nothing, normal only what is addressed to it, a watched forum hears every reply', async () => {
    const [asker, muter, normal, forumWatcher, replier] = [
      await createUser(t),
      await createUser(t),
      await createUser(t),
      await createUser(t),
      await createUser(t),
    ];
    const thread = await createThread(asker, forumId);
    expect((await asker.client.ok(`query($id: ID!) { thread(id: $id) { viewerWatch } }`, { id: thread.id })).thread.viewerWatch).toBe('WATCHING');
    expect((await t.client().ok(`query($id: ID!) { thread(id: $id) { viewerWatch } }`, { id: thread.id })).thread.viewerWatch).toBeNull();
    await reply(muter, thread.id, 'I was here');
    await reply(normal, thread.id, 'Me too');
    expect((await muter.client.ok(SET_THREAD, { t: thread.id, l: 'MUTED' })).setThreadWatch.viewerWatch).toBe('MUTED');
    await normal.client.ok(SET_THREAD, { t: thread.id, l: 'NORMAL' });
    expect((await forumWatcher.client.ok(SET_FORUM, { f: forumId, l: 'WATCHING' })).setForumWatch.viewerWatch).toBe('WATCHING');
    const r = await reply(replier, thread.id, 'Later');
    expect(await kindsFor(muter, r.id)).toEqual([]);
    expect(await kindsFor(normal, r.id)).toEqual([]);
    expect(await kindsFor(forumWatcher, r.id)).toEqual(['REPLY']);
    expect(await kindsFor(asker, r.id)).toEqual(['REPLY']);
    // Replying again keeps the level the person chose.
    await reply(muter, thread.id, 'Back again');
    expect((await muter.client.ok(`query($id: ID!) { thread(id: $id) { viewerWatch } }`, { id: thread.id })).thread.viewerWatch).toBe('MUTED');
    await forumWatcher.client.ok(SET_FORUM, { f: forumId, l: 'NORMAL' });
  });

  it('never reveals what the reader cannot see: a watcher who lost access to a private forum is not told', async () => {
    const owner = await createUser(t);
    const group = await createGroup(staff, { owner, policy: 'OPEN' });
    const privateForum = await createForum(staff, { groupId: group.id });
    const [asker, leaver] = [await createUser(t), await createUser(t)];
    for (const u of [asker, leaver]) await u.client.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: group.id });
    const thread = await createThread(asker, privateForum.id);
    await reply(leaver, thread.id, 'Watching this');
    await leaver.client.ok(`mutation($id: ID!) { leaveGroup(groupId: $id) }`, { id: group.id });
    const r = await reply(owner, thread.id, 'A private answer');
    expect(await kindsFor(asker, r.id)).toEqual(['REPLY']);
    const leaverInbox = await leaver.client.ok(INBOX);
    expect(leaverInbox.notifications.nodes.filter((n: any) => n.threadId === thread.id)).toEqual([]);
    expect(leaverInbox.unreadNotificationCount).toBe(0);
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND post_id = $2`, [leaver.id, r.id]);
    expect(rows[0].n).toBe(0);
  });

  it('tells the author of an accepted answer, and of a verification by staff', async () => {
    const [asker, answerer] = [await createUser(t), await createUser(t)];
    const thread = await createThread(asker, forumId);
    const answer = await reply(answerer, thread.id, 'The answer');
    await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    await staff.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    const accepted = (await inbox(answerer)).filter((n) => n.kind === 'ANSWER_ACCEPTED').map((n) => n.message);
    expect(accepted).toEqual(['Verified by staff', 'Accepted by the asker']);
  });

  describe('moderation explains itself', () => {
    const POST = `query($id: ID!) { post(id: $id) { id isHidden hiddenReason } }`;
    const THREAD = `query($id: ID!) { thread(id: $id) { id isHidden hiddenReason lockReason movedFrom posts(first: 50) { nodes { id hiddenReason } } } }`;

    it('shows the author their hidden reply with the reason and tells them; everyone else gets NOT_FOUND', async () => {
      const [asker, author, other] = [await createUser(t), await createUser(t), await createUser(t)];
      const thread = await createThread(asker, forumId);
      const r = await reply(author, thread.id, 'Buy my lists');
      await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "Advertising is not allowed" }) { id } }`, {
        p: r.id,
      });
      expect((await author.client.ok(POST, { id: r.id })).post).toEqual({ id: r.id, isHidden: true, hiddenReason: 'Advertising is not allowed' });
      expect((await author.client.ok(THREAD, { id: thread.id })).thread.posts.nodes).toEqual([{ id: r.id, hiddenReason: 'Advertising is not allowed' }]);
      for (const reader of [asker, other, staff]) {
        expect((await reader.client.error(POST, { id: r.id })).extensions?.code).toBe('NOT_FOUND');
        expect((await reader.client.ok(THREAD, { id: thread.id })).thread.posts.nodes).toEqual([]);
      }
      expect((await t.client().error(POST, { id: r.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await moderator.client.ok(POST, { id: r.id })).post.hiddenReason).toBe('Advertising is not allowed');
      const [notice] = (await inbox(author)).filter((n) => n.kind === 'MODERATION');
      expect(notice).toMatchObject({ moderationAction: 'HIDE_POST', message: 'Advertising is not allowed', threadId: thread.id, postNumber: r.postNumber });
    });

    it('shows the author their hidden thread (which takes no replies), nobody else; and says why a thread is locked and where it came from', async () => {
      const [author, other] = [await createUser(t), await createUser(t)];
      const thread = await createThread(author, forumId);
      const moderate = `mutation($t: ID!, $a: ThreadModerationAction!, $r: String!) { moderateThread(input: { threadId: $t, action: $a, reason: $r }) { id } }`;
      await moderator.client.ok(moderate, { t: thread.id, a: 'LOCK', r: 'Resolved elsewhere' });
      const target = await createForum(staff);
      await moderator.client.ok(`mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "Better fit" }) { id } }`, {
        t: thread.id,
        f: target.id,
      });
      const seen = (await other.client.ok(THREAD, { id: thread.id })).thread;
      expect([seen.lockReason, seen.hiddenReason]).toEqual(['Resolved elsewhere', null]);
      expect(seen.movedFrom).toBe(forumName);
      await moderator.client.ok(moderate, { t: thread.id, a: 'HIDE', r: 'Duplicate of another thread' });
      expect((await author.client.ok(THREAD, { id: thread.id })).thread).toMatchObject({ isHidden: true, hiddenReason: 'Duplicate of another thread' });
      expect((await other.client.error(THREAD, { id: thread.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await staff.client.error(THREAD, { id: thread.id })).extensions?.code).toBe('NOT_FOUND');
      const refused = await author.client.error(REPLY_TO, { input: { threadId: thread.id, body: 'Let me add' } });
      expect([refused.extensions?.code, refused.extensions?.reason]).toEqual(['FORBIDDEN', 'THREAD_HIDDEN']);
      const edit = await author.client.error(`mutation($p: ID!) { editPost(input: { postId: $p, body: "Edited while hidden" }) { id } }`, {
        p: thread.openingPostId,
      });
      expect(edit.extensions?.code).toBe('FORBIDDEN');
      // Not listed in its forum, not even for its author.
      const listed = await author.client.ok(`query($slug: String!) { forum(slug: $slug) { threads(first: 50) { nodes { id } } } }`, { slug: target.slug });
      expect(listed.forum.threads.nodes).toEqual([]);
      const notices = (await inbox(author)).filter((n) => n.kind === 'MODERATION').map((n) => [n.moderationAction, n.message]);
      expect(notices).toEqual([
        ['HIDE_THREAD', 'Duplicate of another thread'],
        ['MOVE_THREAD', 'Better fit'],
        ['LOCK_THREAD', 'Resolved elsewhere'],
      ]);
    });
  });
});
