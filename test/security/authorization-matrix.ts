import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_PASSWORD, SAMPLE_FILES, createGroup, reply, uploadAttachment, type TestUser } from '../support/factories';
import {
  acceptAnswer,
  freshForum,
  freshGroup,
  freshOrganization,
  freshReply,
  freshThread,
  freshUser,
  invite,
  moderateThread,
  invitationNotificationId,
  pendingRequestId,
  renewSession,
  requestToJoin,
  resetPassword,
  type Fixture,
  type Role,
  type Where,
} from './authorization-fixture';

/**
 * The authorization matrix (issue 8): for every field of `type Query` and `type Mutation` in server/schema.graphql,
 * and for the object fields that carry private data, what each of eight roles gets. The roles, as the fixture
 * (authorization-fixture.ts) makes them:
 *
 *   anonymous  signed out
 *   outsider   a signed-in member outside the group
 *   member     a MEMBER of the group (and of the hidden group); works at Acme Roofing, like the author
 *   owner      the group's OWNER (and the hidden group's)
 *   expert     holds the EXPERT role, not in the group
 *   staff      holds STAFF, not in the group: sees every forum and group, not hidden posts
 *   moderator  holds MODERATOR, not in the group: sees hidden posts, not the group's private forums
 *   admin      holds ADMIN, not in the group: sees everything
 *
 * An outcome is 'ok' (no error), `ok(value)` (no error, and `pick` of the data equals value) or the
 * `extensions.code` of the one error, raised by the field itself or on the way to it (an object field behind a
 * root field that refuses). Each case acts with a session of its own; mutations get a fresh target per role from
 * `variables`, so cases stand alone and their order does not matter.
 */

export type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
export const REFUSALS: readonly Refusal[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'];
export type Outcome = 'ok' | Refusal | { ok: unknown };
export type Outcomes = Record<Role, Outcome>;
export type Variables = Record<string, unknown>;

export interface CaseContext {
  fx: Fixture;
  role: Role;
  /** The person acting (null when anonymous). */
  actor: TestUser | null;
}

export interface Scenario {
  /** What is asked for, or of whom, as a reader would say it. */
  about: string;
  document: string;
  /** The variables for one role; may make a fresh target first (runs before each case). */
  variables?: (c: CaseContext) => Variables | Promise<Variables>;
  /** What to compare with the value of `ok(value)` outcomes. */
  pick?: (data: any, c: CaseContext & { variables: Variables }) => unknown;
  expected: Outcomes;
  /** Puts back what the case changed on a role's shared account (its password, its sessions, its flair). */
  after?: (c: CaseContext) => Promise<void>;
}

export const ok = (value: unknown): { ok: unknown } => ({ ok: value });

// ── Rows that recur ─────────────────────────────────────────────────────────────────────────────────────────────
const EVERYONE: Outcomes = { anonymous: 'ok', outsider: 'ok', member: 'ok', owner: 'ok', expert: 'ok', staff: 'ok', moderator: 'ok', admin: 'ok' };
const SIGNED_IN: Outcomes = { ...EVERYONE, anonymous: 'UNAUTHENTICATED' };
/** Staff work (forums, accounts lists): FORBIDDEN for everyone else, anonymous visitors included. */
const STAFF_ONLY: Outcomes = {
  anonymous: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  member: 'FORBIDDEN',
  owner: 'FORBIDDEN',
  expert: 'FORBIDDEN',
  staff: 'ok',
  moderator: 'FORBIDDEN',
  admin: 'ok',
};
const ADMIN_ONLY: Outcomes = { ...STAFF_ONLY, staff: 'FORBIDDEN' };
/** Moderation of public content: moderators and admins; FORBIDDEN for everyone else, anonymous visitors included. */
const MODERATORS_ONLY: Outcomes = { ...STAFF_ONLY, staff: 'FORBIDDEN', moderator: 'ok' };
/** The group's private content: its members, staff and admins; it does not exist (NOT_FOUND) for anyone else. */
const GROUP_READERS: Outcomes = {
  anonymous: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  member: 'ok',
  owner: 'ok',
  expert: 'NOT_FOUND',
  staff: 'ok',
  moderator: 'NOT_FOUND',
  admin: 'ok',
};
/**
 * Hidden posts and threads: moderators and admins; NOT_FOUND for everyone else. Their author (a user outside these roles)
 * still reaches them, marked hidden with the reason: test/integration/notification-rules.int-spec.ts proves it.
 */
const HIDDEN_READERS: Outcomes = { ...GROUP_READERS, member: 'NOT_FOUND', owner: 'NOT_FOUND', staff: 'NOT_FOUND', moderator: 'ok' };
/** Running a hidden group (owners, staff, admins): a plain member is refused; outsiders do not know it exists. */
const HIDDEN_GROUP_MANAGERS: Outcomes = { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN' };
/** Writing a member's own post in the group's private forum: the author; admins moderate; the rest NOT_FOUND or refused. */
const OWN_PRIVATE_POST: Outcomes = {
  anonymous: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  member: 'ok',
  owner: 'FORBIDDEN',
  expert: 'NOT_FOUND',
  staff: 'FORBIDDEN',
  moderator: 'NOT_FOUND',
  admin: 'ok',
};
/** The same in a public forum: the author and moderators; anonymous visitors are asked to sign in. */
const OWN_PUBLIC_POST: Outcomes = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'FORBIDDEN',
  member: 'ok',
  owner: 'FORBIDDEN',
  expert: 'FORBIDDEN',
  staff: 'FORBIDDEN',
  moderator: 'ok',
  admin: 'ok',
};
/** Moderating the group's private content: only admins see it and moderate; group people are refused, others NOT_FOUND. */
const PRIVATE_MODERATION: Outcomes = { ...GROUP_READERS, member: 'FORBIDDEN', owner: 'FORBIDDEN', staff: 'FORBIDDEN' };

const ESCALATE = `mutation($t: ID!) { escalateThread(input: { threadId: $t, priority: STANDARD, whatHappened: "Leads stopped routing" }) { number } }`;
/** A ticket of its own: the member escalates a new thread of theirs in the public work forum. */
async function freshTicket(fx: Fixture): Promise<{ threadId: string; number: number }> {
  const thread = await freshThread(fx, 'public', fx.users.member);
  const { escalateThread } = await fx.users.member.client.ok(ESCALATE, { t: thread.id });
  return { threadId: thread.id, number: escalateThread.number };
}
/** The requester (the member), staff and admins; everyone else NOT_FOUND. */
const TICKET_READERS: Outcomes = { ...GROUP_READERS, owner: 'NOT_FOUND' };

/** The support calendar and targets as the migration seeds them (the policy's defaults). */
const DEFAULT_SUPPORT_INPUT = {
  timeZone: 'America/New_York',
  hours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday, i) =>
    i < 5 ? { weekday, closed: false, opens: '09:00', closes: '18:00' } : { weekday, closed: true },
  ),
  holidaySource: 'US_FEDERAL',
  extraHolidays: [],
  removedHolidays: [],
  targets: [
    { plan: 'STANDARD', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
    { plan: 'STANDARD', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'EMERGENCY', firstResponseMinutes: 60, clock: 'WALL' },
  ],
};

/** Fixture threads and forums among search results, by label, sorted (threads other cases make are left out). */
const fixtureLabels = (ids: string[], fx: Fixture) => sorted(ids.map((id) => fx.label(id)).filter((l): l is string => !!l && !l.startsWith('unknown')));
const NO_HITS = { threads: [], forums: [] };
const PRIVATE_HITS = { threads: ['private thread'], forums: ['private forum'] };

// ── Small pieces ────────────────────────────────────────────────────────────────────────────────────────────────
const hex = () => randomBytes(4).toString('hex');
const sorted = (labels: Array<string | null>) => [...labels].sort();
const ids = (nodes: Array<{ id: string }>, c: CaseContext) => sorted(nodes.map((n) => c.fx.label(n.id)));
const asMember = (role: Role) => role === 'member' || role === 'owner';

async function privateQuestionWithOwnersReply(fx: Fixture, where: Where) {
  const thread = await freshThread(fx, where);
  return { thread, answer: await reply(fx.users.owner, thread.id, 'Here is what worked for us.') };
}

/** A reply by the member that the member has edited once (revision 1 is an earlier version). */
async function editedReply(fx: Fixture, where: Where): Promise<string> {
  const { postId } = await freshReply(fx, where, fx.users.member, 'My key is sk_live_123');
  await fx.users.member.client.ok(`mutation($p: ID!) { editPost(input: { postId: $p, body: "My key is [removed]" }) { id } }`, { p: postId });
  return postId;
}

async function groupWithPendingRequest(fx: Fixture, thenHide: boolean): Promise<string> {
  const group = await freshGroup(fx, { visibility: 'LISTED', policy: 'REQUEST' });
  const requester = await freshUser(fx);
  await requestToJoin(requester, group.id);
  if (thenHide) await fx.users.owner.client.ok(`mutation($g: ID!) { updateGroup(input: { id: $g, visibility: HIDDEN }) { id } }`, { g: group.id });
  return pendingRequestId(fx.t, group.id, requester);
}

async function hiddenGroupInvitation(fx: Fixture): Promise<string> {
  const group = await freshGroup(fx, { visibility: 'HIDDEN', policy: 'INVITE' });
  return invite(fx.users.owner, group.id, await freshUser(fx));
}

/** An invitation to a hidden group of a stranger's, where none of the roles belongs. */
async function strangersInvitation(fx: Fixture, invitee: TestUser): Promise<{ owner: TestUser; invitationId: string }> {
  const owner = await freshUser(fx);
  const group = await createGroup(fx.users.staff, { visibility: 'HIDDEN', policy: 'INVITE', owner });
  return { owner, invitationId: await invite(owner, group.id, invitee) };
}

const hiddenGroup = async ({ fx }: CaseContext) => ({ g: (await freshGroup(fx, { visibility: 'HIDDEN', policy: 'INVITE' })).id });

// ── Query ───────────────────────────────────────────────────────────────────────────────────────────────────────
export const QUERY_MATRIX: Record<string, Scenario[]> = {
  forum: [
    {
      about: "the group's private forum",
      document: `query($slug: String!) { forum(slug: $slug) { id } }`,
      variables: ({ fx }) => ({ slug: fx.privateForum.slug }),
      expected: GROUP_READERS,
    },
  ],
  forums: [
    {
      about: 'the list shows the private forum only to those who may read it',
      document: `{ forums { id } }`,
      pick: (d, { fx }) => d.forums.some((f: { id: string }) => f.id === fx.privateForum.id),
      expected: {
        anonymous: ok(false),
        outsider: ok(false),
        member: ok(true),
        owner: ok(true),
        expert: ok(false),
        staff: ok(true),
        moderator: ok(false),
        admin: ok(true),
      },
    },
  ],
  group: [
    {
      about: 'the hidden group',
      document: `query($slug: String!) { group(slug: $slug) { id } }`,
      variables: ({ fx }) => ({ slug: fx.hiddenGroup.slug }),
      expected: GROUP_READERS,
    },
  ],
  groups: [
    {
      about: 'the directory shows the hidden group only to its members, staff and admins',
      document: `{ groups(query: "Roofing Insiders") { nodes { id } } }`,
      pick: (d, c) => ids(d.groups.nodes, c),
      expected: {
        anonymous: ok([]),
        outsider: ok([]),
        member: ok(['hidden group']),
        owner: ok(['hidden group']),
        expert: ok([]),
        staff: ok(['hidden group']),
        moderator: ok([]),
        admin: ok(['hidden group']),
      },
    },
    {
      about: 'only your groups (mine: true)',
      document: `{ groups(mine: true, query: "Solar Installers Circle") { nodes { id } } }`,
      pick: (d, c) => ids(d.groups.nodes, c),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok([]),
        member: ok(['group']),
        owner: ok(['group']),
        expert: ok([]),
        staff: ok([]),
        moderator: ok([]),
        admin: ok([]),
      },
    },
  ],
  latestThreads: [
    {
      about: "the home page's Latest: private forums' threads for the group's readers, hidden threads for moderators",
      document: `{ latestThreads(first: 100) { nodes { isHidden forum { isPrivate } } } }`,
      pick: (d) => ({
        private: d.latestThreads.nodes.some((n: any) => n.forum.isPrivate),
        hidden: d.latestThreads.nodes.some((n: any) => n.isHidden),
      }),
      expected: {
        anonymous: ok({ private: false, hidden: false }),
        outsider: ok({ private: false, hidden: false }),
        member: ok({ private: true, hidden: false }),
        owner: ok({ private: true, hidden: false }),
        expert: ok({ private: false, hidden: false }),
        staff: ok({ private: true, hidden: false }),
        moderator: ok({ private: false, hidden: true }),
        admin: ok({ private: true, hidden: true }),
      },
    },
  ],
  me: [
    {
      about: 'who is signed in',
      document: `{ me { id } }`,
      pick: (d, { fx }) => fx.label(d.me?.id),
      expected: {
        anonymous: ok(null),
        outsider: ok('outsider'),
        member: ok('member'),
        owner: ok('owner'),
        expert: ok('expert'),
        staff: ok('staff'),
        moderator: ok('moderator'),
        admin: ok('admin'),
      },
    },
  ],
  myEmailPreferences: [{ about: 'how you get email per notification kind', document: `{ myEmailPreferences { kind delivery } }`, expected: SIGNED_IN }],
  myTickets: [{ about: 'the tickets you asked for', document: `{ myTickets { number } }`, expected: SIGNED_IN }],
  ticketQueue: [
    {
      about: 'the staff queue of open tickets',
      document: `query($f: TicketQueueFilter) { ticketQueue(first: 5, filter: $f) { totalCount nodes { number } } }`,
      variables: async ({ fx }) => {
        await freshTicket(fx);
        return { f: { statuses: ['NEW'] } };
      },
      expected: STAFF_ONLY,
    },
  ],
  moderationLog: [{ about: 'the audit log', document: `{ moderationLog(first: 5) { nodes { id } } }`, expected: MODERATORS_ONLY }],
  myGroupInvitations: [{ about: 'your open invitations', document: `{ myGroupInvitations { id } }`, expected: SIGNED_IN }],
  notifications: [
    {
      about: 'yours about the two groups: a withdrawn invitation to the hidden group only while you may still see that group',
      document: `{ notifications(first: 100) { nodes { kind group { id } } } }`,
      pick: (d, { fx }) =>
        sorted(
          d.notifications.nodes
            .filter((n: any) => [fx.group.id, fx.hiddenGroup.id].includes(n.group?.id))
            .map((n: any) => `${fx.label(n.group.id)}: ${n.kind}`),
        ),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok([]),
        member: ok(['group: GROUP_REQUEST_APPROVED', 'hidden group: GROUP_INVITATION']),
        owner: ok(['group: GROUP_JOIN_REQUESTED', 'group: GROUP_JOIN_REQUESTED']),
        expert: ok([]),
        staff: ok(['hidden group: GROUP_INVITATION']),
        moderator: ok([]),
        admin: ok(['hidden group: GROUP_INVITATION']),
      },
    },
  ],
  organizations: [{ about: 'every customer organization', document: `{ organizations { id } }`, expected: STAFF_ONLY }],
  post: [
    {
      about: "an answer in the group's private forum",
      document: `query($id: ID!) { post(id: $id) { id } }`,
      variables: ({ fx }) => ({ id: fx.posts.privateAnswer }),
      expected: GROUP_READERS,
    },
    {
      about: 'a reply a moderator hid',
      document: `query($id: ID!) { post(id: $id) { id } }`,
      variables: ({ fx }) => ({ id: fx.posts.hiddenReply }),
      expected: HIDDEN_READERS,
    },
  ],
  previewMarkdown: [{ about: 'the composer preview', document: `{ previewMarkdown(body: "**bold**") }`, expected: SIGNED_IN }],
  search: [
    {
      about: "the group's private thread (its answer says Friday): only for those who see its forum, in hits and in facets",
      document: `{ search(query: "Friday", first: 50) { hits { thread { id } } facets { forums { forum { id } count } } } }`,
      pick: (d, { fx }) => ({
        threads: fixtureLabels(
          d.search.hits.map((h: any) => h.thread.id),
          fx,
        ),
        forums: fixtureLabels(
          d.search.facets.forums.map((f: any) => f.forum.id),
          fx,
        ),
      }),
      expected: {
        anonymous: ok(NO_HITS),
        outsider: ok(NO_HITS),
        member: ok(PRIVATE_HITS),
        owner: ok(PRIVATE_HITS),
        expert: ok(NO_HITS),
        staff: ok(PRIVATE_HITS),
        moderator: ok(NO_HITS),
        admin: ok(PRIVATE_HITS),
      },
    },
    {
      about: 'a public thread (a reply says area code): for everyone',
      document: `{ search(query: "area code", first: 50) { hits { thread { id } } } }`,
      pick: (d, { fx }) =>
        fixtureLabels(
          d.search.hits.map((h: any) => h.thread.id),
          fx,
        ),
      expected: {
        anonymous: ok(['public thread']),
        outsider: ok(['public thread']),
        member: ok(['public thread']),
        owner: ok(['public thread']),
        expert: ok(['public thread']),
        staff: ok(['public thread']),
        moderator: ok(['public thread']),
        admin: ok(['public thread']),
      },
    },
  ],
  searchIndexStatus: [{ about: 'how far search is behind', document: `{ searchIndexStatus { pendingEvents } }`, expected: STAFF_ONLY }],
  searchSettings: [{ about: 'synonyms and stop words', document: `{ searchSettings { stopWords } }`, expected: ADMIN_ONLY }],
  slaPreview: [
    {
      about: 'the due time a ticket opened at an instant would get',
      document: `{ slaPreview(priority: CRITICAL, plan: STANDARD, openedAt: "2026-05-13T20:00:00.000Z") { firstResponseDueAt } }`,
      expected: STAFF_ONLY,
    },
  ],
  similarThreads: [
    {
      about: "a title like the group's private thread: suggested only to those who see its forum",
      document: `{ similarThreads(title: "Which installers share lead lists?", first: 10) { thread { id } } }`,
      pick: (d, { fx }) =>
        fixtureLabels(
          d.similarThreads.map((h: any) => h.thread.id),
          fx,
        ).filter((l) => l === 'private thread'),
      expected: {
        anonymous: ok([]),
        outsider: ok([]),
        member: ok(['private thread']),
        owner: ok(['private thread']),
        expert: ok([]),
        staff: ok(['private thread']),
        moderator: ok([]),
        admin: ok(['private thread']),
      },
    },
  ],
  supportStatus: [{ about: 'support hours and your plan’s targets', document: `{ supportStatus { openNow targets { priority } } }`, expected: EVERYONE }],
  supportSettings: [
    {
      about: 'business hours, holidays and SLA targets in force',
      document: `{ supportSettings { timeZone hours { weekday } targets { plan } upcomingHolidays(months: 12) { date } } }`,
      expected: STAFF_ONLY,
    },
  ],
  ticket: [
    {
      about: "the member's ticket",
      document: `query($n: Int!) { ticket(number: $n) { number } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      expected: TICKET_READERS,
    },
  ],
  thread: [
    {
      about: "a thread in the group's private forum",
      document: `query($id: ID!) { thread(id: $id) { id } }`,
      variables: ({ fx }) => ({ id: fx.privateThread.id }),
      expected: GROUP_READERS,
    },
    {
      about: 'a thread a moderator hid',
      document: `query($id: ID!) { thread(id: $id) { id } }`,
      variables: ({ fx }) => ({ id: fx.hiddenThread.id }),
      expected: HIDDEN_READERS,
    },
  ],
  unreadNotificationCount: [{ about: 'your unread count', document: `{ unreadNotificationCount }`, expected: SIGNED_IN }],
  user: [
    {
      about: "the author's profile by @handle",
      document: `query($h: String!) { user(handle: $h) { id } }`,
      variables: ({ fx }) => ({ h: fx.author.handle }),
      expected: EVERYONE,
    },
    {
      about: 'an unknown @handle',
      document: `{ user(handle: "nobody-by-this-name") { id } }`,
      expected: {
        anonymous: 'NOT_FOUND',
        outsider: 'NOT_FOUND',
        member: 'NOT_FOUND',
        owner: 'NOT_FOUND',
        expert: 'NOT_FOUND',
        staff: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
      },
    },
  ],
  users: [{ about: 'every account', document: `{ users(first: 5) { nodes { id } } }`, expected: STAFF_ONLY }],
  userSuggestions: [
    {
      about: 'mention suggestions for the first letters of a handle',
      document: `query($p: String!) { userSuggestions(prefix: $p) { id } }`,
      variables: ({ fx }) => ({ p: fx.author.handle.slice(0, 4) }),
      expected: SIGNED_IN,
    },
  ],
  usersByHandles: [
    {
      about: "the composer's check of typed @handles",
      document: `query($h: [String!]!) { usersByHandles(handles: $h) { id } }`,
      variables: ({ fx }) => ({ h: [fx.author.handle, 'nobody-by-this-name'] }),
      expected: SIGNED_IN,
    },
  ],
};

// ── Mutation ────────────────────────────────────────────────────────────────────────────────────────────────────
const ACCEPT = `mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`;
const DELETE = `mutation($p: ID!) { deletePost(postId: $p) { id } }`;
const EDIT_POST = `mutation($p: ID!) { editPost(input: { postId: $p, body: "Edited for clarity." }) { id } }`;
const EDIT_THREAD = `mutation($t: ID!) { editThread(input: { threadId: $t, title: "A clearer title for this thread" }) { id } }`;
const JOIN = `mutation($g: ID!) { joinGroup(groupId: $g) { viewerState } }`;
const REQUEST = `mutation($g: ID!) { requestToJoinGroup(groupId: $g) { viewerState } }`;
const FLAIR = `mutation($g: ID) { setGroupFlair(groupId: $g) { slug } }`;
const HIDE_POST = `mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "Off topic" }) { id } }`;
const LOCK = `mutation($t: ID!) { moderateThread(input: { threadId: $t, action: LOCK, reason: "Resolved" }) { id } }`;
const MOVE = `mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "Better home" }) { id } }`;
const REDACT = `mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "A pasted key" }) { id } }`;
const REPLY = `mutation($t: ID!) { replyToThread(input: { threadId: $t, body: "Same here." }) { id } }`;
const RESPOND = `mutation($i: ID!) { respondToGroupInvitation(invitationId: $i, accept: true) { state } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const UPDATE_GROUP = `mutation($g: ID!) { updateGroup(input: { id: $g, description: "Edited." }) { id } }`;
const VOTE = `mutation($p: ID!) { voteHelpful(postId: $p) { id } }`;

const reply$ =
  (where: Where) =>
  async ({ fx }: CaseContext) => ({ p: (await freshReply(fx, where)).postId });
const thread$ =
  (where: Where) =>
  async ({ fx }: CaseContext) => ({ t: (await freshThread(fx, where)).id });
const forum$ = async ({ fx }: CaseContext) => ({ id: (await freshForum(fx)).id });
const clearFlair = async ({ fx, actor }: CaseContext) => {
  if (actor) await fx.t.db.query(`UPDATE group_memberships SET shows_flair = false WHERE user_id = $1`, [actor.id]);
};

export const MUTATION_MATRIX: Record<string, Scenario[]> = {
  acceptAnswer: [
    {
      about: "the owner's reply to the member's question in the private forum",
      document: ACCEPT,
      variables: async ({ fx }) => ({ p: (await privateQuestionWithOwnersReply(fx, 'private')).answer.id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'ok',
        owner: 'FORBIDDEN',
        expert: 'NOT_FOUND',
        staff: 'ok',
        moderator: 'NOT_FOUND',
        admin: 'ok',
      },
    },
    {
      about: "the owner's reply to the member's question in a public forum",
      document: ACCEPT,
      variables: async ({ fx }) => ({ p: (await privateQuestionWithOwnersReply(fx, 'public')).answer.id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'FORBIDDEN',
        member: 'ok',
        owner: 'FORBIDDEN',
        expert: 'FORBIDDEN',
        staff: 'ok',
        moderator: 'ok',
        admin: 'ok',
      },
    },
  ],
  assignTicket: [
    {
      about: "the member's ticket, to the acting staff member (staff only)",
      document: `mutation($n: Int!, $a: ID) { assignTicket(input: { number: $n, assigneeId: $a }) { number } }`,
      variables: async ({ fx, actor }) => ({ n: (await freshTicket(fx)).number, a: actor?.id ?? null }),
      expected: { ...TICKET_READERS, member: 'FORBIDDEN' },
    },
  ],
  archiveForum: [{ about: 'a forum', document: `mutation($id: ID!) { archiveForum(id: $id) { id } }`, variables: forum$, expected: STAFF_ONLY }],
  assignUserToOrganization: [
    {
      about: 'a user, into Acme Roofing',
      document: `mutation($u: ID!, $o: ID) { assignUserToOrganization(input: { userId: $u, organizationId: $o }) { id } }`,
      variables: async ({ fx }) => ({ u: (await freshUser(fx)).id, o: fx.organization.id }),
      expected: ADMIN_ONLY,
    },
  ],
  cancelJoinRequest: [
    {
      about: 'your pending request to a listed group (the member and the owner have none)',
      document: `mutation($g: ID!) { cancelJoinRequest(groupId: $g) { viewerState } }`,
      variables: async ({ fx, role, actor }) => {
        const group = await freshGroup(fx, { visibility: 'LISTED', policy: 'REQUEST' });
        if (actor && !asMember(role)) await requestToJoin(actor, group.id);
        return { g: group.id };
      },
      pick: (d) => d.cancelJoinRequest.viewerState,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok('NONE'),
        member: ok('MEMBER'),
        owner: ok('OWNER'),
        expert: ok('NONE'),
        staff: ok('NONE'),
        moderator: ok('NONE'),
        admin: ok('NONE'),
      },
    },
    {
      about: 'a hidden group',
      document: `mutation($g: ID!) { cancelJoinRequest(groupId: $g) { id } }`,
      variables: hiddenGroup,
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED' },
    },
  ],
  changePassword: [
    {
      about: 'your own, with the right current password',
      document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      variables: () => ({ input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new passphrase 42' } }),
      expected: SIGNED_IN,
      // The new password signed out every other session, the shared one too.
      after: async ({ fx, actor }) => {
        if (actor) await Promise.all([resetPassword(fx, actor), renewSession(fx, actor)]);
      },
    },
  ],
  clearAcceptedAnswer: [
    {
      about: "the accepted answer of the member's question in the private forum",
      document: `mutation($t: ID!) { clearAcceptedAnswer(threadId: $t) { id } }`,
      variables: async ({ fx }) => {
        const { thread, answer } = await privateQuestionWithOwnersReply(fx, 'private');
        await acceptAnswer(fx.users.member, answer.id);
        return { t: thread.id };
      },
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'ok',
        owner: 'FORBIDDEN',
        expert: 'NOT_FOUND',
        staff: 'ok',
        moderator: 'NOT_FOUND',
        admin: 'ok',
      },
    },
  ],
  createForum: [
    {
      about: 'a public forum',
      document: `mutation($name: String!) { createForum(input: { name: $name }) { id } }`,
      variables: () => ({ name: `Forum ${hex()}` }),
      expected: STAFF_ONLY,
    },
  ],
  createGroup: [
    {
      about: 'an open group',
      document: `mutation($name: String!) { createGroup(input: { name: $name, kind: INDUSTRY, membershipPolicy: OPEN }) { id } }`,
      variables: () => ({ name: `Group ${hex()}` }),
      expected: { ...STAFF_ONLY, anonymous: 'UNAUTHENTICATED' },
    },
  ],
  createOrganization: [
    {
      about: 'an organization',
      document: `mutation($name: String!) { createOrganization(input: { name: $name }) { id } }`,
      variables: () => ({ name: `Org ${hex()}` }),
      expected: ADMIN_ONLY,
    },
  ],
  createThread: [
    {
      about: "in the group's private forum (to anyone else it is no such forum)",
      document: `mutation($f: ID!) { createThread(input: { forumId: $f, title: "Who else installs in Texas?", body: "Curious." }) { id } }`,
      variables: ({ fx }) => ({ f: fx.workForum.id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'BAD_USER_INPUT',
        member: 'ok',
        owner: 'ok',
        expert: 'BAD_USER_INPUT',
        staff: 'ok',
        moderator: 'BAD_USER_INPUT',
        admin: 'ok',
      },
    },
  ],
  decideJoinRequest: [
    {
      about: "someone's request to join a listed group",
      document: `mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`,
      variables: async ({ fx }) => ({ r: await groupWithPendingRequest(fx, false) }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'FORBIDDEN',
        member: 'FORBIDDEN',
        owner: 'ok',
        expert: 'FORBIDDEN',
        staff: 'ok',
        moderator: 'FORBIDDEN',
        admin: 'ok',
      },
    },
    {
      about: 'a request to a group that has been hidden since',
      document: `mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: false) { status } }`,
      variables: async ({ fx }) => ({ r: await groupWithPendingRequest(fx, true) }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  deletePost: [
    { about: "the member's reply in the private forum", document: DELETE, variables: reply$('private'), expected: OWN_PRIVATE_POST },
    { about: "the member's reply in a public forum", document: DELETE, variables: reply$('public'), expected: OWN_PUBLIC_POST },
  ],
  escalateThread: [
    {
      about: "the member's own thread in a public forum (staff escalate for the asker)",
      document: ESCALATE,
      variables: async ({ fx }) => ({ t: (await freshThread(fx, 'public', fx.users.member)).id }),
      expected: { ...STAFF_ONLY, anonymous: 'UNAUTHENTICATED', member: 'ok' },
    },
    {
      about: "the member's own thread in the group's private forum",
      document: ESCALATE,
      variables: async ({ fx }) => ({ t: (await freshThread(fx, 'private', fx.users.member)).id }),
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED', owner: 'FORBIDDEN' },
    },
  ],
  editPost: [
    { about: "the member's reply in the private forum", document: EDIT_POST, variables: reply$('private'), expected: OWN_PRIVATE_POST },
    { about: "the member's reply in a public forum", document: EDIT_POST, variables: reply$('public'), expected: OWN_PUBLIC_POST },
  ],
  editThread: [
    { about: "the member's thread in the private forum", document: EDIT_THREAD, variables: thread$('private'), expected: OWN_PRIVATE_POST },
    { about: "the member's thread in a public forum", document: EDIT_THREAD, variables: thread$('public'), expected: OWN_PUBLIC_POST },
  ],
  inviteToGroup: [
    {
      about: 'someone, to a hidden group',
      document: `mutation($g: ID!, $h: String!) { inviteToGroup(groupId: $g, handle: $h) { id } }`,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'HIDDEN', policy: 'INVITE' })).id, h: (await freshUser(fx)).handle }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  joinGroup: [
    {
      about: 'a listed OPEN group',
      document: JOIN,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'LISTED', policy: 'OPEN' })).id }),
      pick: (d) => d.joinGroup.viewerState,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok('MEMBER'),
        member: ok('MEMBER'),
        owner: ok('OWNER'),
        expert: ok('MEMBER'),
        staff: ok('MEMBER'),
        moderator: ok('MEMBER'),
        admin: ok('MEMBER'),
      },
    },
    {
      about: 'a listed REQUEST group (staff and admins ask like everyone)',
      document: JOIN,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'LISTED', policy: 'REQUEST' })).id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'FORBIDDEN',
        member: 'ok',
        owner: 'ok',
        expert: 'FORBIDDEN',
        staff: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
    },
    {
      about: 'a hidden INVITE group, uninvited',
      document: JOIN,
      variables: hiddenGroup,
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
    },
  ],
  leaveGroup: [
    {
      about: 'a hidden group (its last owner must hand it over first)',
      document: `mutation($g: ID!) { leaveGroup(groupId: $g) }`,
      variables: hiddenGroup,
      pick: (d) => d.leaveGroup,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: ok(true),
        owner: 'BAD_USER_INPUT',
        expert: 'NOT_FOUND',
        staff: ok(false),
        moderator: 'NOT_FOUND',
        admin: ok(false),
      },
    },
  ],
  markThreadRead: [
    {
      about: 'a public thread: any signed-in reader keeps their place',
      document: `mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 1) { viewerUnread { lastReadPostNumber } } }`,
      variables: ({ fx }) => ({ t: fx.publicThread.id }),
      expected: SIGNED_IN,
    },
    {
      about: "a thread in the group's private forum",
      document: `mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 1) { id } }`,
      variables: ({ fx }) => ({ t: fx.privateThread.id }),
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED' },
    },
  ],
  markAllNotificationsRead: [{ about: 'your notifications', document: `mutation { markAllNotificationsRead }`, expected: SIGNED_IN }],
  markNotificationRead: [
    {
      about: "the member's notification of an invitation",
      document: `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      variables: async ({ fx }) => ({ id: await invitationNotificationId(fx.t, (await strangersInvitation(fx, fx.users.member)).invitationId) }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'ok',
        owner: 'NOT_FOUND',
        expert: 'NOT_FOUND',
        staff: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
      },
    },
    {
      about: 'your own notification of an invitation to a hidden group, withdrawn since (staff and admins still see the group)',
      document: `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      variables: async ({ fx, actor }) => {
        const { owner, invitationId } = await strangersInvitation(fx, actor ?? fx.users.outsider);
        await owner.client.ok(`mutation($i: ID!) { revokeGroupInvitation(invitationId: $i) { id } }`, { i: invitationId });
        return { id: await invitationNotificationId(fx.t, invitationId) };
      },
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'NOT_FOUND',
        owner: 'NOT_FOUND',
        expert: 'NOT_FOUND',
        staff: 'ok',
        moderator: 'NOT_FOUND',
        admin: 'ok',
      },
    },
  ],
  moderatePost: [
    { about: "the member's reply in a public forum", document: HIDE_POST, variables: reply$('public'), expected: MODERATORS_ONLY },
    { about: "the member's reply in the private forum", document: HIDE_POST, variables: reply$('private'), expected: PRIVATE_MODERATION },
  ],
  moderateThread: [
    { about: "the member's thread in a public forum", document: LOCK, variables: thread$('public'), expected: MODERATORS_ONLY },
    { about: "the member's thread in the private forum", document: LOCK, variables: thread$('private'), expected: PRIVATE_MODERATION },
  ],
  moveThread: [
    {
      about: 'a public thread to another public forum',
      document: MOVE,
      variables: async ({ fx }) => ({ t: (await freshThread(fx, 'public')).id, f: fx.moveTarget.id }),
      expected: MODERATORS_ONLY,
    },
    {
      about: "a public thread into the group's private forum (a moderator outside the group does not know that forum)",
      document: MOVE,
      variables: async ({ fx }) => ({ t: (await freshThread(fx, 'public')).id, f: fx.workForum.id }),
      expected: { ...MODERATORS_ONLY, moderator: 'BAD_USER_INPUT' },
    },
  ],
  redactRevision: [
    {
      about: "an earlier version of the member's reply in a public forum",
      document: REDACT,
      variables: async ({ fx }) => ({ p: await editedReply(fx, 'public') }),
      expected: { ...MODERATORS_ONLY, staff: 'ok' },
    },
    {
      about: "an earlier version of the member's reply in the private forum",
      document: REDACT,
      variables: async ({ fx }) => ({ p: await editedReply(fx, 'private') }),
      expected: { ...PRIVATE_MODERATION, staff: 'ok' },
    },
  ],
  removeGroupMember: [
    {
      about: 'the member, from a hidden group',
      document: `mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) }`,
      variables: async (c) => ({ ...(await hiddenGroup(c)), u: c.fx.users.member.id }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  reorderForums: [
    {
      about: 'one forum to the top',
      document: `mutation($ids: [ID!]!) { reorderForums(ids: $ids) { id } }`,
      variables: ({ fx }) => ({ ids: [fx.moveTarget.id] }),
      expected: STAFF_ONLY,
    },
  ],
  replyToThread: [
    {
      about: "the member's thread in the private forum",
      document: REPLY,
      variables: thread$('private'),
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED' },
    },
    {
      about: 'a locked public thread',
      document: REPLY,
      variables: async ({ fx }) => {
        const thread = await freshThread(fx, 'public');
        await moderateThread(fx, thread.id, 'LOCK');
        return { t: thread.id };
      },
      expected: { ...MODERATORS_ONLY, anonymous: 'UNAUTHENTICATED' },
    },
  ],
  requestPasswordReset: [
    {
      about: 'a reset link for an address (the same answer whether or not it has an account)',
      document: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
      variables: () => ({ e: `nobody-${hex()}@example.test` }),
      pick: (d) => d.requestPasswordReset,
      expected: {
        anonymous: ok(true),
        outsider: ok(true),
        member: ok(true),
        owner: ok(true),
        expert: ok(true),
        staff: ok(true),
        moderator: ok(true),
        admin: ok(true),
      },
    },
  ],
  resetPassword: [
    {
      about: 'a password with a token nobody was sent (refused for everyone: the token is the authority)',
      document: `mutation { resetPassword(input: { token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", newPassword: "a long enough passphrase" }) { user { id } } }`,
      expected: {
        anonymous: 'BAD_USER_INPUT',
        outsider: 'BAD_USER_INPUT',
        member: 'BAD_USER_INPUT',
        owner: 'BAD_USER_INPUT',
        expert: 'BAD_USER_INPUT',
        staff: 'BAD_USER_INPUT',
        moderator: 'BAD_USER_INPUT',
        admin: 'BAD_USER_INPUT',
      },
    },
  ],
  requestToJoinGroup: [
    {
      about: 'a listed REQUEST group',
      document: REQUEST,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'LISTED', policy: 'REQUEST' })).id }),
      pick: (d) => d.requestToJoinGroup.viewerState,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok('REQUESTED'),
        member: ok('MEMBER'),
        owner: ok('OWNER'),
        expert: ok('REQUESTED'),
        staff: ok('REQUESTED'),
        moderator: ok('REQUESTED'),
        admin: ok('REQUESTED'),
      },
    },
    {
      about: 'a hidden INVITE group, uninvited',
      document: REQUEST,
      variables: hiddenGroup,
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
    },
  ],
  respondToGroupInvitation: [
    {
      about: "someone else's invitation to a hidden group",
      document: RESPOND,
      variables: async ({ fx }) => ({ i: await hiddenGroupInvitation(fx) }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'NOT_FOUND',
        owner: 'NOT_FOUND',
        expert: 'NOT_FOUND',
        staff: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
      },
    },
    {
      about: 'your own invitation to a hidden group someone else owns',
      document: RESPOND,
      variables: async ({ fx, actor }) => ({ i: (await strangersInvitation(fx, actor ?? (await freshUser(fx)))).invitationId }),
      pick: (d) => d.respondToGroupInvitation.state,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: ok('ACCEPTED'),
        member: ok('ACCEPTED'),
        owner: ok('ACCEPTED'),
        expert: ok('ACCEPTED'),
        staff: ok('ACCEPTED'),
        moderator: ok('ACCEPTED'),
        admin: ok('ACCEPTED'),
      },
    },
  ],
  recordThreadView: [
    {
      about: 'a public thread: every reader counts, signed in or not',
      document: `mutation($t: ID!) { recordThreadView(threadId: $t) }`,
      variables: ({ fx }) => ({ t: fx.publicThread.id }),
      expected: EVERYONE,
    },
    {
      about: "a thread in the group's private forum",
      document: `mutation($t: ID!) { recordThreadView(threadId: $t) }`,
      variables: ({ fx }) => ({ t: fx.privateThread.id }),
      expected: GROUP_READERS,
    },
  ],
  recordComposerEvent: [
    {
      about: 'a composer session of your own',
      document: `mutation($s: ID!) { recordComposerEvent(input: { sessionId: $s, kind: SUGGESTIONS_SHOWN }) }`,
      variables: () => ({ s: randomUUID() }),
      expected: SIGNED_IN,
    },
  ],
  replyToTicket: [
    {
      about: "a public reply on the member's ticket",
      document: `mutation($n: Int!) { replyToTicket(input: { number: $n, body: "More details" }) { number } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      expected: TICKET_READERS,
    },
    {
      about: "an internal note on the member's ticket (staff only; the requester is refused)",
      document: `mutation($n: Int!) { replyToTicket(input: { number: $n, body: "Internal", internal: true }) { number } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      expected: { ...TICKET_READERS, member: 'FORBIDDEN' },
    },
  ],
  revokeGroupInvitation: [
    {
      about: "someone's invitation to a hidden group",
      document: `mutation($i: ID!) { revokeGroupInvitation(invitationId: $i) { state } }`,
      variables: async ({ fx }) => ({ i: await hiddenGroupInvitation(fx) }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  setThreadWatch: [
    {
      about: 'a public thread',
      document: `mutation($t: ID!) { setThreadWatch(threadId: $t, level: WATCHING) { viewerWatch } }`,
      variables: ({ fx }) => ({ t: fx.publicThread.id }),
      expected: SIGNED_IN,
    },
    {
      about: "a thread in the group's private forum",
      document: `mutation($t: ID!) { setThreadWatch(threadId: $t, level: MUTED) { viewerWatch } }`,
      variables: ({ fx }) => ({ t: fx.privateThread.id }),
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED' },
    },
  ],
  setForumWatch: [
    {
      about: 'a public forum',
      document: `mutation($f: ID!) { setForumWatch(forumId: $f, level: NORMAL) { viewerWatch } }`,
      variables: ({ fx }) => ({ f: fx.publicForum.id }),
      expected: SIGNED_IN,
    },
  ],
  setGroupFlair: [
    {
      about: "a listed group's (only its members may show it)",
      document: FLAIR,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'LISTED', policy: 'OPEN' })).id }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'BAD_USER_INPUT',
        member: 'ok',
        owner: 'ok',
        expert: 'BAD_USER_INPUT',
        staff: 'BAD_USER_INPUT',
        moderator: 'BAD_USER_INPUT',
        admin: 'BAD_USER_INPUT',
      },
      after: clearFlair,
    },
    {
      about: "a hidden group's (its name must not travel on posts)",
      document: FLAIR,
      variables: hiddenGroup,
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'NOT_FOUND',
        member: 'BAD_USER_INPUT',
        owner: 'BAD_USER_INPUT',
        expert: 'NOT_FOUND',
        staff: 'BAD_USER_INPUT',
        moderator: 'NOT_FOUND',
        admin: 'BAD_USER_INPUT',
      },
      after: clearFlair,
    },
  ],
  setGroupMemberRole: [
    {
      about: 'the member made an owner of a hidden group',
      document: `mutation($g: ID!, $u: ID!) { setGroupMemberRole(groupId: $g, userId: $u, role: OWNER) { role } }`,
      variables: async (c) => ({ ...(await hiddenGroup(c)), u: c.fx.users.member.id }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  setTicketStatus: [
    {
      about: "marking the member's ticket solved (staff, and the requester)",
      document: `mutation($n: Int!) { setTicketStatus(input: { number: $n, status: SOLVED }) { status } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      expected: TICKET_READERS,
    },
  ],
  postTicketResolution: [
    {
      about: "staff post a solved ticket's resolution to its thread as a verified answer",
      document: `mutation($n: Int!) { postTicketResolution(input: { number: $n, body: "Re-authorise the Salesforce connection.", verify: true }) { resolutionPostId } }`,
      variables: async ({ fx }) => {
        const { number } = await freshTicket(fx);
        await fx.users.staff.client.ok(`mutation($n: Int!) { setTicketStatus(input: { number: $n, status: SOLVED }) { status } }`, { n: number });
        return { n: number };
      },
      expected: { ...TICKET_READERS, member: 'FORBIDDEN' },
    },
  ],
  setTicketLevel: [
    {
      about: "the member's ticket to Tier 2 (staff only)",
      document: `mutation($n: Int!) { setTicketLevel(input: { number: $n, level: TIER2, reason: "Needs a specialist" }) { escalationLevel } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      expected: { ...TICKET_READERS, member: 'FORBIDDEN' },
    },
  ],
  setUserRoles: [
    {
      about: 'a user made an expert',
      document: `mutation($u: ID!) { setUserRoles(input: { userId: $u, roles: [EXPERT] }) { id } }`,
      variables: async ({ fx }) => ({ u: (await freshUser(fx)).id }),
      expected: ADMIN_ONLY,
    },
  ],
  signIn: [
    {
      about: "an account's email with a wrong password",
      document: SIGN_IN,
      variables: async ({ fx }) => ({ input: { email: (await freshUser(fx)).email, password: 'not the password at all' } }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        outsider: 'UNAUTHENTICATED',
        member: 'UNAUTHENTICATED',
        owner: 'UNAUTHENTICATED',
        expert: 'UNAUTHENTICATED',
        staff: 'UNAUTHENTICATED',
        moderator: 'UNAUTHENTICATED',
        admin: 'UNAUTHENTICATED',
      },
    },
    {
      about: "another account's email and password (the session switches to it)",
      document: SIGN_IN,
      variables: async ({ fx }) => ({ input: { email: (await freshUser(fx)).email, password: DEFAULT_PASSWORD } }),
      pick: (d, { variables }) => d.signIn.user.email === (variables.input as { email: string }).email,
      expected: {
        anonymous: ok(true),
        outsider: ok(true),
        member: ok(true),
        owner: ok(true),
        expert: ok(true),
        staff: ok(true),
        moderator: ok(true),
        admin: ok(true),
      },
    },
  ],
  signOut: [
    {
      about: 'this session (signed out already: nothing to end)',
      document: `mutation { signOut }`,
      pick: (d) => d.signOut,
      expected: {
        anonymous: ok(true),
        outsider: ok(true),
        member: ok(true),
        owner: ok(true),
        expert: ok(true),
        staff: ok(true),
        moderator: ok(true),
        admin: ok(true),
      },
    },
  ],
  signOutEverywhere: [
    {
      about: 'every session of yours',
      document: `mutation { signOutEverywhere }`,
      expected: SIGNED_IN,
      after: async ({ fx, actor }) => {
        if (actor) await renewSession(fx, actor);
      },
    },
  ],
  signUp: [
    {
      about: 'a new account, whoever asks (it is a plain member: no role travels with the session)',
      document: `mutation($input: SignUpInput!) { signUp(input: $input) { user { roles } } }`,
      variables: () => ({ input: { email: `newcomer-${hex()}@example.test`, displayName: `Newcomer ${hex()}`, password: 'a long enough passphrase' } }),
      pick: (d) => d.signUp.user.roles,
      expected: {
        anonymous: ok(['MEMBER']),
        outsider: ok(['MEMBER']),
        member: ok(['MEMBER']),
        owner: ok(['MEMBER']),
        expert: ok(['MEMBER']),
        staff: ok(['MEMBER']),
        moderator: ok(['MEMBER']),
        admin: ok(['MEMBER']),
      },
    },
  ],
  transferGroupOwnership: [
    {
      about: 'a hidden group, to the member',
      document: `mutation($g: ID!, $u: ID!) { transferGroupOwnership(groupId: $g, userId: $u) { id } }`,
      variables: async (c) => ({ ...(await hiddenGroup(c)), u: c.fx.users.member.id }),
      expected: HIDDEN_GROUP_MANAGERS,
    },
  ],
  unarchiveForum: [
    {
      about: 'an archived forum',
      document: `mutation($id: ID!) { unarchiveForum(id: $id) { id } }`,
      variables: async (c) => {
        const { id } = await forum$(c);
        await c.fx.users.staff.client.ok(`mutation($id: ID!) { archiveForum(id: $id) { id } }`, { id });
        return { id };
      },
      expected: STAFF_ONLY,
    },
  ],
  unsubscribe: [
    {
      about: 'an unsubscribe link with a forged signature (the signed token is the authority, not the session)',
      document: `mutation { unsubscribe(token: "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwLk1FTlRJT04.AAAA") }`,
      expected: {
        anonymous: 'BAD_USER_INPUT',
        outsider: 'BAD_USER_INPUT',
        member: 'BAD_USER_INPUT',
        owner: 'BAD_USER_INPUT',
        expert: 'BAD_USER_INPUT',
        staff: 'BAD_USER_INPUT',
        moderator: 'BAD_USER_INPUT',
        admin: 'BAD_USER_INPUT',
      },
    },
  ],
  updateEmailPreferences: [
    {
      about: 'your email preferences',
      document: `mutation { updateEmailPreferences(input: [{ kind: "MENTION", delivery: IMMEDIATE }]) { kind delivery } }`,
      expected: SIGNED_IN,
    },
  ],
  updateForum: [
    {
      about: 'a forum',
      document: `mutation($id: ID!) { updateForum(input: { id: $id, description: "Edited." }) { id } }`,
      variables: forum$,
      expected: STAFF_ONLY,
    },
  ],
  updateGroup: [
    { about: 'a hidden group', document: UPDATE_GROUP, variables: hiddenGroup, expected: { ...HIDDEN_GROUP_MANAGERS, anonymous: 'NOT_FOUND' } },
    {
      about: 'a listed group',
      document: UPDATE_GROUP,
      variables: async ({ fx }) => ({ g: (await freshGroup(fx, { visibility: 'LISTED', policy: 'OPEN' })).id }),
      expected: { ...STAFF_ONLY, owner: 'ok' },
    },
  ],
  updateOrganization: [
    {
      about: 'an organization',
      document: `mutation($id: ID!, $name: String!) { updateOrganization(input: { id: $id, name: $name }) { id } }`,
      variables: async ({ fx }) => ({ id: (await freshOrganization(fx)).id, name: `Org ${hex()}` }),
      expected: ADMIN_ONLY,
    },
  ],
  updateSearchSettings: [
    {
      about: 'synonyms and stop words (set to what they were: none)',
      document: `mutation { updateSearchSettings(input: { synonyms: [], stopWords: [] }) { stopWords } }`,
      expected: ADMIN_ONLY,
    },
  ],
  updateSupportSettings: [
    {
      about: 'business hours, holidays and SLA targets (set to what they are: the defaults)',
      document: `mutation($input: SupportSettingsInput!) { updateSupportSettings(input: $input) { timeZone } }`,
      variables: () => ({ input: DEFAULT_SUPPORT_INPUT }),
      expected: ADMIN_ONLY,
    },
  ],
  updateProfile: [
    {
      about: 'your display name (set to what it is)',
      document: `mutation($name: String!) { updateProfile(input: { displayName: $name }) { id } }`,
      variables: ({ actor }) => ({ name: actor?.displayName ?? 'Someone New' }),
      expected: SIGNED_IN,
    },
  ],
  voteHelpful: [
    {
      about: "the member's reply in the private forum (not your own)",
      document: VOTE,
      variables: reply$('private'),
      expected: { ...GROUP_READERS, member: 'BAD_USER_INPUT' },
    },
    {
      about: "the member's reply in a public forum (not your own)",
      document: VOTE,
      variables: reply$('public'),
      expected: { ...EVERYONE, anonymous: 'UNAUTHENTICATED', member: 'BAD_USER_INPUT' },
    },
  ],
  withdrawHelpfulVote: [
    {
      about: "a vote on the member's reply in the private forum",
      document: `mutation($p: ID!) { withdrawHelpfulVote(postId: $p) { id } }`,
      variables: reply$('private'),
      expected: { ...GROUP_READERS, anonymous: 'UNAUTHENTICATED' },
    },
  ],
};

// ── Object fields that carry private data ───────────────────────────────────────────────────────────────────────
/** The same value for every role. */
function everyoneGets(value: unknown): Outcomes {
  return {
    anonymous: ok(value),
    outsider: ok(value),
    member: ok(value),
    owner: ok(value),
    expert: ok(value),
    staff: ok(value),
    moderator: ok(value),
    admin: ok(value),
  };
}
/** A value everyone in the group's reading circle (member, owner, staff, admin) gets, and another for the rest. */
function groupReadersGet(inside: unknown, outside: unknown): Outcomes {
  return {
    anonymous: ok(outside),
    outsider: ok(outside),
    member: ok(inside),
    owner: ok(inside),
    expert: ok(outside),
    staff: ok(inside),
    moderator: ok(outside),
    admin: ok(inside),
  };
}
/** A value moderators and admins (the readers of hidden content) get, and another for the rest. */
function hiddenReadersGet(inside: unknown, outside: unknown): Outcomes {
  return {
    anonymous: ok(outside),
    outsider: ok(outside),
    member: ok(outside),
    owner: ok(outside),
    expert: ok(outside),
    staff: ok(outside),
    moderator: ok(inside),
    admin: ok(inside),
  };
}
/** Owners, staff and admins get the value; FORBIDDEN for everyone else. */
function groupManagersGet(value: unknown): Outcomes {
  return { ...STAFF_ONLY, owner: ok(value), staff: ok(value), admin: ok(value) };
}

type Listed = { id: string; [field: string]: unknown };
/** A field of the fixture's private and public forums in the forum list ('not listed' when the list leaves it out). */
function inForumList(field: string) {
  return (d: { forums: Listed[] }, { fx }: CaseContext) => {
    const of = (id: string) => {
      const forum = d.forums.find((f) => f.id === id);
      if (!forum) return 'not listed';
      const value = forum[field] as { id?: string } | number | null;
      return value !== null && typeof value === 'object' ? fx.label(value.id) : value;
    };
    return { private: of(fx.privateForum.id), public: of(fx.publicForum.id) };
  };
}

const AUTHOR = (field: string) => `query($h: String!) { user(handle: $h) { ${field} } }`;
const byAuthorHandle = ({ fx }: CaseContext) => ({ h: fx.author.handle });
const GROUP_FIELD = (selection: string) => `query($slug: String!) { group(slug: $slug) { ${selection} } }`;
const theGroup = ({ fx }: CaseContext) => ({ slug: fx.group.slug });
/** The viewer's notifications about the hidden group. */
const aboutHiddenGroup = (d: any, { fx }: CaseContext) => d.notifications.nodes.filter((n: any) => n.group?.id === fx.hiddenGroup.id);

export const OBJECT_FIELD_MATRIX: Record<string, Scenario[]> = {
  'Ticket.messages': [
    {
      about: "the member's ticket with a staff internal note: only staff and admins see the note",
      document: `query($n: Int!) { ticket(number: $n) { messages { internal } } }`,
      variables: async ({ fx }) => {
        const { number } = await freshTicket(fx);
        await fx.users.staff.client.ok(`mutation($n: Int!) { replyToTicket(input: { number: $n, body: "Note", internal: true }) { number } }`, { n: number });
        return { n: number };
      },
      pick: (d) => d.ticket.messages.map((m: any) => m.internal),
      expected: { ...TICKET_READERS, member: ok([]), staff: ok([true]), admin: ok([true]) },
    },
  ],
  'Ticket.attachments': [
    {
      about: "the member's ticket with a screenshot the member attached: the ticket's readers see it, everyone else no ticket at all",
      document: `query($n: Int!) { ticket(number: $n) { attachments { filename contentType uploader { id } } } }`,
      variables: async ({ fx }) => {
        const { number } = await freshTicket(fx);
        const upload = await uploadAttachment(fx.t.url, fx.users.member.client, number, { name: 'screenshot.png', bytes: SAMPLE_FILES.png });
        if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
        return { n: number };
      },
      pick: (d) => d.ticket.attachments.map((a: any) => `${a.filename} ${a.contentType}`),
      expected: {
        ...TICKET_READERS,
        member: ok(['screenshot.png image/png']),
        staff: ok(['screenshot.png image/png']),
        admin: ok(['screenshot.png image/png']),
      },
    },
  ],
  'Ticket.organization': [
    {
      about: "the member's ticket: staff and admins see the customer's organization; the requester gets null",
      document: `query($n: Int!) { ticket(number: $n) { organization { id } } }`,
      variables: async ({ fx }) => ({ n: (await freshTicket(fx)).number }),
      pick: (d, { fx }) => (d.ticket.organization === null ? null : d.ticket.organization.id === fx.organization.id),
      expected: { ...TICKET_READERS, member: ok(null), staff: ok(true), admin: ok(true) },
    },
  ],
  'Thread.ticket': [
    {
      about: 'an escalated thread: everyone who sees it sees that it was escalated; only the asker, staff and admins see the ticket',
      document: `query($id: ID!) { thread(id: $id) { isEscalated ticket { number } } }`,
      variables: async ({ fx }) => ({ id: (await freshTicket(fx)).threadId }),
      pick: (d) => ({ escalated: d.thread.isEscalated, ticket: d.thread.ticket !== null }),
      expected: {
        anonymous: ok({ escalated: true, ticket: false }),
        outsider: ok({ escalated: true, ticket: false }),
        member: ok({ escalated: true, ticket: true }),
        owner: ok({ escalated: true, ticket: false }),
        expert: ok({ escalated: true, ticket: false }),
        staff: ok({ escalated: true, ticket: true }),
        moderator: ok({ escalated: true, ticket: false }),
        admin: ok({ escalated: true, ticket: true }),
      },
    },
  ],
  'Forum.lastThread': [
    {
      about: "the private forum's last thread only where the forum is listed; the public forum's is its visible one, not the later hidden one",
      document: `{ forums { id lastThread { id } } }`,
      pick: inForumList('lastThread'),
      expected: groupReadersGet({ private: 'private thread', public: 'public thread' }, { private: 'not listed', public: 'public thread' }),
    },
  ],
  'Forum.threadCount': [
    {
      about: 'visible threads only (the hidden thread is not counted, for anyone)',
      document: `{ forums { id threadCount } }`,
      pick: inForumList('threadCount'),
      expected: groupReadersGet({ private: 1, public: 1 }, { private: 'not listed', public: 1 }),
    },
  ],
  'Forum.postCount': [
    {
      about: 'visible posts only (question, answer, reply; not the hidden reply or the hidden thread)',
      document: `{ forums { id postCount } }`,
      pick: inForumList('postCount'),
      expected: groupReadersGet({ private: 3, public: 3 }, { private: 'not listed', public: 3 }),
    },
  ],
  'Forum.threads': [
    {
      about: "the public forum's threads: the hidden one for moderators and admins only",
      document: `query($slug: String!) { forum(slug: $slug) { threads { nodes { id } } } }`,
      variables: ({ fx }) => ({ slug: fx.publicForum.slug }),
      pick: (d, c) => ids(d.forum.threads.nodes, c),
      expected: hiddenReadersGet(['hidden thread', 'public thread'], ['public thread']),
    },
  ],
  'Thread.posts': [
    {
      about: "the public thread's replies: the hidden one for moderators and admins only",
      document: `query($id: ID!) { thread(id: $id) { posts { nodes { id } } } }`,
      variables: ({ fx }) => ({ id: fx.publicThread.id }),
      pick: (d, c) => ids(d.thread.posts.nodes, c),
      expected: hiddenReadersGet(['hidden reply', 'public answer', 'public reply'], ['public answer', 'public reply']),
    },
    {
      about: 'a deep link to the hidden reply (#post-4, aroundPostNumber): moderators and admins get it, others the reply before it',
      document: `query($id: ID!) { thread(id: $id) { posts(aroundPostNumber: 4, first: 1) { nodes { id } } } }`,
      variables: ({ fx }) => ({ id: fx.publicThread.id }),
      pick: (d, c) => ids(d.thread.posts.nodes, c),
      expected: hiddenReadersGet(['hidden reply'], ['public reply']),
    },
  ],
  'Post.hiddenReason': [
    {
      about: "why the public thread's hidden reply is hidden: its author (not a role here), moderators and admins; nobody else sees the reply",
      document: `query($id: ID!) { thread(id: $id) { posts { nodes { hiddenReason } } } }`,
      variables: ({ fx }) => ({ id: fx.publicThread.id }),
      pick: (d) => d.thread.posts.nodes.map((p: { hiddenReason: string | null }) => p.hiddenReason).filter(Boolean),
      expected: hiddenReadersGet(['fixture'], []),
    },
  ],
  'Thread.hiddenReason': [
    {
      about: 'why a thread is hidden: its author (not a role here), moderators and admins; for everyone else it does not exist',
      document: `query($id: ID!) { thread(id: $id) { hiddenReason } }`,
      variables: ({ fx }) => ({ id: fx.hiddenThread.id }),
      pick: (d) => d.thread.hiddenReason,
      expected: { ...HIDDEN_READERS, moderator: ok('fixture'), admin: ok('fixture') },
    },
  ],
  'Thread.moderationLog': [
    {
      about: 'what was done to the public thread: for moderators and admins (empty for others)',
      document: `query($id: ID!) { thread(id: $id) { moderationLog { action } } }`,
      variables: ({ fx }) => ({ id: fx.publicThread.id }),
      pick: (d) => d.thread.moderationLog.map((e: { action: string }) => e.action),
      expected: hiddenReadersGet(['HIDE_POST'], []),
    },
  ],
  'User.postCount': [
    {
      about: "the author's posts: the private ones only for the group's readers; the hidden ones for nobody",
      document: AUTHOR('postCount'),
      variables: byAuthorHandle,
      pick: (d) => d.user.postCount,
      expected: groupReadersGet(4, 2),
    },
  ],
  'User.acceptedAnswerCount': [
    {
      about: "the author's accepted answers: the private one only for the group's readers",
      document: AUTHOR('acceptedAnswerCount'),
      variables: byAuthorHandle,
      pick: (d) => d.user.acceptedAnswerCount,
      expected: groupReadersGet(2, 1),
    },
  ],
  'User.recentPosts': [
    {
      about: "the author's latest posts: the private ones only for the group's readers; the hidden ones for nobody",
      document: AUTHOR('recentPosts { id }'),
      variables: byAuthorHandle,
      pick: (d, c) => ids(d.user.recentPosts, c),
      expected: groupReadersGet(['private answer', 'private reply', 'public answer', 'public reply'], ['public answer', 'public reply']),
    },
  ],
  'User.email': [
    {
      about: "the author's email: staff and admins",
      document: AUTHOR('email'),
      variables: byAuthorHandle,
      pick: (d, { fx }) => (d.user.email === fx.author.email ? "the author's address" : d.user.email),
      expected: { ...everyoneGets(null), staff: ok("the author's address"), admin: ok("the author's address") },
    },
  ],
  'User.organization': [
    {
      about: "the author's organization: staff, admins and a colleague (the member works at Acme Roofing too)",
      document: AUTHOR('organization { name }'),
      variables: byAuthorHandle,
      pick: (d) => d.user.organization?.name ?? null,
      expected: { ...everyoneGets(null), member: ok('Acme Roofing'), staff: ok('Acme Roofing'), admin: ok('Acme Roofing') },
    },
  ],
  'User.roles': [
    {
      about: "the admin's roles: ADMIN only for staff and the admin themself (others see the badges)",
      document: `query($h: String!) { user(handle: $h) { roles } }`,
      variables: ({ fx }) => ({ h: fx.users.admin.handle }),
      pick: (d) => d.user.roles,
      expected: { ...everyoneGets(['MEMBER']), staff: ok(['MEMBER', 'ADMIN']), admin: ok(['MEMBER', 'ADMIN']) },
    },
  ],
  'User.groupFlair': [
    {
      about: "the author's flair: a listed group's name, shown to everyone",
      document: AUTHOR('groupFlair { name }'),
      variables: byAuthorHandle,
      pick: (d) => d.user.groupFlair?.name ?? null,
      expected: everyoneGets('Solar Installers Circle'),
    },
    {
      about: "the requester's flair of a group hidden since: shown to nobody, not even staff",
      document: `query($h: String!) { user(handle: $h) { groupFlair { name } } }`,
      variables: ({ fx }) => ({ h: fx.requester.handle }),
      pick: (d) => d.user.groupFlair?.name ?? null,
      expected: everyoneGets(null),
    },
  ],
  'Group.owners': [
    {
      about: "the group's owners: shown to everyone who sees the group",
      document: GROUP_FIELD('owners { id }'),
      variables: theGroup,
      pick: (d, c) => ids(d.group.owners, c),
      expected: everyoneGets(['owner']),
    },
  ],
  'Group.members': [
    {
      about: 'who is in the group: its members, staff and admins (FORBIDDEN for others)',
      document: GROUP_FIELD('members { nodes { user { id } } }'),
      variables: theGroup,
      pick: (d, { fx }) => sorted(d.group.members.nodes.map((m: any) => fx.label(m.user.id))),
      expected: {
        anonymous: 'FORBIDDEN',
        outsider: 'FORBIDDEN',
        member: ok(['author', 'member', 'owner']),
        owner: ok(['author', 'member', 'owner']),
        expert: 'FORBIDDEN',
        staff: ok(['author', 'member', 'owner']),
        moderator: 'FORBIDDEN',
        admin: ok(['author', 'member', 'owner']),
      },
    },
  ],
  'Group.joinRequests': [
    {
      about: 'the pending request: owners, staff and admins',
      document: GROUP_FIELD('joinRequests { nodes { user { id } } }'),
      variables: theGroup,
      pick: (d, { fx }) => d.group.joinRequests.nodes.map((r: any) => fx.label(r.user.id)),
      expected: groupManagersGet(['requester']),
    },
  ],
  'Group.invitations': [
    {
      about: 'the pending invitation: owners, staff and admins',
      document: GROUP_FIELD('invitations { user { id } }'),
      variables: theGroup,
      pick: (d, { fx }) => d.group.invitations.map((i: any) => fx.label(i.user.id)),
      expected: groupManagersGet(['invitee']),
    },
  ],
  'Group.forums': [
    {
      about: "the group's private forums: for those who may read them",
      document: GROUP_FIELD('forums { id }'),
      variables: theGroup,
      pick: (d, c) => ids(d.group.forums, c),
      expected: groupReadersGet(['private forum', 'work forum'], []),
    },
  ],
  'Group.latestThreads': [
    {
      about: "the latest threads of the group's private forums: for those who may read them",
      document: GROUP_FIELD('latestThreads(first: 20) { id }'),
      variables: theGroup,
      pick: (d) => d.group.latestThreads.length > 0,
      expected: groupReadersGet(true, false),
    },
  ],
  'Forum.group': [
    {
      about: 'the group a private forum belongs to: shown with the forum, which is NOT_FOUND to everyone else',
      document: `query($slug: String!) { forum(slug: $slug) { group { id } } }`,
      variables: ({ fx }) => ({ slug: fx.privateForum.slug }),
      pick: (d, { fx }) => d.forum.group.id === fx.group.id,
      expected: Object.fromEntries(Object.entries(GROUP_READERS).map(([role, outcome]) => [role, outcome === 'ok' ? ok(true) : outcome])) as Outcomes,
    },
  ],
  'Group.viewerState': [
    {
      about: 'where you stand with the group',
      document: GROUP_FIELD('viewerState'),
      variables: theGroup,
      pick: (d) => d.group.viewerState,
      expected: { ...everyoneGets('NONE'), member: ok('MEMBER'), owner: ok('OWNER') },
    },
  ],
  'Group.viewerCanManage': [
    {
      about: 'whether you run the group: owners, staff and admins',
      document: GROUP_FIELD('viewerCanManage'),
      variables: theGroup,
      pick: (d) => d.group.viewerCanManage,
      expected: { ...everyoneGets(false), owner: ok(true), staff: ok(true), admin: ok(true) },
    },
  ],
  'Notification.group': [
    {
      about: 'invitations to the hidden group: shown while you may see the group (a withdrawn one stays only for staff and admins)',
      document: `{ notifications(first: 100) { nodes { kind group { id } } } }`,
      pick: (d, c) => aboutHiddenGroup(d, c).map((n: any) => n.kind),
      expected: { ...groupReadersGet(['GROUP_INVITATION'], []), anonymous: 'UNAUTHENTICATED', owner: ok([]) },
    },
  ],
  'Notification.invitation': [
    {
      about: 'the invitation those notifications are about',
      document: `{ notifications(first: 100) { nodes { group { id } invitation { state } } } }`,
      pick: (d, c) => aboutHiddenGroup(d, c).map((n: any) => n.invitation?.state ?? null),
      expected: { ...groupReadersGet(['REVOKED'], []), anonymous: 'UNAUTHENTICATED', member: ok(['ACCEPTED']), owner: ok([]) },
    },
  ],
};
