import { JobScheduler } from '../../server/src/platform/jobs/job-scheduler';
import { SearchEngine } from '../../server/src/modules/search/search-engine.service';
import { SearchSyncService } from '../../server/src/modules/search/search-sync.service';
import { TICKET_SWEEP_JOB, TicketSweepService } from '../../server/src/modules/tickets/ticket-sweep.service';
import { ThreadViewsService } from '../../server/src/modules/reading/thread-views.service';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import type { GqlClient, GqlError } from '../support/gql-client';
import { readMails } from '../support/mail';
import { waitForSearchSync } from '../support/search';
import { joinTestApp, startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const THREAD_PAGE = `query($id: ID!) { thread(id: $id) { id replyCount posts(first: 100) { nodes { id postNumber bodyHtml } } } }`;
const FORUM = `query($slug: String!) { forum(slug: $slug) { threadCount postCount } }`;
const SEARCH = `query($q: String!) { search(query: $q) { hits { thread { id } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;

/** The search worker's bookkeeping of applied rows (private: spied on to see which instance applied what). */
interface Spied {
  recordApplied(rows: Array<{ id: string }>): void;
}

/** Both instances run everything a single node runs: the search worker, the mail drainer, the scheduled jobs. */
const SETTINGS = { ...UNLIMITED_POSTING, TRUST_PROXY: '1', JOBS: '1', SEARCH_SYNC: '1' };

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Two app instances behind one "load balancer" (issue 12, Build 4): two Nest apps in this process, as two machines
 * would be, on one PostgreSQL database and one Meilisearch index. Whatever one writes the other reads at once; the
 * counters stay exact under concurrent writes through both; the rate limits count across both; the outbox, the mail
 * queue and the scheduled jobs are each worked once, whichever instance picks them up.
 */
describe('two instances on one PostgreSQL and one Meilisearch', () => {
  let a: TestApp;
  let b: TestApp;
  let staff: TestUser;
  const applied: Array<{ id: string; by: string }> = [];
  const sweeps: string[] = [];

  beforeAll(async () => {
    // Who did the work, by instance: spied on the prototypes before either app starts, so no early run is missed.
    const workers = new Map<object, 'a' | 'b' | 'unknown'>();
    const whose = (instance: object) => workers.get(instance) ?? 'unknown';
    const recordApplied = (SearchSyncService.prototype as unknown as Spied).recordApplied;
    jest.spyOn(SearchSyncService.prototype as unknown as Spied, 'recordApplied').mockImplementation(function (this: object, rows) {
      applied.push(...rows.map((r) => ({ id: String(r.id), by: whose(this) })));
      return recordApplied.call(this, rows);
    });
    const sweep = TicketSweepService.prototype.sweep;
    jest.spyOn(TicketSweepService.prototype, 'sweep').mockImplementation(function (this: TicketSweepService, now) {
      sweeps.push(whose(this));
      return sweep.call(this, now);
    });

    a = await startTestApp(SETTINGS);
    workers.set(a.app.get(SearchSyncService), 'a').set(a.app.get(TicketSweepService), 'a');
    // Every outbox row ever written, kept by a trigger in this test's database: the drain is checked against it.
    await a.db.query(`CREATE TABLE outbox_written (id bigint PRIMARY KEY)`);
    await a.db.query(`CREATE FUNCTION outbox_written_note() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN INSERT INTO outbox_written (id) VALUES (NEW.id); RETURN NEW; END $$`);
    await a.db.query(`CREATE TRIGGER outbox_written_note AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_written_note()`);
    b = await joinTestApp(a, SETTINGS);
    workers.set(b.app.get(SearchSyncService), 'b').set(b.app.get(TicketSweepService), 'b');
    staff = await createUser(a, { roles: ['STAFF'] });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    jest.restoreAllMocks();
  });

  /** The same person's session, used through the other instance (a load balancer without sticky sessions). */
  function through(t: TestApp, user: TestUser): GqlClient {
    const c = t.client();
    c.cookie = user.client.cookie;
    return c;
  }

  it('runs the workers and the scheduler in both instances, so the tests below prove they share the work', () => {
    expect([a.config.searchSync, b.config.searchSync, a.config.jobs, b.config.jobs]).toEqual([true, true, true, true]);
    expect([a.app.get(JobScheduler).running, b.app.get(JobScheduler).running]).toEqual([true, true]);
  });

  it('serves a session signed in through one instance on the other (sessions live in PostgreSQL)', async () => {
    const me = `query { me { id } }`;
    expect((await through(b, staff).ok(me)).me.id).toBe(staff.id);
  });

  it('keeps every counter exact under concurrent replies to one thread through both instances', async () => {
    const forum = await createForum(staff);
    const thread = await createThread(staff, forum.id);
    const members = await Promise.all(Array.from({ length: 8 }, () => createUser(a)));
    const REPLIES_EACH = 5;
    // Each member replies through both instances at once: 8 × 5 × 2 replies racing for one thread's row.
    await Promise.all(
      members.flatMap((m) =>
        Array.from({ length: REPLIES_EACH * 2 }, (_, i) =>
          through(i % 2 ? b : a, m).ok(`mutation($input: ReplyInput!) { replyToThread(input: $input) { id } }`, {
            input: { threadId: thread.id, body: `Reply ${i} from ${m.handle}` },
          }),
        ),
      ),
    );
    const total = members.length * REPLIES_EACH * 2;
    for (const t of [a, b]) {
      const { thread: page } = await t.client().ok(THREAD_PAGE, { id: thread.id });
      expect(page.replyCount).toBe(total);
      expect(page.posts.nodes.map((p: { postNumber: number }) => p.postNumber)).toEqual(Array.from({ length: total }, (_, i) => i + 2));
    }
    const [row] = await a.db.query(
      `SELECT t.reply_count, t.last_post_number,
              (SELECT count(*)::int FROM posts p WHERE p.thread_id = t.id AND p.post_number > 1) AS replies,
              f.thread_count, f.post_count,
              (SELECT count(*)::int FROM threads x WHERE x.forum_id = f.id) AS threads,
              (SELECT count(*)::int FROM posts p JOIN threads x ON x.id = p.thread_id WHERE x.forum_id = f.id) AS posts
         FROM threads t JOIN forums f ON f.id = t.forum_id WHERE t.id = $1`,
      [thread.id],
    );
    expect(row).toEqual({
      reply_count: total,
      last_post_number: total + 1,
      replies: total,
      thread_count: 1,
      post_count: total + 1,
      threads: 1,
      posts: total + 1,
    });
    const slug = (await a.db.query(`SELECT slug FROM forums WHERE id = $1`, [forum.id]))[0].slug;
    for (const t of [a, b]) expect((await t.client().ok(FORUM, { slug })).forum).toEqual({ threadCount: 1, postCount: total + 1 });
  });

  it('shows an anonymous reader on one instance the reply written through the other, at once, both ways', async () => {
    const forum = await createForum(staff);
    const thread = await createThread(staff, forum.id);
    const reader = { a: a.client(), b: b.client() };
    // Both instances have served the page before the write (anything they kept of it would now be stale).
    for (const c of [reader.a, reader.b]) expect((await c.ok(THREAD_PAGE, { id: thread.id })).thread.replyCount).toBe(0);
    for (const [writer, readerOfOther, n] of [
      [a, reader.b, 1],
      [b, reader.a, 2],
    ] as const) {
      const written = await reply({ ...staff, client: through(writer, staff) }, thread.id, `Written through ${writer.url}`);
      const { thread: page } = await readerOfOther.ok(THREAD_PAGE, { id: thread.id });
      expect(page.replyCount).toBe(n);
      expect(page.posts.nodes.map((p: { id: string }) => p.id)).toContain(written.id);
    }
  });

  it('finds through one instance, once indexed, what was written through the other', async () => {
    const forum = await createForum(staff);
    const written = await createThread({ ...staff, client: through(b, staff) }, forum.id, {
      title: 'Quasiperiodic webhook retries',
      body: 'Our webhook retries look quasiperiodic.',
    });
    await waitForSearchSync(a);
    const { search } = await a.client().ok(SEARCH, { q: 'quasiperiodic' });
    expect(search.hits.map((h: { thread: { id: string } }) => h.thread.id)).toEqual([written.id]);
  });

  it('applies each outbox row exactly once across the two search workers', async () => {
    const forum = await createForum(staff);
    await Promise.all(Array.from({ length: 12 }, (_, i) => createThread({ ...staff, client: through(i % 2 ? a : b, staff) }, forum.id)));
    await waitForSearchSync(a);
    const written: string[] = (await a.db.query(`SELECT id::text AS id FROM outbox_written ORDER BY outbox_written.id`)).map((r: { id: string }) => r.id);
    expect(written.length).toBeGreaterThanOrEqual(12);
    expect(applied.map((r) => r.id).sort((x, y) => Number(x) - Number(y))).toEqual(written);
    expect(applied.filter((r) => r.by === 'unknown')).toEqual([]);
  });

  it('counts sign-in attempts from one address across both instances: the 31st is refused, whichever answers', async () => {
    // Different unknown emails, so only the per-address limit (30 a minute, the default) is in play.
    const attempt = (t: TestApp, i: number) =>
      t.client().request(SIGN_IN, { input: { email: `nobody-${i}@example.test`, password: 'not the password' } }, { 'x-forwarded-for': '203.0.113.7' });
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) codes.push((await attempt(i % 2 ? b : a, i)).errors![0].extensions!.code as string);
    expect(codes).toEqual(Array(30).fill('UNAUTHENTICATED'));
    for (const t of [a, b]) {
      const refused = (await attempt(t, 99)).errors![0] as GqlError;
      expect(refused.extensions?.code).toBe('RATE_LIMITED');
      expect(refused.message).toMatch(/^Too many attempts from your network\./);
    }
    // Another address is not affected.
    expect(
      (await b.client().request(SIGN_IN, { input: { email: 'x@example.test', password: 'y' } }, { 'x-forwarded-for': '203.0.113.8' })).errors![0].extensions!
        .code,
    ).toBe('UNAUTHENTICATED');
  });

  it('counts password-reset requests for one email across both instances (3 an hour), and sends each email once', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser(a)));
    const ask = (t: TestApp, email: string, from: string) => t.client().request(REQUEST_RESET, { e: email }, { 'x-forwarded-for': from });
    const target = users[0];
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(i % 2 ? b : a, target.email, `198.51.100.${i + 1}`));
    expect(answers.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    // One request each for the others, alternating instances: both mail drainers run (JOBS=1), each row goes once.
    for (const [i, u] of users.slice(1).entries()) expect((await ask(i % 2 ? a : b, u.email, '198.51.100.50')).errors).toBeUndefined();
    await until('the mail queue to drain', async () => (await a.db.query(`SELECT count(*)::int AS n FROM mail_outbox`))[0].n === 0);
    const sent = [...readMails(a.config.mailDir), ...readMails(b.config.mailDir)].filter((m) => /password/i.test(m.subject));
    const recipients = sent.map((m) => m.to).sort();
    const expected = [target.email, target.email, target.email, ...users.slice(1).map((u) => u.email)].sort();
    expect(recipients).toEqual(expected);
  });

  it('runs each scheduled job once across both instances: every sweep pg-boss scheduled ran in exactly one', async () => {
    await until('the first ticket sweep', async () => sweeps.length > 0);
    // Wait until nothing of the sweep is queued or running, then compare what ran with what pg-boss scheduled.
    const settled = await until('the sweep queue to settle', async () => {
      const [q] = await a.db.query(
        `SELECT count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending,
                count(*) FILTER (WHERE state = 'completed')::int AS completed
           FROM pgboss.job WHERE name = $1`,
        [TICKET_SWEEP_JOB],
      );
      const [s] = await a.db.query(
        `SELECT count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending, count(*)::int AS slots
           FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key = $1`,
        [TICKET_SWEEP_JOB],
      );
      return q.pending === 0 && s.pending === 0 ? { completed: q.completed as number, slots: s.slots as number } : null;
    });
    // One job per cron minute (both instances' timekeepers ask; pg-boss keeps one per minute), each run by one instance.
    expect(settled.completed).toBe(settled.slots);
    expect(sweeps.length).toBe(settled.completed);
    expect(sweeps.filter((by) => by === 'unknown')).toEqual([]);
  });

  it("applies admins' search settings that were saved but not applied (Meilisearch away), from whichever worker runs", async () => {
    // What a save through an instance without a worker (SEARCH_SYNC=0) leaves when Meilisearch is away at that moment:
    // the settings stored, the index unchanged, and no worker in that process to retry.
    await a.db.query(`UPDATE search_settings SET synonym_groups = $1::jsonb, updated_at = now()`, [JSON.stringify([['kerfuffle', 'brouhaha']])]);
    const engine = a.app.get(SearchEngine);
    // The workers compare the stored settings with what they applied on their periodic index check (every 30 s).
    const synonyms = await until('the stored synonyms in Meilisearch', async () => (await engine.settings()).synonyms?.kerfuffle, 90_000);
    expect(synonyms).toEqual(['brouhaha']);
  });

  it('counts a thread view once per person and hour whichever instance served it (buffered per instance, marked in PostgreSQL)', async () => {
    const forum = await createForum(staff);
    const thread = await createThread(staff, forum.id);
    const viewer = await createUser(a);
    for (const t of [a, b, a, b]) await through(t, viewer).ok(`mutation($id: ID!) { recordThreadView(threadId: $id) }`, { id: thread.id });
    await Promise.all([a.app.get(ThreadViewsService).flush(), b.app.get(ThreadViewsService).flush()]);
    const [{ view_count }] = await a.db.query(`SELECT view_count FROM threads WHERE id = $1`, [thread.id]);
    expect(view_count).toBe(1);
  });
});
