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
});
