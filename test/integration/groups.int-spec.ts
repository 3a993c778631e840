import { createForum, createGroup, createThread, createUser, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** User groups (issue 8): every policy and transition, against real PostgreSQL. */
describe('user groups', () => {
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    admin = await createUser(t, { roles: ['ADMIN'] });
  });
  afterAll(() => t.close());

  const GROUP = `query($slug: String!) { group(slug: $slug) { id name memberCount viewerState viewerCanManage owners { handle } } }`;
  const JOIN = `mutation($id: ID!) { joinGroup(groupId: $id) { id viewerState memberCount } }`;
  const REQUEST = `mutation($id: ID!, $message: String) { requestToJoinGroup(groupId: $id, message: $message) { id viewerState } }`;
  const CANCEL = `mutation($id: ID!) { cancelJoinRequest(groupId: $id) { id viewerState } }`;
  const DECIDE = `mutation($id: ID!, $approve: Boolean!, $message: String) { decideJoinRequest(requestId: $id, approve: $approve, message: $message) { id status decisionMessage user { handle } } }`;
  const REQUESTS = `query($slug: String!) { group(slug: $slug) { joinRequests { nodes { id message user { handle } } } } }`;
  const INVITE = `mutation($id: ID!, $handle: String!) { inviteToGroup(groupId: $id, handle: $handle) { id state expiresAt user { handle } } }`;
  const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToGroupInvitation(invitationId: $id, accept: $accept) { id state } }`;
  const LEAVE = `mutation($id: ID!) { leaveGroup(groupId: $id) }`;
  const NOTIFICATIONS = `{ unreadNotificationCount notifications { nodes { id kind read message actor { handle } group { slug } invitation { id state } } } }`;

  describe('creating', () => {
    it('lets staff and admins create groups, with themselves or a named member as first owner', async () => {
      const owner = await createUser(t);
      const g = await createGroup(admin, { owner, description: 'We sell **solar** panels <script>alert(1)</script>' });
      const seen = await t
        .client()
        .ok(`query($slug: String!) { group(slug: $slug) { descriptionHtml memberCount owners { handle } kind membershipPolicy visibility } }`, {
          slug: g.slug,
        });
      expect(seen.group.owners).toEqual([{ handle: owner.handle }]);
      expect(seen.group.memberCount).toBe(1);
      expect(seen.group.descriptionHtml).toContain('<strong>solar</strong>');
      expect(seen.group.descriptionHtml).not.toContain('<script');
      const mine = await createGroup(staff);
      expect((await t.client().ok(GROUP, { slug: mine.slug })).group.owners).toEqual([{ handle: staff.handle }]);
    });

    it('refuses members, experts and moderators as creators, and anonymous visitors', async () => {
      const input = { name: 'Not allowed', kind: 'INDUSTRY', membershipPolicy: 'OPEN' };
      const q = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
      for (const roles of [[], ['EXPERT'], ['MODERATOR']] as const) {
        const u = await createUser(t, { roles: [...roles] });
        expect((await u.client.error(q, { input })).extensions?.code).toBe('FORBIDDEN');
      }
      expect((await t.client().error(q, { input })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a taken name or slug, an unknown owner and a blank name, naming the field', async () => {
      const g = await createGroup(staff);
      const q = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
      const base = { kind: 'USE_CASE', membershipPolicy: 'OPEN' };
      const taken = await staff.client.error(q, { input: { ...base, name: g.name.toUpperCase(), slug: `${g.slug}-other` } });
      expect([taken.extensions?.code, taken.extensions?.field]).toEqual(['CONFLICT', 'name']);
      const slug = await staff.client.error(q, { input: { ...base, name: 'Another name entirely', slug: g.slug } });
      expect([slug.extensions?.code, slug.extensions?.field]).toEqual(['CONFLICT', 'slug']);
      const owner = await staff.client.error(q, { input: { ...base, name: 'Owner missing group', ownerHandle: 'nobody-here-xyz' } });
      expect([owner.extensions?.code, owner.extensions?.field]).toEqual(['BAD_USER_INPUT', 'ownerHandle']);
      const blank = await staff.client.error(q, { input: { ...base, name: '  \u200b ' } });
      expect([blank.extensions?.code, blank.extensions?.field]).toEqual(['BAD_USER_INPUT', 'name']);
    });
  });

  describe('OPEN groups', () => {
    it('lets anyone join, idempotently, and leave', async () => {
      const g = await createGroup(staff, { policy: 'OPEN' });
      const member = await createUser(t);
      expect((await member.client.ok(JOIN, { id: g.id })).joinGroup).toEqual({ id: g.id, viewerState: 'MEMBER', memberCount: 2 });
      expect((await member.client.ok(JOIN, { id: g.id })).joinGroup.memberCount).toBe(2);
      expect((await member.client.ok(LEAVE, { id: g.id })).leaveGroup).toBe(true);
      expect((await member.client.ok(LEAVE, { id: g.id })).leaveGroup).toBe(false);
      expect((await member.client.ok(GROUP, { slug: g.slug })).group).toMatchObject({ viewerState: 'NONE', memberCount: 1 });
    });

    it('asks anonymous visitors to sign in', async () => {
      const g = await createGroup(staff);
      expect((await t.client().error(JOIN, { id: g.id })).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('REQUEST groups', () => {
    it('turns a request into membership when an owner approves, telling each side', async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { policy: 'REQUEST', owner });
      const asker = await createUser(t);
      const join = await asker.client.error(JOIN, { id: g.id });
      expect([join.extensions?.code, join.extensions?.reason]).toEqual(['FORBIDDEN', 'GROUP_REQUEST_REQUIRED']);
      expect((await asker.client.ok(REQUEST, { id: g.id, message: 'I run a solar installer' })).requestToJoinGroup.viewerState).toBe('REQUESTED');
      // Asking again changes nothing: one request, one notification.
      expect((await asker.client.ok(REQUEST, { id: g.id, message: 'again' })).requestToJoinGroup.viewerState).toBe('REQUESTED');
      const requests = (await owner.client.ok(REQUESTS, { slug: g.slug })).group.joinRequests.nodes;
      expect(requests).toEqual([{ id: expect.any(String), message: 'I run a solar installer', user: { handle: asker.handle } }]);
      const ownerInbox = await owner.client.ok(NOTIFICATIONS);
      expect(ownerInbox.unreadNotificationCount).toBe(1);
      expect(ownerInbox.notifications.nodes[0]).toMatchObject({
        kind: 'GROUP_JOIN_REQUESTED',
        actor: { handle: asker.handle },
        group: { slug: g.slug },
        message: 'I run a solar installer',
      });

      const decided = (await owner.client.ok(DECIDE, { id: requests[0].id, approve: true, message: 'Welcome!' })).decideJoinRequest;
      expect(decided).toEqual({ id: requests[0].id, status: 'APPROVED', decisionMessage: 'Welcome!', user: { handle: asker.handle } });
      expect((await asker.client.ok(GROUP, { slug: g.slug })).group.viewerState).toBe('MEMBER');
      const inbox = await asker.client.ok(NOTIFICATIONS);
      expect(inbox.unreadNotificationCount).toBe(1);
      expect(inbox.notifications.nodes[0]).toMatchObject({ kind: 'GROUP_REQUEST_APPROVED', read: false, message: 'Welcome!', actor: { handle: owner.handle } });
      // Answering twice is a conflict, not a second membership.
      const twice = await owner.client.error(DECIDE, { id: requests[0].id, approve: false });
      expect([twice.extensions?.code, twice.extensions?.reason]).toEqual(['CONFLICT', 'ALREADY_ANSWERED']);
    });

    it('tells a denied requester, who stays outside and may ask again', async () => {
      const g = await createGroup(staff, { policy: 'REQUEST' });
      const asker = await createUser(t);
      await asker.client.ok(REQUEST, { id: g.id });
      const [request] = (await staff.client.ok(REQUESTS, { slug: g.slug })).group.joinRequests.nodes;
      expect((await staff.client.ok(DECIDE, { id: request.id, approve: false, message: 'Customers only' })).decideJoinRequest.status).toBe('DENIED');
      expect((await asker.client.ok(GROUP, { slug: g.slug })).group.viewerState).toBe('NONE');
      expect((await asker.client.ok(NOTIFICATIONS)).notifications.nodes[0]).toMatchObject({ kind: 'GROUP_REQUEST_DENIED', message: 'Customers only' });
      expect((await asker.client.ok(REQUEST, { id: g.id })).requestToJoinGroup.viewerState).toBe('REQUESTED');
    });

    it("lets the requester cancel, which takes the request off the owners' list and out of their notifications", async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { policy: 'REQUEST', owner });
      const asker = await createUser(t);
      await asker.client.ok(REQUEST, { id: g.id });
      expect((await owner.client.ok(NOTIFICATIONS)).unreadNotificationCount).toBe(1);
      expect((await asker.client.ok(CANCEL, { id: g.id })).cancelJoinRequest.viewerState).toBe('NONE');
      expect((await owner.client.ok(REQUESTS, { slug: g.slug })).group.joinRequests.nodes).toEqual([]);
      expect((await owner.client.ok(NOTIFICATIONS)).unreadNotificationCount).toBe(0);
    });

    it('refuses decisions from members who are not owners, and hides requests from them', async () => {
      const g = await createGroup(staff, { policy: 'REQUEST' });
      const member = await createUser(t);
      await member.client.ok(REQUEST, { id: g.id });
      const [request] = (await staff.client.ok(REQUESTS, { slug: g.slug })).group.joinRequests.nodes;
      await staff.client.ok(DECIDE, { id: request.id, approve: true });
      const asker = await createUser(t);
      await asker.client.ok(REQUEST, { id: g.id });
      const [second] = (await staff.client.ok(REQUESTS, { slug: g.slug })).group.joinRequests.nodes;
      const notOwner = await member.client.error(DECIDE, { id: second.id, approve: true });
      expect([notOwner.extensions?.code, notOwner.extensions?.reason]).toEqual(['FORBIDDEN', 'NOT_GROUP_MANAGER']);
      expect((await member.client.error(REQUESTS, { slug: g.slug })).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('INVITE groups', () => {
    it('refuses to join without an invitation; an invitee accepts and becomes a member', async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { policy: 'INVITE', owner });
      const guest = await createUser(t);
      const refused = await guest.client.error(JOIN, { id: g.id });
      expect([refused.extensions?.code, refused.extensions?.reason, refused.message]).toEqual([
        'FORBIDDEN',
        'GROUP_INVITE_ONLY',
        'This group is by invitation only: ask an owner to invite you',
      ]);
      const invitation = (await owner.client.ok(INVITE, { id: g.id, handle: `@${guest.handle}` })).inviteToGroup;
      expect(invitation).toMatchObject({ state: 'PENDING', user: { handle: guest.handle } });
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.99);
      expect(days).toBeLessThanOrEqual(14);
      const inbox = await guest.client.ok(NOTIFICATIONS);
      expect(inbox.notifications.nodes[0]).toMatchObject({ kind: 'GROUP_INVITATION', invitation: { id: invitation.id, state: 'PENDING' } });
      expect((await guest.client.ok(RESPOND, { id: invitation.id, accept: true })).respondToGroupInvitation.state).toBe('ACCEPTED');
      expect((await guest.client.ok(GROUP, { slug: g.slug })).group.viewerState).toBe('MEMBER');
      expect((await guest.client.error(RESPOND, { id: invitation.id, accept: true })).extensions?.code).toBe('CONFLICT');
    });

    it('lets an invitee decline, and keeps invitations to their invitee', async () => {
      const g = await createGroup(staff, { policy: 'INVITE' });
      const guest = await createUser(t);
      const other = await createUser(t);
      const invitation = (await staff.client.ok(INVITE, { id: g.id, handle: guest.handle })).inviteToGroup;
      expect((await other.client.error(RESPOND, { id: invitation.id, accept: true })).extensions?.code).toBe('NOT_FOUND');
      expect((await guest.client.ok(RESPOND, { id: invitation.id, accept: false })).respondToGroupInvitation.state).toBe('DECLINED');
      expect((await guest.client.ok(GROUP, { slug: g.slug })).group.viewerState).toBe('NONE');
    });

    it('answers an expired invitation with a clear error, and an owner can renew it', async () => {
      const g = await createGroup(staff, { policy: 'INVITE' });
      const guest = await createUser(t);
      const invitation = (await staff.client.ok(INVITE, { id: g.id, handle: guest.handle })).inviteToGroup;
      await t.db.query(`UPDATE group_invitations SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`, [
        invitation.id,
      ]);
      const expired = await guest.client.error(RESPOND, { id: invitation.id, accept: true });
      expect([expired.extensions?.code, expired.extensions?.reason]).toEqual(['FORBIDDEN', 'INVITATION_EXPIRED']);
      expect(expired.message).toMatch(/^This invitation expired on \d{4}-\d{2}-\d{2}: ask an owner to invite you again$/);
      expect((await guest.client.error(JOIN, { id: g.id })).message).toMatch(/^This invitation expired on/);
      expect((await staff.client.ok(`query($slug: String!) { group(slug: $slug) { invitations { id state } } }`, { slug: g.slug })).group.invitations).toEqual([
        { id: invitation.id, state: 'EXPIRED' },
      ]);
      const renewed = (await staff.client.ok(INVITE, { id: g.id, handle: guest.handle })).inviteToGroup;
      expect([renewed.id, renewed.state]).toEqual([invitation.id, 'PENDING']);
      expect((await guest.client.ok(JOIN, { id: g.id })).joinGroup.viewerState).toBe('MEMBER');
    });

    it('refuses an unknown handle and a member, naming `handle`', async () => {
      const g = await createGroup(staff, { policy: 'INVITE' });
      const unknown = await staff.client.error(INVITE, { id: g.id, handle: 'no-such-person-here' });
      expect([unknown.extensions?.code, unknown.extensions?.field]).toEqual(['BAD_USER_INPUT', 'handle']);
      const self = await staff.client.error(INVITE, { id: g.id, handle: staff.handle });
      expect([self.extensions?.code, self.extensions?.field, self.message]).toEqual([
        'BAD_USER_INPUT',
        'handle',
        `@${staff.handle} is already a member of this group`,
      ]);
    });
  });

  describe('owners', () => {
    it('keep at least one: the last owner must transfer ownership before leaving', async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { owner });
      const member = await createUser(t);
      await member.client.ok(JOIN, { id: g.id });
      const last = await owner.client.error(LEAVE, { id: g.id });
      expect([last.extensions?.code, last.extensions?.field, last.message]).toEqual([
        'BAD_USER_INPUT',
        'groupId',
        'A group needs an owner: transfer ownership to another member before you leave',
      ]);
      await owner.client.ok(`mutation($g: ID!, $u: ID!) { transferGroupOwnership(groupId: $g, userId: $u) { id } }`, { g: g.id, u: member.id });
      expect((await t.client().ok(GROUP, { slug: g.slug })).group.owners).toEqual([{ handle: member.handle }]);
      expect((await owner.client.ok(LEAVE, { id: g.id })).leaveGroup).toBe(true);
    });

    it('remove members, who lose the private forum on their very next request', async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { owner, policy: 'OPEN' });
      const forum = await createForum(staff, { groupId: g.id });
      const member = await createUser(t);
      await member.client.ok(JOIN, { id: g.id });
      const q = `query($slug: String!) { forum(slug: $slug) { id isPrivate group { slug } } }`;
      expect((await member.client.ok(q, { slug: forum.slug })).forum).toEqual({ id: forum.id, isPrivate: true, group: { slug: g.slug } });
      const thread = await createThread(owner, forum.id, { title: 'Our private pricing sheet' });
      const latest = `query($slug: String!) { group(slug: $slug) { forums { id } latestThreads { id title } } }`;
      expect((await member.client.ok(latest, { slug: g.slug })).group).toEqual({
        forums: [{ id: forum.id }],
        latestThreads: [{ id: thread.id, title: 'Our private pricing sheet' }],
      });
      const removeQ = `mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) }`;
      expect((await member.client.error(removeQ, { g: g.id, u: owner.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await owner.client.ok(removeQ, { g: g.id, u: member.id })).removeGroupMember).toBe(true);
      expect((await member.client.error(q, { slug: forum.slug })).extensions?.code).toBe('NOT_FOUND');
      expect((await member.client.ok(latest, { slug: g.slug })).group).toEqual({ forums: [], latestThreads: [] });
      const lastOwner = await staff.client.error(removeQ, { g: g.id, u: owner.id });
      expect([lastOwner.extensions?.code, lastOwner.extensions?.field]).toEqual(['BAD_USER_INPUT', 'userId']);
    });

    it('show members to members and staff only; owners to everyone who sees the group', async () => {
      const g = await createGroup(staff);
      const member = await createUser(t);
      const outsider = await createUser(t);
      await member.client.ok(JOIN, { id: g.id });
      const q = `query($slug: String!) { group(slug: $slug) { members { nodes { role user { handle } } } } }`;
      expect((await member.client.ok(q, { slug: g.slug })).group.members.nodes).toEqual([
        { role: 'OWNER', user: { handle: staff.handle } },
        { role: 'MEMBER', user: { handle: member.handle } },
      ]);
      expect((await outsider.client.error(q, { slug: g.slug })).extensions?.code).toBe('FORBIDDEN');
      expect((await t.client().error(q, { slug: g.slug })).extensions?.code).toBe('FORBIDDEN');
    });

    it('keep one owner when two demote each other at once', async () => {
      const a = await createUser(t);
      const g = await createGroup(staff, { owner: a });
      const b = await createUser(t);
      await b.client.ok(JOIN, { id: g.id });
      const roleQ = `mutation($g: ID!, $u: ID!, $r: GroupRole!) { setGroupMemberRole(groupId: $g, userId: $u, role: $r) { role } }`;
      await a.client.ok(roleQ, { g: g.id, u: b.id, r: 'OWNER' });
      const results = await Promise.all([
        a.client.request(roleQ, { g: g.id, u: a.id, r: 'MEMBER' }),
        b.client.request(roleQ, { g: g.id, u: b.id, r: 'MEMBER' }),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.find((r) => r.errors)!.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND role = 'OWNER'`, [g.id]);
      expect(n).toBe(1);
    });
  });

  describe('hidden groups', () => {
    it('are NOT_FOUND by slug and absent from the directory for non-members, and there for members, invitees and staff', async () => {
      const owner = await createUser(t);
      const g = await createGroup(staff, { visibility: 'HIDDEN', policy: 'INVITE', owner });
      const outsider = await createUser(t);
      const moderator = await createUser(t, { roles: ['MODERATOR'] });
      const guest = await createUser(t);
      const dir = `query($q: String) { groups(query: $q, first: 50) { nodes { slug } } }`;
      for (const [client, joinCode] of [
        [t.client(), 'UNAUTHENTICATED'],
        [outsider.client, 'NOT_FOUND'],
        [moderator.client, 'NOT_FOUND'],
        [guest.client, 'NOT_FOUND'],
      ] as const) {
        expect((await client.error(GROUP, { slug: g.slug })).extensions?.code).toBe('NOT_FOUND');
        expect((await client.ok(dir, { q: g.name })).groups.nodes).toEqual([]);
        expect((await client.error(JOIN, { id: g.id })).extensions?.code).toBe(joinCode);
      }
      await owner.client.ok(INVITE, { id: g.id, handle: guest.handle });
      for (const client of [owner.client, staff.client, admin.client, guest.client]) {
        expect((await client.ok(dir, { q: g.name })).groups.nodes).toEqual([{ slug: g.slug }]);
        expect((await client.ok(GROUP, { slug: g.slug })).group.id).toBe(g.id);
      }
    });
  });

  describe('directory', () => {
    it('filters by kind and words, lists my groups, and pages by name', async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const a = await createGroup(staff, { name: `Insurance ${tag} agents`, kind: 'INDUSTRY' });
      const b = await createGroup(staff, { name: `Lead routing ${tag}`, kind: 'USE_CASE' });
      const c = await createGroup(staff, { name: `Solar ${tag} installers`, kind: 'INDUSTRY' });
      const member = await createUser(t);
      await member.client.ok(JOIN, { id: b.id });
      const q = `query($q: String, $kind: GroupKind, $mine: Boolean, $first: Int, $after: String) { groups(query: $q, kind: $kind, mine: $mine, first: $first, after: $after) { nodes { slug memberCount } pageInfo { hasNextPage endCursor } } }`;
      expect((await t.client().ok(q, { q: tag })).groups.nodes.map((n: { slug: string }) => n.slug)).toEqual([a.slug, b.slug, c.slug]);
      expect((await t.client().ok(q, { q: tag, kind: 'INDUSTRY' })).groups.nodes.map((n: { slug: string }) => n.slug)).toEqual([a.slug, c.slug]);
      expect((await t.client().ok(q, { q: `${tag} SOLAR` })).groups.nodes.map((n: { slug: string }) => n.slug)).toEqual([c.slug]);
      expect((await member.client.ok(q, { q: tag, mine: true })).groups.nodes).toEqual([{ slug: b.slug, memberCount: 2 }]);
      expect((await t.client().error(q, { mine: true })).extensions?.code).toBe('UNAUTHENTICATED');
      const first = (await t.client().ok(q, { q: tag, first: 2 })).groups;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await t.client().ok(q, { q: tag, first: 2, after: first.pageInfo.endCursor })).groups;
      expect(second.nodes.map((n: { slug: string }) => n.slug)).toEqual([c.slug]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      // A search for "%" or "_" is text, not a pattern.
      expect((await t.client().ok(q, { q: `${tag}%` })).groups.nodes).toEqual([]);
    });
  });

  describe('flair', () => {
    it("shows a listed group on a member's posts, and only while they are a member", async () => {
      const g = await createGroup(staff, { name: `Flair ${Math.random().toString(36).slice(2, 8)}` });
      const hidden = await createGroup(staff, { visibility: 'HIDDEN' });
      const forum = await createForum(staff);
      const member = await createUser(t);
      const setFlair = `mutation($id: ID) { setGroupFlair(groupId: $id) { name slug } }`;
      const notMember = await member.client.error(setFlair, { id: g.id });
      expect([notMember.extensions?.code, notMember.extensions?.field]).toEqual(['BAD_USER_INPUT', 'groupId']);
      await member.client.ok(JOIN, { id: g.id });
      expect((await member.client.ok(setFlair, { id: g.id })).setGroupFlair).toEqual({ name: g.name, slug: g.slug });
      const thread = await createThread(member, forum.id);
      const postQ = `query($id: ID!) { post(id: $id) { author { groupFlair { name slug } } } }`;
      expect((await t.client().ok(postQ, { id: thread.openingPostId })).post.author.groupFlair).toEqual({ name: g.name, slug: g.slug });
      const hiddenFlair = await staff.client.error(setFlair, { id: hidden.id });
      expect([hiddenFlair.extensions?.code, hiddenFlair.extensions?.field]).toEqual(['BAD_USER_INPUT', 'groupId']);
      await member.client.ok(LEAVE, { id: g.id });
      expect((await t.client().ok(postQ, { id: thread.openingPostId })).post.author.groupFlair).toBeNull();
    });
  });

  describe('notifications', () => {
    it('pages newest first and marks one or all read', async () => {
      const owner = await createUser(t);
      const groups = [
        await createGroup(staff, { policy: 'REQUEST', owner }),
        await createGroup(staff, { policy: 'REQUEST', owner }),
        await createGroup(staff, { policy: 'REQUEST', owner }),
      ];
      const asker = await createUser(t);
      for (const g of groups) await asker.client.ok(REQUEST, { id: g.id });
      const page = `query($after: String) { notifications(first: 2, after: $after) { nodes { id group { slug } } pageInfo { hasNextPage endCursor } } }`;
      const first = (await owner.client.ok(page)).notifications;
      expect(first.nodes.map((n: { group: { slug: string } }) => n.group.slug)).toEqual([groups[2].slug, groups[1].slug]);
      const second = (await owner.client.ok(page, { after: first.pageInfo.endCursor })).notifications;
      expect(second.nodes.map((n: { group: { slug: string } }) => n.group.slug)).toEqual([groups[0].slug]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const read = `mutation($id: ID!) { markNotificationRead(id: $id) { id read } }`;
      expect((await owner.client.ok(read, { id: first.nodes[0].id })).markNotificationRead.read).toBe(true);
      expect((await owner.client.ok(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(2);
      // Someone else's notification does not exist for you.
      expect((await asker.client.error(read, { id: first.nodes[1].id })).extensions?.code).toBe('NOT_FOUND');
      expect((await owner.client.ok(`mutation { markAllNotificationsRead }`)).markAllNotificationsRead).toBe(2);
      expect(await owner.client.ok(`{ unreadNotificationCount notifications(unreadOnly: true) { nodes { id } } }`)).toEqual({
        unreadNotificationCount: 0,
        notifications: { nodes: [] },
      });
      expect((await t.client().error(`{ unreadNotificationCount }`)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('tells a mentioned user, only if they can see the post, and never shows what they can no longer see', async () => {
      const g = await createGroup(staff, { policy: 'OPEN' });
      const privateForum = await createForum(staff, { groupId: g.id });
      const publicForum = await createForum(staff);
      const author = await createUser(t);
      const insider = await createUser(t);
      const outsider = await createUser(t);
      await author.client.ok(JOIN, { id: g.id });
      await insider.client.ok(JOIN, { id: g.id });
      const privateThread = await createThread(author, privateForum.id, {
        body: `Ping @${insider.handle} and @${outsider.handle} and myself @${author.handle}`,
      });
      await createThread(author, publicForum.id, { body: `Public ping @${outsider.handle}` });
      const q = `{ unreadNotificationCount notifications { nodes { kind actor { handle } } } }`;
      expect(await insider.client.ok(q)).toEqual({
        unreadNotificationCount: 1,
        notifications: { nodes: [{ kind: 'MENTION', actor: { handle: author.handle } }] },
      });
      expect((await outsider.client.ok(q)).unreadNotificationCount).toBe(1);
      expect((await author.client.ok(q)).unreadNotificationCount).toBe(0);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [outsider.id]);
      expect(n).toBe(1);
      // The insider leaves: the mention of a post they can no longer see is gone from list and count.
      await insider.client.ok(LEAVE, { id: g.id });
      expect(await insider.client.ok(q)).toEqual({ unreadNotificationCount: 0, notifications: { nodes: [] } });
      await reply(author, privateThread.id, `Only a reply here`);
    });
  });
});
