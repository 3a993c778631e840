import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { SessionsService } from '../../server/src/modules/accounts/sessions.service';
import type { Role } from '../../server/src/modules/accounts/domain/roles';
import type { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

export const DEFAULT_PASSWORD = 'correct horse battery';
let defaultHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  handle: string;
  roles: Role[];
  client: GqlClient;
}

/** Inserts a user and opens a session for it directly (no rate limit, no argon2 per user). */
export async function createUser(t: TestApp, opts: { roles?: Role[]; displayName?: string; email?: string; organizationId?: string } = {}): Promise<TestUser> {
  defaultHash ??= argon2.hash(DEFAULT_PASSWORD, { type: argon2.argon2id });
  const tag = randomBytes(4).toString('hex');
  const email = opts.email ?? `user-${tag}@example.test`;
  const displayName = opts.displayName ?? `User ${tag}`;
  const roles: Role[] = ['MEMBER', ...(opts.roles ?? []).filter((r) => r !== 'MEMBER')];
  const handle = `u-${tag}`;
  const [row] = await t.db.query(
    `INSERT INTO users (email, display_name, password_hash, roles, organization_id, handle) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [email, displayName, await defaultHash, roles, opts.organizationId ?? null, handle],
  );
  const { token } = await t.app.get(SessionsService).create(row.id, 'jest');
  const client = t.client();
  client.cookie = `tl_session=${token}`;
  return { id: row.id, email, displayName, handle, roles, client };
}

let forumSeq = 0;

/** A forum created through the API by a staff user. */
export async function createForum(staff: TestUser, opts: { name?: string; slug?: string; groupId?: string } = {}): Promise<{ id: string; slug: string }> {
  forumSeq++;
  const { createForum } = await staff.client.ok(`mutation($input: CreateForumInput!) { createForum(input: $input) { id slug } }`, {
    input: { name: opts.name ?? `Forum ${forumSeq} ${randomBytes(2).toString('hex')}`, slug: opts.slug, description: 'A test forum', groupId: opts.groupId },
  });
  return createForum;
}

export type GroupPolicy = 'OPEN' | 'REQUEST' | 'INVITE';

/** A user group created through the API by staff; `owner` (default: the staff user) becomes its first owner. */
export async function createGroup(
  staff: TestUser,
  opts: {
    name?: string;
    policy?: GroupPolicy;
    visibility?: 'LISTED' | 'HIDDEN';
    kind?: 'INDUSTRY' | 'USE_CASE' | 'PRODUCT';
    owner?: TestUser;
    description?: string;
  } = {},
): Promise<{ id: string; slug: string; name: string }> {
  const name = opts.name ?? `Group ${randomBytes(3).toString('hex')}`;
  const { createGroup } = await staff.client.ok(`mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug name } }`, {
    input: {
      name,
      kind: opts.kind ?? 'INDUSTRY',
      membershipPolicy: opts.policy ?? 'OPEN',
      visibility: opts.visibility ?? 'LISTED',
      description: opts.description ?? 'Peers who work the same way.',
      ownerHandle: opts.owner?.handle,
    },
  });
  return createGroup;
}

/** Makes a forum private to a group, through the API. */
export async function makeForumPrivate(staff: TestUser, forumId: string, groupId: string): Promise<void> {
  await staff.client.ok(`mutation($input: UpdateForumInput!) { updateForum(input: $input) { id } }`, { input: { id: forumId, groupId } });
}

export async function createThread(
  author: TestUser,
  forumId: string,
  opts: { title?: string; body?: string; tags?: string[] } = {},
): Promise<{ id: string; openingPostId: string }> {
  const { createThread } = await author.client.ok(`mutation($input: CreateThreadInput!) { createThread(input: $input) { id openingPost { id } } }`, {
    input: {
      forumId,
      title: opts.title ?? 'How do I route leads by state?',
      body: opts.body ?? 'I need leads from **Texas** to go to one buyer.',
      tags: opts.tags ?? [],
    },
  });
  return { id: createThread.id, openingPostId: createThread.openingPost.id };
}

export async function reply(author: TestUser, threadId: string, body = 'Use a filter step on the state field.'): Promise<{ id: string; postNumber: number }> {
  const { replyToThread } = await author.client.ok(`mutation($input: ReplyInput!) { replyToThread(input: $input) { id postNumber } }`, {
    input: { threadId, body },
  });
  return replyToThread;
}
