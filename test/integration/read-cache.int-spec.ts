import { CONTENT_TABLES } from '../../migrations/1764320000000-content-versions';
import { ReadCacheService } from '../../server/src/platform/read-cache/read-cache.service';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Tables whose rows no signed-out answer shows: a write there keeps the cached answers. Every other table must carry
 * the content-version trigger (migrations/1764320000000-content-versions.ts); a new table fails the last test until it
 * is put on one side or the other.
 */
const PRIVATE_TABLES = [
  'composer_events',
  'content_versions',
  'email_digest_cursors',
  'email_preferences',
  'forum_watches',
  'group_invitations',
  'group_join_requests',
  'mail_outbox',
  'mail_secrets',
  'notifications',
  'password_reset_tokens',
  'posting_allowances',
  'rate_limit_hits',
  'sessions',
  'sign_in_failures',
  'thread_reads',
  'thread_view_marks',
  'thread_watches',
  'ticket_attachments',
  'ticket_events',
  'ticket_messages',
  'ticket_pauses',
  'trusted_devices',
  'typeorm_migrations',
];

const THREAD_PAGE = `query ThreadPage($id: ID!) { thread(id: $id) { id title replyCount viewerCanReply author { displayName } openingPost { bodyHtml }
  posts(first: 20) { nodes { postNumber bodyHtml helpfulCount author { displayName } } } } }`;

/** A signed-out POST /graphql, as the web app sends it, with the cache's verdict. */
async function anonymous(t: TestApp, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationName: 'ThreadPage', query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { cache: res.headers.get('x-read-cache'), status: res.status, ...body };
}

describe('the read cache for signed-out readers', () => {
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let moderator: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Staff' });
    member = await createUser(t, { displayName: 'Mia Member' });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    forum = await createForum(staff, { name: 'Lead routing', slug: 'lead-routing' });
  });
  afterAll(() => t?.close());

  it('answers the second identical signed-out request from memory, with the same answer', async () => {
    const thread = await createThread(member, forum.id, { title: 'Routing by state' });
    // The search worker's drain of the outbox is a write too (it moves the version once the index has the thread).
    await waitForSearchSync(t);
    const first = await anonymous(t, THREAD_PAGE, { id: thread.id });
    const second = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(first.cache).toBeNull();
    expect(second.cache).toBe('hit');
    expect(second.data).toEqual(first.data);
    expect(second.data.thread.title).toBe('Routing by state');
  });

  it('sends a large kept answer compressed once, the same answer as computed', async () => {
    const thread = await createThread(member, forum.id, { title: 'A long question', body: 'Our routing rules. '.repeat(200) });
    await waitForSearchSync(t);
    const body = JSON.stringify({ operationName: 'ThreadPage', query: THREAD_PAGE, variables: { id: thread.id } });
    const send = () => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' }, body });
    const computed = await (await send()).text();
    expect(computed.length).toBeGreaterThan(2000);
    const firstHit = await send();
    expect(firstHit.headers.get('x-read-cache')).toBe('hit');
    expect(firstHit.headers.get('cache-control')).toBe('no-store');
    expect(await firstHit.text()).toBe(computed);
    // The compressed forms are made in the thread pool after the first hit: wait for them rather than race.
    for (let tries = 0; ; tries++) {
      const hit = await send();
      expect(await hit.text()).toBe(computed);
      if (hit.headers.get('content-encoding') === 'br') break;
      if (tries > 50) throw new Error('the kept answer was never compressed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  it('never serves an answer after a write it could show: a reply, a vote, a rename, a hidden reply', async () => {
    const thread = await createThread(member, forum.id, { title: 'Leads stuck in the queue' });
    await waitForSearchSync(t);
    await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect((await anonymous(t, THREAD_PAGE, { id: thread.id })).cache).toBe('hit');

    const answer = await reply(staff, thread.id, 'Check the rule order.');
    let page = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(page.cache).toBeNull();
    expect(page.data.thread.replyCount).toBe(1);
    expect(page.data.thread.posts.nodes.map((p: { postNumber: number }) => p.postNumber)).toEqual([2]);

    await member.client.ok(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: answer.id });
    page = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(page.data.thread.posts.nodes[0].helpfulCount).toBe(1);

    await staff.client.ok(`mutation { updateProfile(input: { displayName: "Sam from Support" }) { id } }`);
    page = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(page.data.thread.posts.nodes[0].author.displayName).toBe('Sam from Support');

    await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "Wrong thread" }) { id } }`, { p: answer.id });
    page = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(page.data.thread.replyCount).toBe(0);
    expect(page.data.thread.posts.nodes).toEqual([]);
  });

  it('drops what it kept when the data changes under it by plain SQL, outside the app', async () => {
    const thread = await createThread(member, forum.id, { title: 'A title before' });
    await waitForSearchSync(t);
    await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect((await anonymous(t, THREAD_PAGE, { id: thread.id })).cache).toBe('hit');
    await t.db.query(`UPDATE threads SET title = 'A title after' WHERE id = $1`, [thread.id]);
    const page = await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect(page.cache).toBeNull();
    expect(page.data.thread.title).toBe('A title after');
  });

  it('keeps its answers through writes no signed-out reader sees (sessions, read markers, notifications)', async () => {
    const thread = await createThread(member, forum.id, { title: 'Quiet thread' });
    await waitForSearchSync(t);
    await anonymous(t, THREAD_PAGE, { id: thread.id });
    await member.client.ok(`mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 1) { id } }`, { t: thread.id });
    await member.client.ok(`mutation { markAllNotificationsRead }`);
    await member.client.ok(`mutation($t: ID!) { setThreadWatch(threadId: $t, level: MUTED) { id } }`, { t: thread.id });
    expect((await anonymous(t, THREAD_PAGE, { id: thread.id })).cache).toBe('hit');
  });

  it('gives signed-in readers their own fresh answer, never the signed-out one', async () => {
    const thread = await createThread(member, forum.id, { title: 'Who may reply?' });
    await anonymous(t, THREAD_PAGE, { id: thread.id });
    expect((await anonymous(t, THREAD_PAGE, { id: thread.id })).data.thread.viewerCanReply).toBe(false);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: member.client.cookie! },
      body: JSON.stringify({ operationName: 'ThreadPage', query: THREAD_PAGE, variables: { id: thread.id } }),
    });
    expect(res.headers.get('x-read-cache')).toBeNull();
    expect(((await res.json()) as any).data.thread.viewerCanReply).toBe(true);
  });

  it('never keeps an answer with errors: a thread that is not there stays NOT_FOUND, then appears when it is', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (let i = 0; i < 2; i++) {
      const res = await anonymous(t, THREAD_PAGE, { id: missing });
      expect(res.cache).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('never keeps a mutation, and the cache holds no more than its answers to queries', async () => {
    const cache = t.app.get(ReadCacheService);
    const before = cache.size;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signOut }` }),
    });
    expect(res.status).toBe(200);
    expect(cache.size).toBe(before);
  });

  it('puts every table on one side: a trigger that moves the content version, or a list of tables no signed-out answer shows', async () => {
    const rows: { table: string; triggered: boolean }[] = await t.db.query(
      `SELECT c.relname AS "table",
              EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_content_version') AS triggered
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    const triggered = rows.filter((r) => r.triggered).map((r) => r.table);
    const untriggered = rows.filter((r) => !r.triggered).map((r) => r.table);
    expect(triggered).toEqual([...CONTENT_TABLES].sort());
    expect(untriggered.filter((table) => !PRIVATE_TABLES.includes(table))).toEqual([]);
  });
});
