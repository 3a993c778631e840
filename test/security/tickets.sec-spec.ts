import { TicketSweepService } from '../../server/src/modules/tickets/ticket-sweep.service';
import { DAY, SettableClock } from '../support/clock';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, type TestApp } from '../support/test-app';

const ESCALATE = `mutation($t: ID!) { escalateThread(input: { threadId: $t, priority: CRITICAL, whatHappened: "Webhooks stopped" }) { number } }`;
const QUEUE = `query($first: Int, $after: String) { ticketQueue(first: $first, after: $after) { nodes { number } } }`;
const RESOLVE = `mutation($n: Int!, $b: String!) { postTicketResolution(input: { number: $n, body: $b, verify: true }) { resolutionPostId } }`;
const NOTE = 'zanzibarquokka';

/** Attacks on tickets: doctored numbers and cursors, internal notes by every path, racing writers and sweeps. */
describe('tickets under attack', () => {
  let t: TestApp;
  const clock = new SettableClock(new Date('2026-12-01T15:00:00Z'));
  let staff: TestUser;
  let otherStaff: TestUser;
  let asker: TestUser;
  let stranger: TestUser;
  let forum: { id: string };

  const escalate = async (title: string) => {
    const thread = await createThread(asker, forum.id, { title });
    return { number: (await asker.client.ok(ESCALATE, { t: thread.id })).escalateThread.number as number, threadId: thread.id as string };
  };

  beforeAll(async () => {
    t = await startTestApp(
      { POST_RATE_LIMIT_PER_MINUTE: '1000', POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000', POST_RATE_LIMIT_STAFF_PER_MINUTE: '1000' },
      { clock },
    );
    staff = await createUser(t, { roles: ['STAFF'] });
    otherStaff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t);
    stranger = await createUser(t);
    forum = await createForum(staff, { name: 'Ticket attacks' });
  });
  afterAll(() => t.close());

  it('answers NOT_FOUND for doctored ticket numbers, and for a stranger asking for a real one', async () => {
    const { number } = await escalate('Doctored numbers');
    for (const n of [0, -1, 2 ** 31 - 1, number + 100000]) {
      expect((await asker.client.error(`query($n: Int!) { ticket(number: $n) { number } }`, { n })).extensions?.code).toBe('NOT_FOUND');
    }
    expect((await stranger.client.error(`query($n: Int!) { ticket(number: $n) { number } }`, { n: number })).extensions?.code).toBe('NOT_FOUND');
    const outOfRange = await asker.client.error(`query($n: Int!) { ticket(number: $n) { number } }`, { n: 2 ** 31 });
    expect(outOfRange.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n' });
  });

  it('refuses forged queue cursors and page sizes as BAD_USER_INPUT, never a database error', async () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const after of [
      'not-a-cursor',
      forge(['2026-12-01T00:00:00Z', 0, '2026-13-01', 1]),
      forge(['2026-12-01T00:00:00Z', 1e300, 'infinity', 1]),
      forge(['2026-12-01T00:00:00Z', 0, "infinity'; DROP TABLE tickets; --", 1]),
      forge(['2026-12-01T00:00:00Z', 0, 'infinity']),
      forge({ now: 1 }),
    ]) {
      const err = await staff.client.error(QUEUE, { after });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const first of [0, 101, -5]) {
      expect((await staff.client.error(QUEUE, { first })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('never lets an internal note reach the requester: not in messages, notifications, the timeline or search', async () => {
    const { number } = await escalate('Internal notes stay internal');
    await staff.client.ok(`mutation($n: Int!, $b: String!) { replyToTicket(input: { number: $n, body: $b, internal: true }) { number } }`, {
      n: number,
      b: `Customer uses the ${NOTE} connector`,
    });
    const seen = JSON.stringify(
      await asker.client.ok(
        `query($n: Int!) { ticket(number: $n) { messages { body } timeline { kind fromValue toValue reason } } notifications(first: 100) { nodes { message } } }`,
        { n: number },
      ),
    );
    expect(seen).not.toContain(NOTE);
    await waitForSearchSync(t);
    for (const who of [asker, staff]) {
      expect((await who.client.ok(`query($q: String!) { search(query: $q) { hits { thread { id } } } }`, { q: NOTE })).search.hits).toEqual([]);
    }
    // Staff see it.
    expect(JSON.stringify(await staff.client.ok(`query($n: Int!) { ticket(number: $n) { messages { body } } }`, { n: number }))).toContain(NOTE);
  });

  it('posts one resolution when two staff post at once', async () => {
    const { number, threadId } = await escalate('Two resolutions at once');
    await staff.client.ok(`mutation($n: Int!) { setTicketStatus(input: { number: $n, status: SOLVED }) { status } }`, { n: number });
    const results = await Promise.all([
      staff.client.request(RESOLVE, { n: number, b: 'Fix one.' }),
      otherStaff.client.request(RESOLVE, { n: number, b: 'Fix two.' }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'ok']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1 AND post_number > 1`, [threadId]);
    expect(n).toBe(1);
  });

  it('records one breach when two sweeps race', async () => {
    await t.db.query(`UPDATE tickets SET status = 'CLOSED'`);
    const { number } = await escalate('Two sweeps at once');
    const sweep = t.app.get(TicketSweepService);
    const later = new Date(clock.now().getTime() + 3 * DAY);
    const [a, b] = await Promise.all([sweep.sweep(later), sweep.sweep(later)]);
    expect(a.breached + b.breached).toBe(1);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM ticket_events e JOIN tickets k ON k.id = e.ticket_id WHERE k.number = $1 AND e.kind = 'BREACH'`,
      [number],
    );
    expect(n).toBe(1);
  });

  it('keeps the queue and the resolution mutation from everyone but staff', async () => {
    const { number } = await escalate('Queue is staff only');
    for (const who of [asker, stranger]) {
      expect((await who.client.error(QUEUE, {})).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SUPPORT_STAFF' });
    }
    expect((await stranger.client.error(RESOLVE, { n: number, b: 'Sneaky' })).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().error(QUEUE, {})).extensions?.code).toBe('FORBIDDEN');
  });
});
