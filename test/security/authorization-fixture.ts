import { randomBytes } from 'node:crypto';
import { SessionsService } from '../../server/src/modules/accounts/sessions.service';
import { createForum, createGroup, createThread, createUser, reply, type GroupPolicy, type TestUser } from '../support/factories';
import type { GqlClient } from '../support/gql-client';
import { waitForSearchSync } from '../support/search';
import type { TestApp } from '../support/test-app';

/**
 * The world the authorization matrix (authorization-matrix.ts) is played in: eight roles, a group with a private
 * forum, a hidden group, public and private threads with accepted answers, hidden posts and notifications. Built once;
 * the read content is never written to by a case, and every mutating case makes its own target with the helpers
 * below, so cases do not depend on each other or on their order.
 */

export const ROLES = ['anonymous', 'outsider', 'member', 'owner', 'expert', 'staff', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

export interface Ref {
  id: string;
  slug: string;
}
export interface ThreadRef {
  id: string;
  openingPostId: string;
}

export interface Fixture {
  t: TestApp;
  /** The person behind each signed-in role (anonymous has none). */
  users: Record<SignedInRole, TestUser>;
  /** A member of `group` (showing its flair) who wrote the answers and replies of the read content (no role of the matrix). */
  author: TestUser;
  /** Has a pending request to join `group`; shows the flair of a group that was hidden after they chose it. */
  requester: TestUser;
  /** Has a pending invitation to `group`. */
  invitee: TestUser;
  /** Acme Roofing: the member and the author work there. */
  organization: { id: string; name: string };
  /** LISTED, REQUEST policy: owner (OWNER), member and author (MEMBER). */
  group: Ref & { name: string };
  /** HIDDEN, INVITE policy: owner (OWNER), member (MEMBER); outsider, expert, staff, moderator and admin were invited, then revoked. */
  hiddenGroup: Ref & { name: string };
  /** Private to `group`: the read content. */
  privateForum: Ref;
  /** Private to `group`: where mutating cases make their private targets. */
  workForum: Ref;
  /** Public: the read content. */
  publicForum: Ref;
  /** Public: where mutating cases make their public targets. */
  workPublicForum: Ref;
  /** Public: where moved threads go. */
  moveTarget: Ref;
  /** In privateForum, asked by the member: an accepted answer and another reply by the author. */
  privateThread: ThreadRef;
  /** In publicForum, asked by the member: an accepted answer, another reply, and a reply a moderator hid, all by the author. */
  publicThread: ThreadRef;
  /** In publicForum, by the author, hidden by a moderator. */
  hiddenThread: ThreadRef;
  posts: { privateAnswer: string; privateReply: string; publicAnswer: string; publicReply: string; hiddenReply: string };
  /** What an id or @handle of the fixture is called in the matrix ('member', 'private answer', ...); null stays null. */
  label(key: string | null | undefined): string | null;
}

/** A signed-in client with a session of its own for this user (signing out or in there leaves the shared one alone). */
export async function sessionClient(fx: Fixture, user: TestUser): Promise<GqlClient> {
  const { token } = await fx.t.app.get(SessionsService).create(user.id, 'jest');
  const client = fx.t.client();
  client.cookie = `tl_session=${token}`;
  return client;
}

/** Gives a role's shared client a new session (after a case ended every session of that user). */
export async function renewSession(fx: Fixture, user: TestUser): Promise<void> {
  const { token } = await fx.t.app.get(SessionsService).create(user.id, 'jest');
  user.client.cookie = `tl_session=${token}`;
}

/** Puts a user's password back to the factories' default (the author's hash is that password's). */
export async function resetPassword(fx: Fixture, user: TestUser): Promise<void> {
  await fx.t.db.query(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE id = $2) WHERE id = $1`, [user.id, fx.author.id]);
}

const hex = () => randomBytes(4).toString('hex');

export function freshUser(fx: Fixture): Promise<TestUser> {
  return createUser(fx.t);
}

/** A public forum of its own, made by staff. */
export function freshForum(fx: Fixture): Promise<Ref> {
  return createForum(fx.users.staff);
}

export async function freshOrganization(fx: Fixture): Promise<{ id: string }> {
  const { createOrganization } = await fx.users.admin.client.ok(`mutation($name: String!) { createOrganization(input: { name: $name }) { id } }`, {
    name: `Org ${hex()}`,
  });
  return createOrganization;
}

/**
 * A group of its own in which the roles stand as in the fixture: the owner owns it and the member belongs to it
 * (placed directly: how they joined is not what the case is about). `owner: null` leaves both out of it.
 */
export async function freshGroup(fx: Fixture, opts: { visibility: 'LISTED' | 'HIDDEN'; policy: GroupPolicy; owner?: TestUser | null }): Promise<Ref> {
  const owner = opts.owner === undefined ? fx.users.owner : opts.owner;
  const group = await createGroup(fx.users.staff, { visibility: opts.visibility, policy: opts.policy, owner: owner ?? (await freshUser(fx)) });
  if (owner === fx.users.owner)
    await fx.t.db.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [group.id, fx.users.member.id]);
  return group;
}

export type Where = 'private' | 'public';

/** A thread of its own, by the member unless said otherwise: in the group's work forum, or a public one. */
export function freshThread(fx: Fixture, where: Where, by: TestUser = fx.users.member): Promise<ThreadRef> {
  return createThread(by, where === 'private' ? fx.workForum.id : fx.workPublicForum.id, { title: `A thread of its own ${hex()}` });
}

/** A reply of its own (by the member unless said otherwise) in a new thread the owner started. */
export async function freshReply(
  fx: Fixture,
  where: Where,
  by: TestUser = fx.users.member,
  body = 'A reply of its own.',
): Promise<{ threadId: string; postId: string }> {
  const thread = await freshThread(fx, where, fx.users.owner);
  return { threadId: thread.id, postId: (await reply(by, thread.id, body)).id };
}

export async function acceptAnswer(by: TestUser, postId: string): Promise<void> {
  await by.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: postId });
}

export async function moderateThread(fx: Fixture, threadId: string, action: 'HIDE' | 'LOCK'): Promise<void> {
  await fx.users.moderator.client.ok(
    `mutation($t: ID!, $a: ThreadModerationAction!) { moderateThread(input: { threadId: $t, action: $a, reason: "fixture" }) { id } }`,
    {
      t: threadId,
      a: action,
    },
  );
}

export async function hidePost(fx: Fixture, postId: string): Promise<void> {
  await fx.users.moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "fixture" }) { id } }`, { p: postId });
}

export async function invite(by: TestUser, groupId: string, user: TestUser): Promise<string> {
  const { inviteToGroup } = await by.client.ok(`mutation($g: ID!, $h: String!) { inviteToGroup(groupId: $g, handle: $h) { id } }`, {
    g: groupId,
    h: user.handle,
  });
  return inviteToGroup.id;
}

export async function requestToJoin(by: TestUser, groupId: string): Promise<void> {
  await by.client.ok(`mutation($g: ID!) { requestToJoinGroup(groupId: $g, message: "May I join?") { id } }`, { g: groupId });
}

export async function pendingRequestId(t: TestApp, groupId: string, user: TestUser): Promise<string> {
  const [row] = await t.db.query(`SELECT id FROM group_join_requests WHERE group_id = $1 AND user_id = $2 AND status = 'PENDING'`, [groupId, user.id]);
  return row.id;
}

/** The notification an invitation gave its invitee. */
export async function invitationNotificationId(t: TestApp, invitationId: string): Promise<string> {
  const [row] = await t.db.query(`SELECT id FROM notifications WHERE invitation_id = $1 AND kind = 'GROUP_INVITATION'`, [invitationId]);
  return row.id;
}

export async function buildFixture(t: TestApp): Promise<Fixture> {
  const admin = await createUser(t, { roles: ['ADMIN'], displayName: 'Ada Lovegood' });
  const { createOrganization: organization } = await admin.client.ok(
    `mutation { createOrganization(input: { name: "Acme Roofing", plan: ENTERPRISE }) { id name } }`,
  );
  const [outsider, member, owner, expert, staff, moderator, author, requester, invitee] = await Promise.all([
    createUser(t, { displayName: 'Olive Outsider' }),
    createUser(t, { displayName: 'Mina Member', organizationId: organization.id }),
    createUser(t, { displayName: 'Otto Owner' }),
    createUser(t, { displayName: 'Esme Expert', roles: ['EXPERT'] }),
    createUser(t, { displayName: 'Stella Support', roles: ['STAFF'] }),
    createUser(t, { displayName: 'Maude Keeper', roles: ['MODERATOR'] }),
    createUser(t, { displayName: 'Ari Author', organizationId: organization.id }),
    createUser(t, { displayName: 'Rita Requester' }),
    createUser(t, { displayName: 'Ivo Invitee' }),
  ]);
  const users = { outsider, member, owner, expert, staff, moderator, admin };

  // The listed group: the member joins by request, the author by invitation; a request and an invitation stay pending.
  const group = await createGroup(staff, { name: 'Solar Installers Circle', policy: 'REQUEST', visibility: 'LISTED', owner });
  await requestToJoin(member, group.id);
  await owner.client.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { id } }`, { r: await pendingRequestId(t, group.id, member) });
  await author.client.ok(`mutation($i: ID!) { respondToGroupInvitation(invitationId: $i, accept: true) { id } }`, { i: await invite(owner, group.id, author) });
  await requestToJoin(requester, group.id);
  await invite(owner, group.id, invitee);
  await author.client.ok(`mutation($g: ID) { setGroupFlair(groupId: $g) { slug } }`, { g: group.id });
  // A flair chosen while the group was listed, then the group hidden: its name must stop travelling on posts.
  const quietGroup = await createGroup(staff, { name: 'Quiet Circle', policy: 'OPEN', visibility: 'LISTED', owner: requester });
  await requester.client.ok(`mutation($g: ID) { setGroupFlair(groupId: $g) { slug } }`, { g: quietGroup.id });
  await requester.client.ok(`mutation($g: ID!) { updateGroup(input: { id: $g, visibility: HIDDEN }) { id } }`, { g: quietGroup.id });

  // The hidden group: the member joins by invitation; everyone else who was invited had the invitation withdrawn, so
  // the notification about it is all that is left (and only staff and admins, who see every group, still see it).
  const hiddenGroup = await createGroup(staff, { name: 'Roofing Insiders', policy: 'INVITE', visibility: 'HIDDEN', owner });
  await member.client.ok(`mutation($i: ID!) { respondToGroupInvitation(invitationId: $i, accept: true) { id } }`, {
    i: await invite(owner, hiddenGroup.id, member),
  });
  for (const user of [outsider, expert, staff, moderator, admin]) {
    await owner.client.ok(`mutation($i: ID!) { revokeGroupInvitation(invitationId: $i) { id } }`, { i: await invite(owner, hiddenGroup.id, user) });
  }

  const privateForum = await createForum(staff, { name: 'Solar Installers Lounge', groupId: group.id });
  const workForum = await createForum(staff, { name: 'Solar Installers Workbench', groupId: group.id });
  const publicForum = await createForum(staff, { name: 'Lead Routing' });
  const workPublicForum = await createForum(staff, { name: 'Lead Routing Workbench' });
  const moveTarget = await createForum(staff, { name: 'Lead Routing Archive Shelf' });

  const publicThread = await createThread(member, publicForum.id, { title: 'How do I route leads by state?' });
  const publicAnswer = (await reply(author, publicThread.id, 'Use a filter step on the state field.')).id;
  await acceptAnswer(member, publicAnswer);
  const publicReply = (await reply(author, publicThread.id, 'A second way: route by area code.')).id;
  const hiddenReply = (await reply(author, publicThread.id, 'Buy my lead lists, cheap!')).id;
  // Started last, so hiding it must hand the forum's "last thread" back to the visible one.
  const hiddenThread = await createThread(author, publicForum.id, { title: 'A thread a moderator hid' });
  const privateThread = await createThread(member, privateForum.id, { title: 'Which installers share lead lists?' });
  const privateAnswer = (await reply(author, privateThread.id, 'We swap lists in the Workbench every Friday.')).id;
  await acceptAnswer(member, privateAnswer);
  const privateReply = (await reply(author, privateThread.id, 'Ask Otto for the Friday list.')).id;
  const fx: Fixture = {
    t,
    users,
    author,
    requester,
    invitee,
    organization,
    group,
    hiddenGroup,
    privateForum,
    workForum,
    publicForum,
    workPublicForum,
    moveTarget,
    privateThread,
    publicThread,
    hiddenThread,
    posts: { privateAnswer, privateReply, publicAnswer, publicReply, hiddenReply },
    label: () => null,
  };
  await hidePost(fx, hiddenReply);
  await moderateThread(fx, hiddenThread.id, 'HIDE');

  const labels = new Map<string, string>();
  for (const [name, user] of Object.entries({ ...users, author, requester, invitee })) {
    labels.set(user.id, name);
    labels.set(user.handle, name);
  }
  const named: Array<[string, string]> = [
    [group.id, 'group'],
    [hiddenGroup.id, 'hidden group'],
    [privateForum.id, 'private forum'],
    [workForum.id, 'work forum'],
    [publicForum.id, 'public forum'],
    [privateThread.id, 'private thread'],
    [publicThread.id, 'public thread'],
    [hiddenThread.id, 'hidden thread'],
    [privateThread.openingPostId, 'private question'],
    [publicThread.openingPostId, 'public question'],
    [hiddenThread.openingPostId, 'hidden question'],
    [privateAnswer, 'private answer'],
    [privateReply, 'private reply'],
    [publicAnswer, 'public answer'],
    [publicReply, 'public reply'],
    [hiddenReply, 'hidden reply'],
  ];
  for (const [id, name] of named) labels.set(id, name);
  fx.label = (key) => (key == null ? null : (labels.get(key) ?? `unknown ${key}`));
  // Search cases read the index: every fixture thread is in it (or, hidden, out of it) before any case runs.
  await waitForSearchSync(t);
  return fx;
}
