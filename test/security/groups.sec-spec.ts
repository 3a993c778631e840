import { createForum, createGroup, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Attacks on user groups (issue 8): a hidden group probed by every path, notifications that outlive what they point
 * at, flair that would carry a hidden group's name, doctored cursors, concurrent joins.
 */
describe('security: user groups', () => {
  let t: TestApp;
  let staff: TestUser;
  let owner: TestUser;
  let outsider: TestUser;
  let hidden: { id: string; slug: string; name: string };

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    owner = await createUser(t);
    outsider = await createUser(t);
    hidden = await createGroup(staff, { name: 'Secret acquisition team', visibility: 'HIDDEN', policy: 'INVITE', owner });
  });
  afterAll(() => t.close());

  it('never tells an outsider that a hidden group exists, whatever the path', async () => {
    const c = outsider.client;
    const notFound = async (query: string, variables: Record<string, unknown>) => expect((await c.error(query, variables)).extensions?.code).toBe('NOT_FOUND');
    await notFound(`query($s: String!) { group(slug: $s) { id } }`, { s: hidden.slug });
    await notFound(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: hidden.id });
    await notFound(`mutation($g: ID!) { requestToJoinGroup(groupId: $g) { id } }`, { g: hidden.id });
    await notFound(`mutation($g: ID!) { cancelJoinRequest(groupId: $g) { id } }`, { g: hidden.id });
    await notFound(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: hidden.id });
    await notFound(`mutation($g: ID!) { setGroupFlair(groupId: $g) { name } }`, { g: hidden.id });
    await notFound(`mutation($g: ID!) { inviteToGroup(groupId: $g, handle: "x") { id } }`, { g: hidden.id });
    await notFound(`mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) }`, { g: hidden.id, u: owner.id });
    await notFound(`mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`, { input: { id: hidden.id, name: 'Renamed' } });
    // Not by name search, kind filter or a taken-name probe either (the conflict is staff's to see).
    const dir = await c.ok(`{ groups(query: "acquisition", first: 100) { nodes { id } } }`);
    expect(dir.groups.nodes).toEqual([]);
    // A taken slug on the unrelated createGroup is staff-only (members cannot create groups), so it tells members nothing.
    expect(
      (await c.error(`mutation { createGroup(input: { name: "Secret acquisition team", kind: INDUSTRY, membershipPolicy: OPEN }) { id } }`)).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('drops an invitation notification once the invitation is withdrawn and the hidden group is out of sight again', async () => {
    const guest = await createUser(t);
    const { inviteToGroup } = await owner.client.ok(`mutation($g: ID!, $h: String!) { inviteToGroup(groupId: $g, handle: $h) { id } }`, {
      g: hidden.id,
      h: guest.handle,
    });
    const inbox = `{ unreadNotificationCount notifications { nodes { kind group { name } } } }`;
    expect(await guest.client.ok(inbox)).toEqual({
      unreadNotificationCount: 1,
      notifications: { nodes: [{ kind: 'GROUP_INVITATION', group: { name: hidden.name } }] },
    });
    await owner.client.ok(`mutation($i: ID!) { revokeGroupInvitation(invitationId: $i) { id } }`, { i: inviteToGroup.id });
    expect(await guest.client.ok(inbox)).toEqual({ unreadNotificationCount: 0, notifications: { nodes: [] } });
    // Marking it read by id does not work either: it is not theirs to see any more.
    const [{ id }] = await t.db.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [guest.id]);
    expect((await guest.client.error(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id })).extensions?.code).toBe('NOT_FOUND');
  });

  it("never shows a hidden group's name as flair, even if the flag is set in the database", async () => {
    const forum = await createForum(staff);
    const thread = await createThread(owner, forum.id);
    await t.db.query(`UPDATE group_memberships SET shows_flair = true WHERE group_id = $1 AND user_id = $2`, [hidden.id, owner.id]);
    const post = await outsider.client.ok(`query($id: ID!) { post(id: $id) { author { groupFlair { name } } } }`, { id: thread.openingPostId });
    expect(post.post.author.groupFlair).toBeNull();
    await t.db.query(`UPDATE group_memberships SET shows_flair = false WHERE group_id = $1`, [hidden.id]);
  });

  it("does not tell who is in a private group's forum through a mention", async () => {
    const g = await createGroup(staff, { policy: 'OPEN' });
    const forum = await createForum(staff, { groupId: g.id });
    await owner.client.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: g.id });
    await createThread(owner, forum.id, { title: 'Private mention of an outsider', body: `cc @${outsider.handle}` });
    expect((await outsider.client.ok(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = 'MENTION'`, [outsider.id]);
    expect(n).toBe(0);
  });

  it("keeps a private forum's moderation out of the audit log of moderators outside the group", async () => {
    const admin = await createUser(t, { roles: ['ADMIN'] });
    const moderator = await createUser(t, { roles: ['MODERATOR'] });
    const g = await createGroup(staff, { policy: 'OPEN' });
    const privateForum = await createForum(staff, { groupId: g.id });
    const publicForum = await createForum(staff);
    const privateThread = await createThread(admin, privateForum.id, { title: 'Merger talks with Acme' });
    const publicThread = await createThread(admin, publicForum.id, { title: 'A public thread to lock' });
    const secret = `Hid: mentions the Acme merger ${Date.now()}`;
    const moderate = `mutation($input: ModerateThreadInput!) { moderateThread(input: $input) { id } }`;
    await admin.client.ok(moderate, { input: { threadId: privateThread.id, action: 'LOCK', reason: secret } });
    await admin.client.ok(moderate, { input: { threadId: publicThread.id, action: 'LOCK', reason: 'Public lock' } });
    // A move out of the private forum names it (its id in the details): the entry stays private too.
    const movedOut = await createThread(admin, privateForum.id, { title: 'Announcement ready to go public' });
    await admin.client.ok(`mutation($input: MoveThreadInput!) { moveThread(input: $input) { id } }`, {
      input: { threadId: movedOut.id, forumId: publicForum.id, reason: `Moved out: ${secret}` },
    });
    const log = `{ moderationLog(first: 100) { nodes { reason targetId details } } }`;
    const seenByModerator = (await moderator.client.ok(log)).moderationLog.nodes.map((n: { reason: string }) => n.reason);
    expect(seenByModerator).toContain('Public lock');
    expect(seenByModerator.filter((r: string) => r.includes(secret))).toEqual([]);
    const seenByAdmin = (await admin.client.ok(log)).moderationLog.nodes.map((n: { reason: string }) => n.reason);
    expect(seenByAdmin.filter((r: string) => r.includes(secret))).toHaveLength(2);
  });

  it('refuses doctored cursors and oversized searches as bad input naming the argument', async () => {
    const forged = Buffer.from(JSON.stringify(["'; DROP TABLE users; --", 'not-a-uuid'])).toString('base64url');
    for (const query of [`query($a: String) { groups(after: $a) { nodes { id } } }`, `query($a: String) { notifications(after: $a) { nodes { id } } }`]) {
      const error = await outsider.client.error(query, { a: forged });
      expect([error.extensions?.code, error.extensions?.field]).toEqual(['BAD_USER_INPUT', 'after']);
    }
    const long = await outsider.client.error(`query($q: String) { groups(query: $q) { nodes { id } } }`, { q: 'x'.repeat(201) });
    expect([long.extensions?.code, long.extensions?.field]).toEqual(['BAD_USER_INPUT', 'query']);
  });

  it('keeps one membership and one pending request under concurrent calls', async () => {
    const open = await createGroup(staff, { policy: 'OPEN' });
    const request = await createGroup(staff, { policy: 'REQUEST', owner });
    const joiner = await createUser(t);
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => joiner.client.request(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: open.id })),
      ...Array.from({ length: 8 }, () =>
        joiner.client.request(`mutation($g: ID!) { requestToJoinGroup(groupId: $g, message: "hi") { id } }`, { g: request.id }),
      ),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ members }] = await t.db.query(`SELECT count(*)::int AS members FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [open.id, joiner.id]);
    const [{ requests }] = await t.db.query(`SELECT count(*)::int AS requests FROM group_join_requests WHERE group_id = $1 AND user_id = $2`, [
      request.id,
      joiner.id,
    ]);
    const [{ notified }] = await t.db.query(`SELECT count(*)::int AS notified FROM notifications WHERE group_id = $1 AND kind = 'GROUP_JOIN_REQUESTED'`, [
      request.id,
    ]);
    expect({ members, requests, notified }).toEqual({ members: 1, requests: 1, notified: 1 });
  });
});
