import { JobScheduler } from '../../server/src/platform/jobs/job-scheduler';
import { TICKET_SWEEP_JOB, TicketSweepService } from '../../server/src/modules/tickets/ticket-sweep.service';
import { DAY, HOUR, SettableClock } from '../support/clock';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ESCALATE = `mutation($t: ID!, $p: TicketPriority!) {
  escalateThread(input: { threadId: $t, priority: $p, whatHappened: "Leads stopped routing" }) { number firstResponseDueAt sla { state dueAt atRiskAt } }
}`;
const TICKET = `query($n: Int!) { ticket(number: $n) { status solvedAt resolutionPostId sla { state dueAt atRiskAt respondedAt breachedAt targetMinutes clock } } }`;
const REPLY = `mutation($n: Int!, $b: String!, $i: Boolean) { replyToTicket(input: { number: $n, body: $b, internal: $i }) { status } }`;
const STATUS = `mutation($n: Int!, $s: TicketStatus!, $r: String) { setTicketStatus(input: { number: $n, status: $s, reason: $r }) { status } }`;
const ASSIGN = `mutation($n: Int!, $a: ID) { assignTicket(input: { number: $n, assigneeId: $a }) { number } }`;
const QUEUE = `query($f: TicketQueueFilter, $first: Int, $after: String) {
  ticketQueue(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { number priority sla { state } organization { name plan accountManager { id } } } }
}`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind ticketNumber message } } }`;
const RESOLVE = `mutation($n: Int!, $b: String!, $v: Boolean!) { postTicketResolution(input: { number: $n, body: $b, verify: $v }) { resolutionPostId } }`;

/** Friday 4 December 2026, 17:00 in New York (EST, UTC−5). */
const FRIDAY_5PM = new Date('2026-12-04T22:00:00Z');

/** The SLA clock of tickets with an injectable clock: due times, pauses, the queue, breaches, auto-close, notifications. */
describe('ticket SLA clocks, the staff queue and the scheduled sweep', () => {
  let t: TestApp;
  const clock = new SettableClock(FRIDAY_5PM);
  let staff: TestUser;
  let otherStaff: TestUser;
  let asker: TestUser;
  let forum: { id: string };
  let sweep: TicketSweepService;
  let orgId: string;

  const escalate = async (priority: string, title: string, who = asker) => {
    const thread = await createThread(who, forum.id, { title });
    const { escalateThread } = await who.client.ok(ESCALATE, { t: thread.id, p: priority });
    return { ...escalateThread, threadId: thread.id as string };
  };
  const ticket = async (n: number, who: TestUser = staff) => (await who.client.ok(TICKET, { n })).ticket;
  const notes = async (who: TestUser, n: number) => (await who.client.ok(NOTIFICATIONS)).notifications.nodes.filter((x: any) => x.ticketNumber === n);

  beforeAll(async () => {
    t = await startTestApp({ POST_RATE_LIMIT_PER_MINUTE: '1000', POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000' }, { clock });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Maya Staff' });
    otherStaff = await createUser(t, { roles: ['STAFF'], displayName: 'Omar Staff' });
    [{ id: orgId }] = await t.db.query(`INSERT INTO organizations (name, plan, account_manager_id) VALUES ('Acme Leads', 'STANDARD', $1) RETURNING id`, [
      otherStaff.id,
    ]);
    asker = await createUser(t, { organizationId: orgId, displayName: 'Ari Asker' });
    forum = await createForum(staff, { name: 'SLA support' });
    sweep = t.app.get(TicketSweepService);
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(FRIDAY_5PM));

  it('gives a STANDARD ticket opened Friday 17:00 ET a first response due Monday 17:00 ET, at risk Monday 14:45', async () => {
    const opened = await escalate('STANDARD', 'Friday evening question');
    expect(opened.firstResponseDueAt).toBe('2026-12-07T22:00:00.000Z');
    expect(opened.sla).toEqual({ state: 'RUNNING', dueAt: '2026-12-07T22:00:00.000Z', atRiskAt: '2026-12-07T19:45:00.000Z' });
    clock.set('2026-12-07T19:45:00Z');
    expect((await ticket(opened.number)).sla.state).toBe('AT_RISK');
    clock.set('2026-12-07T22:00:00Z');
    expect((await ticket(opened.number)).sla.state).toBe('BREACHED');
  });

  it('stops the clock while PENDING and adds the paused business time back when the customer replies', async () => {
    const opened = await escalate('CRITICAL', 'Paused over a business day'); // due Monday 12:00 ET (1 h Friday + 3 h Monday)
    expect(opened.firstResponseDueAt).toBe('2026-12-07T17:00:00.000Z');
    await staff.client.ok(STATUS, { n: opened.number, s: 'PENDING', r: 'Which account?' });
    expect((await ticket(opened.number)).sla).toMatchObject({ state: 'PAUSED', dueAt: null });
    // The customer answers Monday 13:00 ET: the clock was paused for 4 business hours (Friday 17–18, Monday 09–13)
    // with 4 hours of the target left, so the response is due Monday 17:00 ET.
    clock.set('2026-12-07T18:00:00Z');
    expect(await asker.client.ok(REPLY, { n: opened.number, b: 'Account 42.' })).toEqual({ replyToTicket: { status: 'OPEN' } });
    expect((await ticket(opened.number)).sla).toMatchObject({ state: 'RUNNING', dueAt: '2026-12-07T22:00:00.000Z', atRiskAt: '2026-12-07T21:00:00.000Z' });
  });

  it('records a first response in time as MET, and keeps the target the ticket was opened with', async () => {
    const opened = await escalate('CRITICAL', 'Answered in time');
    clock.set('2026-12-07T15:00:00Z');
    await staff.client.ok(REPLY, { n: opened.number, b: 'Looking at it now.' });
    expect((await ticket(opened.number)).sla).toMatchObject({ state: 'MET', respondedAt: '2026-12-07T15:00:00.000Z', targetMinutes: 240, clock: 'BUSINESS' });
  });

  it('ranks the queue breached first, then by due time, filters it, and pages it stably', async () => {
    await t.db.query(`UPDATE tickets SET status = 'CLOSED'`); // earlier cases' tickets out of the way
    const standard = await escalate('STANDARD', 'Queue: standard'); // due Monday 17:00
    const critical = await escalate('CRITICAL', 'Queue: critical'); // due Monday 12:00
    clock.set('2026-12-07T16:00:00Z'); // Monday 11:00 ET
    const late = await escalate('CRITICAL', 'Queue: opened Monday'); // due Monday 15:00
    clock.set('2026-12-07T17:30:00Z'); // Monday 12:30 ET: the critical one is overdue
    await staff.client.ok(ASSIGN, { n: standard.number, a: staff.id });

    const all = (await staff.client.ok(QUEUE, {})).ticketQueue;
    expect(all.nodes.map((n: any) => [n.number, n.sla.state])).toEqual([
      [critical.number, 'BREACHED'],
      [late.number, 'RUNNING'],
      [standard.number, 'RUNNING'],
    ]);
    expect(all.totalCount).toBe(3);
    expect(all.nodes[0].organization).toEqual({ name: 'Acme Leads', plan: 'STANDARD', accountManager: { id: otherStaff.id } });

    const only = async (f: Record<string, unknown>) => (await staff.client.ok(QUEUE, { f })).ticketQueue.nodes.map((n: any) => n.number);
    expect(await only({ sla: 'BREACHED' })).toEqual([critical.number]);
    expect(await only({ assignee: 'ME' })).toEqual([standard.number]);
    expect(await only({ assignee: 'UNASSIGNED' })).toEqual([critical.number, late.number]);
    expect(await only({ priorities: ['STANDARD'] })).toEqual([standard.number]);
    expect(await only({ organizationId: orgId })).toEqual([critical.number, late.number, standard.number]);
    clock.set('2026-12-07T19:00:00Z'); // Monday 14:00 ET: 3 of the opened-Monday ticket's 4 hours used
    expect(await only({ sla: 'AT_RISK' })).toEqual([late.number]);

    const first = (await staff.client.ok(QUEUE, { first: 2 })).ticketQueue;
    expect(first.pageInfo.hasNextPage).toBe(true);
    clock.set('2026-12-08T19:00:00Z'); // all overdue by the time the next page is asked for: the page still follows on
    const second = (await staff.client.ok(QUEUE, { first: 2, after: first.pageInfo.endCursor })).ticketQueue;
    expect([...first.nodes, ...second.nodes].map((n: any) => n.number)).toEqual([critical.number, late.number, standard.number]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const forged = await staff.client.error(QUEUE, { after: Buffer.from(JSON.stringify(['x', 0, 'infinity', 1])).toString('base64url') });
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await asker.client.error(QUEUE, {})).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a breach once, tells the assignee, and closes tickets 7 days after they were solved', async () => {
    await t.db.query(`UPDATE tickets SET status = 'CLOSED'`);
    const opened = await escalate('CRITICAL', 'Nobody answered in time');
    await staff.client.ok(ASSIGN, { n: opened.number, a: otherStaff.id });
    expect(await sweep.sweep(new Date('2026-12-07T16:59:00Z'))).toEqual({ breached: 0, closed: 0 });
    clock.set('2026-12-07T17:05:00Z');
    expect(await sweep.sweep()).toEqual({ breached: 1, closed: 0 });
    expect(await sweep.sweep()).toEqual({ breached: 0, closed: 0 });
    expect((await ticket(opened.number)).sla).toMatchObject({ state: 'BREACHED', breachedAt: '2026-12-07T17:00:00.000Z' });
    expect(await notes(otherStaff, opened.number)).toEqual([
      { kind: 'TICKET_BREACHED', ticketNumber: opened.number, message: 'First response was due 2026-12-07T17:00:00.000Z' },
      { kind: 'TICKET_ASSIGNED', ticketNumber: opened.number, message: '' },
    ]);
    // A late answer stays a breach.
    await staff.client.ok(REPLY, { n: opened.number, b: 'Sorry for the wait.' });
    expect((await ticket(opened.number)).sla.state).toBe('BREACHED');

    clock.set('2026-12-08T15:00:00Z');
    await staff.client.ok(STATUS, { n: opened.number, s: 'SOLVED', r: 'Fixed the routing rule' });
    expect(await sweep.sweep(new Date('2026-12-15T14:59:00Z'))).toEqual({ breached: 0, closed: 0 });
    expect(await sweep.sweep(new Date('2026-12-15T15:00:00Z'))).toEqual({ breached: 0, closed: 1 });
    expect((await ticket(opened.number, asker)).status).toBe('CLOSED');
    const [closedNote] = await notes(asker, opened.number);
    expect(closedNote).toEqual({
      kind: 'TICKET_STATUS',
      ticketNumber: opened.number,
      message: 'SOLVED → CLOSED: Closed automatically 7 days after it was solved',
    });
    const timeline = await t.db.query(
      `SELECT kind, actor_id, from_value, to_value FROM ticket_events e JOIN tickets k ON k.id = e.ticket_id WHERE k.number = $1 AND e.actor_id IS NULL ORDER BY e.id`,
      [opened.number],
    );
    expect(timeline).toEqual([
      { kind: 'BREACH', actor_id: null, from_value: null, to_value: '2026-12-07T17:00:00.000Z' },
      { kind: 'STATUS', actor_id: null, from_value: 'SOLVED', to_value: 'CLOSED' },
    ]);
  });

  it('tells the requester of public replies and status changes, never of internal notes, and the assignee of customer replies', async () => {
    const opened = await escalate('STANDARD', 'Who hears what');
    await staff.client.ok(ASSIGN, { n: opened.number, a: otherStaff.id });
    await staff.client.ok(REPLY, { n: opened.number, b: 'Internal: the customer is on an old connector.', i: true });
    await staff.client.ok(REPLY, { n: opened.number, b: 'Could you   send the\nlead id?', i: false });
    await asker.client.ok(REPLY, { n: opened.number, b: 'Lead 77.' });
    await staff.client.ok(STATUS, { n: opened.number, s: 'PENDING', r: 'Waiting for a log' });
    expect(await notes(asker, opened.number)).toEqual([
      { kind: 'TICKET_STATUS', ticketNumber: opened.number, message: 'OPEN → PENDING: Waiting for a log' },
      { kind: 'TICKET_REPLY', ticketNumber: opened.number, message: 'Could you send the lead id?' },
    ]);
    expect(await notes(otherStaff, opened.number)).toEqual([
      { kind: 'TICKET_CUSTOMER_REPLY', ticketNumber: opened.number, message: 'Lead 77.' },
      { kind: 'TICKET_ASSIGNED', ticketNumber: opened.number, message: '' },
    ]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE message LIKE '%old connector%'`);
    expect(n).toBe(0);
    // A notification about a ticket is shown only to its requester and staff: a staff member who loses the role no longer sees it.
    await t.db.query(`UPDATE users SET roles = '{MEMBER}' WHERE id = $1`, [otherStaff.id]);
    expect(await notes(otherStaff, opened.number)).toEqual([]);
    await t.db.query(`UPDATE users SET roles = '{MEMBER,STAFF}' WHERE id = $1`, [otherStaff.id]);
    expect(await notes(otherStaff, opened.number)).toHaveLength(2);
  });

  it('posts a solved ticket’s resolution to its thread as the verified answer, once', async () => {
    const opened = await escalate('STANDARD', 'Resolution goes back to the thread');
    const early = await staff.client.error(RESOLVE, { n: opened.number, b: 'Re-authorise the connector.', v: true });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    await staff.client.ok(STATUS, { n: opened.number, s: 'SOLVED', r: '' });
    expect((await asker.client.error(RESOLVE, { n: opened.number, b: 'Me too', v: true })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const { postTicketResolution } = await staff.client.ok(RESOLVE, { n: opened.number, b: 'Re-authorise the **connector**.', v: true });
    const { thread } = await asker.client.ok(`query($id: ID!) { thread(id: $id) { acceptedAnswer { kind post { id author { id } bodyHtml } } } }`, {
      id: opened.threadId,
    });
    expect(thread.acceptedAnswer).toEqual({
      kind: 'STAFF',
      post: { id: postTicketResolution.resolutionPostId, author: { id: staff.id }, bodyHtml: '<p>Re-authorise the <strong>connector</strong>.</p>\n' },
    });
    const again = await staff.client.error(RESOLVE, { n: opened.number, b: 'Twice', v: false });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });
});

describe('the SLA sweep as a scheduled job (pg-boss, in the app process)', () => {
  let t: TestApp;
  const clock = new SettableClock(FRIDAY_5PM);

  beforeAll(async () => {
    t = await startTestApp({ JOBS: '1' }, { clock });
  });
  afterAll(() => t.close());

  it('runs the sweep through the job queue and records the breach', async () => {
    const staff = await createUser(t, { roles: ['STAFF'] });
    const asker = await createUser(t);
    const forum = await createForum(staff, { name: 'Jobs' });
    const thread = await createThread(asker, forum.id, { title: 'Breach through pg-boss' });
    const { escalateThread } = await asker.client.ok(ESCALATE, { t: thread.id, p: 'CRITICAL' });
    clock.advance(3 * DAY + HOUR);
    expect(await t.app.get(JobScheduler).runSoon(TICKET_SWEEP_JOB)).toBe(true);
    const deadline = Date.now() + 30_000;
    let breachedAt: Date | null = null;
    while (!breachedAt && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      [{ breachedAt }] = await t.db.query(`SELECT first_response_breached_at AS "breachedAt" FROM tickets WHERE number = $1`, [escalateThread.number]);
    }
    expect(breachedAt).toEqual(new Date(escalateThread.firstResponseDueAt));
  });
});
