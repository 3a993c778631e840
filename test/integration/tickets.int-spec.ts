import { defaultBusinessCalendar, dueAt } from '../../server/src/modules/tickets/domain/business-calendar';
import { createForum, createGroup, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ESCALATE = `mutation($input: EscalateThreadInput!) {
  escalateThread(input: $input) { number status priority emergencyReason escalationLevel plan openedAt firstResponseDueAt whatHappened requester { id } thread { id } }
}`;

/** Escalating a thread into a ticket (issue 10, first steps): who may, what it costs the plan, who sees it. */
describe('escalating a thread to support', () => {
  let t: TestApp;
  let staff: TestUser;
  let asker: TestUser;
  let outsider: TestUser;
  let enterpriseAsker: TestUser;
  let forum: { id: string };

  const input = (threadId: string, extra: Record<string, unknown> = {}) => ({
    threadId,
    priority: 'STANDARD',
    whatHappened: 'Leads from Texas stopped routing to the buyer.',
    expected: 'They route to Acme Leads.',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp({ POST_RATE_LIMIT_PER_MINUTE: '1000', POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000' });
    staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t);
    outsider = await createUser(t);
    const [{ id: orgId }] = await t.db.query(`INSERT INTO organizations (name, plan) VALUES ('Enterprise Escalations Inc', 'ENTERPRISE') RETURNING id`);
    enterpriseAsker = await createUser(t, { organizationId: orgId });
    forum = await createForum(staff, { name: 'Lead routing support' });
  });
  afterAll(() => t.close());

  it('opens a ticket with a sequential number and a first-response due time from the business calendar', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Texas leads stopped routing' });
    const { escalateThread: ticket } = await asker.client.ok(ESCALATE, { input: input(thread.id) });
    expect(ticket).toMatchObject({ status: 'NEW', priority: 'STANDARD', emergencyReason: null, escalationLevel: 'TIER1', plan: 'STANDARD' });
    expect(ticket.number).toBeGreaterThanOrEqual(1001);
    expect(ticket.requester).toEqual({ id: asker.id });
    expect(ticket.thread).toEqual({ id: thread.id });
    const openedAt = new Date(ticket.openedAt);
    const year = openedAt.getUTCFullYear();
    const expected = dueAt(defaultBusinessCalendar(year - 1, year + 3), { openedAt, target: { minutes: 540, clock: 'BUSINESS' }, pauses: [] });
    expect(ticket.firstResponseDueAt).toBe(expected!.toISOString());

    const next = await createThread(asker, forum.id, { title: 'Another question for support' });
    const { escalateThread: second } = await asker.client.ok(ESCALATE, { input: input(next.id, { priority: 'CRITICAL' }) });
    expect(second.number).toBe(ticket.number + 1);
  });

  it('answers the existing ticket when a thread is escalated twice, even at the same moment', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Escalated twice at once' });
    const [a, b] = await Promise.all([asker.client.ok(ESCALATE, { input: input(thread.id) }), staff.client.ok(ESCALATE, { input: input(thread.id) })]);
    expect(a.escalateThread.number).toBe(b.escalateThread.number);
    const again = await asker.client.ok(ESCALATE, { input: input(thread.id, { priority: 'CRITICAL' }) });
    expect(again.escalateThread).toMatchObject({ number: a.escalateThread.number, priority: 'STANDARD' });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ticket_events e JOIN tickets k ON k.id = e.ticket_id WHERE k.thread_id = $1`, [thread.id]);
    expect(n).toBe(1);
  });

  it('keeps EMERGENCY for enterprise plans and real emergencies, offering CRITICAL otherwise', async () => {
    const standard = await createThread(asker, forum.id, { title: 'Everything is down for us' });
    const refused = await asker.client.error(ESCALATE, { input: input(standard.id, { priority: 'EMERGENCY', emergencyReason: 'OUTAGE' }) });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMERGENCY_NOT_AVAILABLE' });
    expect(refused.message).toMatch(/Choose CRITICAL/);

    const enterprise = await createThread(enterpriseAsker, forum.id, { title: 'Our lead intake is down' });
    const noReason = await enterpriseAsker.client.error(ESCALATE, { input: input(enterprise.id, { priority: 'EMERGENCY' }) });
    expect(noReason.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMERGENCY_NOT_AVAILABLE' });
    const { escalateThread: ticket } = await enterpriseAsker.client.ok(ESCALATE, {
      input: input(enterprise.id, { priority: 'EMERGENCY', emergencyReason: 'OUTAGE' }),
    });
    expect(ticket).toMatchObject({ priority: 'EMERGENCY', emergencyReason: 'OUTAGE', plan: 'ENTERPRISE' });
    expect(new Date(ticket.firstResponseDueAt).getTime() - new Date(ticket.openedAt).getTime()).toBe(3600_000);
  });

  it("refuses someone else's thread, hides what the person may not see, and names bad fields", async () => {
    const thread = await createThread(asker, forum.id, { title: 'Not yours to escalate' });
    expect((await outsider.client.error(ESCALATE, { input: input(thread.id) })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THREAD_ASKER' });
    const group = await createGroup(staff, { name: 'Ticket secret circle', owner: asker });
    const secret = await createThread(asker, (await createForum(staff, { groupId: group.id })).id, { title: 'Private escalation' });
    expect((await outsider.client.error(ESCALATE, { input: input(secret.id) })).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().error(ESCALATE, { input: input(thread.id) })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await asker.client.error(ESCALATE, { input: input(thread.id, { whatHappened: '   ' }) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'whatHappened',
    });
    expect((await asker.client.error(ESCALATE, { input: input(thread.id, { businessImpact: 'x'.repeat(10_001) }) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'businessImpact',
    });
  });

  it('shows the ticket to its requester and staff only; the thread says "escalated" to everyone who sees it', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Who sees my ticket?' });
    const { escalateThread: ticket } = await asker.client.ok(ESCALATE, { input: input(thread.id) });
    const TICKET = `query($n: Int!) { ticket(number: $n) { number whatHappened } }`;
    for (const reader of [asker, staff]) expect((await reader.client.ok(TICKET, { n: ticket.number })).ticket.number).toBe(ticket.number);
    expect((await outsider.client.error(TICKET, { n: ticket.number })).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().error(TICKET, { n: ticket.number })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.client.error(TICKET, { n: 999_999 })).extensions?.code).toBe('NOT_FOUND');

    const THREAD = `query($id: ID!) { thread(id: $id) { isEscalated ticket { number } } }`;
    expect((await asker.client.ok(THREAD, { id: thread.id })).thread).toEqual({ isEscalated: true, ticket: { number: ticket.number } });
    expect((await outsider.client.ok(THREAD, { id: thread.id })).thread).toEqual({ isEscalated: true, ticket: null });
    expect((await t.client().ok(THREAD, { id: thread.id })).thread).toEqual({ isEscalated: true, ticket: null });

    const mine = (await asker.client.ok(`{ myTickets { number } }`)).myTickets.map((x: { number: number }) => x.number);
    expect(mine[0]).toBe(ticket.number);
    expect((await outsider.client.ok(`{ myTickets { number } }`)).myTickets).toEqual([]);
  });

  const REPLY = `mutation($input: TicketReplyInput!) { replyToTicket(input: $input) { status firstRespondedAt firstResponseDueAt } }`;
  const STATUS = `mutation($input: TicketStatusInput!) { setTicketStatus(input: $input) { status firstResponseDueAt } }`;
  const CONVERSATION = `query($n: Int!) { ticket(number: $n) { messages { internal body author { id } } timeline { kind fromValue toValue reason } } }`;

  async function openTicket(title: string): Promise<number> {
    const thread = await createThread(asker, forum.id, { title });
    return (await asker.client.ok(ESCALATE, { input: input(thread.id) })).escalateThread.number;
  }

  it('records the first staff reply as the first response and opens the ticket; internal notes never reach the requester', async () => {
    const n = await openTicket('First response recorded');
    await asker.client.ok(REPLY, { input: { number: n, body: 'Any news?' } });
    const note = await staff.client.ok(REPLY, { input: { number: n, body: 'Customer is on the legacy router.', internal: true } });
    expect(note.replyToTicket).toMatchObject({ status: 'NEW', firstRespondedAt: null });
    const answered = await staff.client.ok(REPLY, { input: { number: n, body: 'Looking at your routing rules now.' } });
    expect(answered.replyToTicket.status).toBe('OPEN');
    expect(answered.replyToTicket.firstRespondedAt).not.toBeNull();

    const forRequester = (await asker.client.ok(CONVERSATION, { n })).ticket;
    expect(forRequester.messages).toEqual([
      { internal: false, body: 'Any news?', author: { id: asker.id } },
      { internal: false, body: 'Looking at your routing rules now.', author: { id: staff.id } },
    ]);
    const forStaff = (await staff.client.ok(CONVERSATION, { n })).ticket;
    expect(forStaff.messages.map((m: { internal: boolean }) => m.internal)).toEqual([false, true, false]);
    expect(forStaff.timeline).toEqual([
      { kind: 'OPENED', fromValue: null, toValue: 'STANDARD', reason: '' },
      { kind: 'STATUS', fromValue: 'NEW', toValue: 'OPEN', reason: '' },
    ]);
    const err = await asker.client.error(REPLY, { input: { number: n, body: 'Let me note this', internal: true } });
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTERNAL_NOTE_STAFF_ONLY' });
    expect((await outsider.client.error(REPLY, { input: { number: n, body: 'Me too' } })).extensions?.code).toBe('NOT_FOUND');
  });

  it('stops the clock while PENDING and resumes it when the customer replies', async () => {
    const n = await openTicket('Waiting on the customer');
    const before = (await staff.client.ok(`query($n: Int!) { ticket(number: $n) { firstResponseDueAt } }`, { n })).ticket.firstResponseDueAt;
    const pending = await staff.client.ok(STATUS, { input: { number: n, status: 'PENDING', reason: 'Need the lead ids' } });
    // Paused: no due time while the ticket waits on the customer.
    expect(pending.setTicketStatus).toEqual({ status: 'PENDING', firstResponseDueAt: null });
    await t.db.query(`UPDATE ticket_pauses SET started_at = started_at - interval '2 hours' WHERE ticket_id = (SELECT id FROM tickets WHERE number = $1)`, [n]);
    const resumed = await asker.client.ok(REPLY, { input: { number: n, body: 'Here are the lead ids.' } });
    expect(resumed.replyToTicket.status).toBe('OPEN');
    const [{ openedAt, startedAt, endedAt }] = await t.db.query(
      `SELECT k.opened_at AS "openedAt", p.started_at AS "startedAt", p.ended_at AS "endedAt" FROM tickets k JOIN ticket_pauses p ON p.ticket_id = k.id WHERE k.number = $1`,
      [n],
    );
    const year = openedAt.getUTCFullYear();
    const expected = dueAt(defaultBusinessCalendar(year - 1, year + 3), {
      openedAt,
      target: { minutes: 540, clock: 'BUSINESS' },
      pauses: [{ from: startedAt, to: endedAt }],
    });
    expect(resumed.replyToTicket.firstResponseDueAt).toBe(expected!.toISOString());
    expect(new Date(resumed.replyToTicket.firstResponseDueAt).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime());
  });

  it('refuses illegal moves naming both statuses, lets the requester solve and reopen, and ends at CLOSED', async () => {
    const n = await openTicket('Moves through the machine');
    const illegal = await staff.client.error(STATUS, { input: { number: n, status: 'CLOSED' } });
    expect(illegal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(illegal.message).toMatch(/from NEW to CLOSED/);
    expect((await asker.client.error(STATUS, { input: { number: n, status: 'ON_HOLD' } })).message).toMatch(/from NEW to ON HOLD/);
    expect((await asker.client.ok(STATUS, { input: { number: n, status: 'SOLVED' } })).setTicketStatus.status).toBe('SOLVED');
    expect((await asker.client.ok(STATUS, { input: { number: n, status: 'OPEN', reason: 'It came back' } })).setTicketStatus.status).toBe('OPEN');
    await staff.client.ok(STATUS, { input: { number: n, status: 'SOLVED' } });
    await staff.client.ok(STATUS, { input: { number: n, status: 'CLOSED' } });
    const closed = await asker.client.error(REPLY, { input: { number: n, body: 'One more thing' } });
    expect(closed.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TICKET_CLOSED' });
    expect((await outsider.client.error(STATUS, { input: { number: n, status: 'OPEN' } })).extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff assign tickets to staff and change the escalation level with a reason; EXECUTIVE for Enterprise only', async () => {
    const n = await openTicket('Assign and escalate me');
    const ASSIGN = `mutation($input: AssignTicketInput!) { assignTicket(input: $input) { assignee { id } } }`;
    const LEVEL = `mutation($input: TicketLevelInput!) { setTicketLevel(input: $input) { escalationLevel } }`;
    expect((await staff.client.ok(ASSIGN, { input: { number: n, assigneeId: staff.id } })).assignTicket.assignee).toEqual({ id: staff.id });
    expect((await staff.client.error(ASSIGN, { input: { number: n, assigneeId: asker.id } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assigneeId',
    });
    expect((await asker.client.error(ASSIGN, { input: { number: n, assigneeId: staff.id } })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_SUPPORT_STAFF',
    });

    expect(
      (await staff.client.ok(LEVEL, { input: { number: n, level: 'ENGINEERING', reason: 'Needs a routing engine fix' } })).setTicketLevel.escalationLevel,
    ).toBe('ENGINEERING');
    const executive = await staff.client.error(LEVEL, { input: { number: n, level: 'EXECUTIVE', reason: 'Big customer' } });
    expect(executive.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EXECUTIVE_NOT_AVAILABLE' });
    expect((await staff.client.error(LEVEL, { input: { number: n, level: 'TIER2', reason: ' ' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await asker.client.error(LEVEL, { input: { number: n, level: 'TIER2', reason: 'Please' } })).extensions).toMatchObject({ code: 'FORBIDDEN' });

    const timeline = (await staff.client.ok(CONVERSATION, { n })).ticket.timeline;
    expect(timeline.slice(1)).toEqual([
      { kind: 'ASSIGNEE', fromValue: null, toValue: staff.id, reason: '' },
      { kind: 'LEVEL', fromValue: 'TIER1', toValue: 'ENGINEERING', reason: 'Needs a routing engine fix' },
    ]);

    const enterprise = await createThread(enterpriseAsker, forum.id, { title: 'Enterprise needs an executive' });
    const { number: en } = (await enterpriseAsker.client.ok(ESCALATE, { input: input(enterprise.id) })).escalateThread;
    expect((await staff.client.ok(LEVEL, { input: { number: en, level: 'EXECUTIVE', reason: 'Contract at risk' } })).setTicketLevel.escalationLevel).toBe(
      'EXECUTIVE',
    );
  });
});
