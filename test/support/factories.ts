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

const ESCALATE_THREAD = `mutation($t: ID!) { escalateThread(input: { threadId: $t, priority: STANDARD, whatHappened: "Leads stopped routing" }) { number } }`;

/** A support ticket: the asker opens a thread in the forum and escalates it. */
export async function createTicket(asker: TestUser, forumId: string): Promise<{ number: number; threadId: string }> {
  const thread = await createThread(asker, forumId, { title: `Support question ${randomBytes(3).toString('hex')}` });
  const { escalateThread } = await asker.client.ok(ESCALATE_THREAD, { t: thread.id });
  return { number: escalateThread.number, threadId: thread.id };
}

export interface UploadResult {
  status: number;
  body: { data?: { attachment: Record<string, any> }; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

/**
 * Uploads one file to a ticket the way the web app does (multipart/form-data field `file`, the session cookie, the
 * CSRF header); `client` null: signed out.
 */
export async function uploadAttachment(
  baseUrl: string,
  client: GqlClient | null,
  number: number | string,
  file: { name: string; bytes: Uint8Array | string; type?: string },
  opts: { csrf?: boolean } = {},
): Promise<UploadResult> {
  const form = new FormData();
  const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : Buffer.from(file.bytes);
  form.append('file', new Blob([bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const headers: Record<string, string> = {};
  if (opts.csrf !== false) headers['X-Threadline-CSRF'] = '1';
  if (client?.cookie) headers.cookie = client.cookie;
  const res = await fetch(`${baseUrl}/api/tickets/${number}/attachments`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}

/** Small real files of each kind an attachment may be (and some it may not). */
export const SAMPLE_FILES = {
  /** A 1×1 transparent PNG. */
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  log: Buffer.from('2026-11-30T09:00:01Z ERROR routing: no buyer for state=TX\n2026-11-30T09:00:02Z WARN retry 1/3 — “Acme Leads”\n', 'utf8'),
  /** The start of a 64-bit Linux executable (ELF header), padded. */
  elf: Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
    Buffer.alloc(8),
    Buffer.from([0x02, 0x00, 0x3e, 0x00]),
    Buffer.alloc(200, 0x90),
  ]),
  /** The start of a Windows program (MZ header), padded. */
  exe: Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.from([0x90, 0x00, 0x03, 0x00]), Buffer.alloc(200, 0x41)]),
};
