import {
  canReopen,
  canTransition,
  clockPaused,
  closeAfter,
  escalationProblem,
  isEscalation,
  priorityProblem,
  statusAfterCustomerReply,
  TICKET_STATUSES,
  transitionProblem,
  type TicketActor,
  type TicketStatus,
} from './ticket-rules';

describe('ticket status machine', () => {
  const legal: Array<[TicketStatus, TicketStatus, TicketActor]> = [
    ['NEW', 'OPEN', 'STAFF'],
    ['OPEN', 'PENDING', 'STAFF'],
    ['PENDING', 'OPEN', 'SYSTEM'],
    ['OPEN', 'ON_HOLD', 'STAFF'],
    ['ON_HOLD', 'OPEN', 'STAFF'],
    ['OPEN', 'SOLVED', 'STAFF'],
    ['OPEN', 'SOLVED', 'REQUESTER'],
    ['SOLVED', 'OPEN', 'REQUESTER'],
    ['SOLVED', 'CLOSED', 'SYSTEM'],
    ['SOLVED', 'CLOSED', 'STAFF'],
  ];
  it.each(legal)('allows %s → %s by %s', (from, to, by) => {
    expect(canTransition(from, to, by)).toBe(true);
    expect(transitionProblem(from, to, by)).toBeNull();
  });

  it('never leaves CLOSED, for anyone', () => {
    for (const to of TICKET_STATUSES) {
      for (const by of ['STAFF', 'REQUESTER', 'SYSTEM'] as const) expect(canTransition('CLOSED', to, by)).toBe(false);
    }
    expect(transitionProblem('CLOSED', 'OPEN', 'STAFF')).toBe('A closed ticket cannot move to OPEN: open a new ticket instead');
  });

  it('names both statuses and the legal moves when it refuses', () => {
    expect(transitionProblem('NEW', 'CLOSED', 'STAFF')).toBe('A ticket cannot move from NEW to CLOSED (from NEW it can go to OPEN, PENDING, ON HOLD, SOLVED)');
    expect(transitionProblem('OPEN', 'PENDING', 'REQUESTER')).toBe('A ticket cannot move from OPEN to PENDING (from OPEN it can go to SOLVED)');
    expect(transitionProblem('OPEN', 'OPEN', 'STAFF')).toBe('The ticket is already OPEN');
  });

  it('lets requesters only solve and reopen, and the system only reopen on a reply and close', () => {
    expect(canTransition('OPEN', 'ON_HOLD', 'REQUESTER')).toBe(false);
    expect(canTransition('NEW', 'OPEN', 'REQUESTER')).toBe(false);
    expect(canTransition('OPEN', 'SOLVED', 'SYSTEM')).toBe(false);
    expect(canTransition('PENDING', 'CLOSED', 'SYSTEM')).toBe(false);
  });

  it('reopens on a customer reply from PENDING or SOLVED, and leaves other statuses alone', () => {
    expect(statusAfterCustomerReply('PENDING')).toBe('OPEN');
    expect(statusAfterCustomerReply('SOLVED')).toBe('OPEN');
    expect(statusAfterCustomerReply('NEW')).toBe('NEW');
    expect(statusAfterCustomerReply('ON_HOLD')).toBe('ON_HOLD');
    // Every status a reply leads to is reachable by the system or already current.
    for (const s of TICKET_STATUSES.filter((x) => x !== 'CLOSED')) {
      const after = statusAfterCustomerReply(s);
      expect(after === s || canTransition(s, after, 'SYSTEM')).toBe(true);
    }
  });

  it('pauses the clock only while waiting on the customer', () => {
    expect(TICKET_STATUSES.filter(clockPaused)).toEqual(['PENDING']);
  });

  it('closes solved tickets after 7 days; the requester can reopen until then', () => {
    const solved = new Date('2026-11-30T15:00:00Z');
    expect(closeAfter(solved).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    expect(canReopen(solved, new Date('2026-12-07T14:59:59Z'))).toBe(true);
    expect(canReopen(solved, new Date('2026-12-07T15:00:00Z'))).toBe(false);
  });
});

describe('priority and escalation', () => {
  it('keeps EMERGENCY for enterprise plans and the policy’s criteria, offering CRITICAL otherwise', () => {
    expect(priorityProblem('EMERGENCY', 'STANDARD', 'OUTAGE')).toMatch(/Enterprise plan\. Choose CRITICAL/);
    expect(priorityProblem('EMERGENCY', null, 'OUTAGE')).toMatch(/Choose CRITICAL/);
    expect(priorityProblem('EMERGENCY', 'ENTERPRISE', null)).toMatch(/or choose CRITICAL/);
    expect(priorityProblem('EMERGENCY', 'ENTERPRISE', 'DATA_LOSS')).toBeNull();
    expect(priorityProblem('CRITICAL', 'STANDARD', null)).toBeNull();
    expect(priorityProblem('STANDARD', null, null)).toBeNull();
  });

  it('keeps EXECUTIVE for enterprise plans, and knows up from down', () => {
    expect(escalationProblem('ENGINEERING', 'EXECUTIVE', 'STANDARD')).toBe('Executive escalation is for Enterprise customers');
    expect(escalationProblem('ENGINEERING', 'EXECUTIVE', 'ENTERPRISE')).toBeNull();
    expect(escalationProblem('TIER2', 'TIER2', 'ENTERPRISE')).toBe('The ticket is already at Tier 2');
    expect(escalationProblem('TIER2', 'TIER1', null)).toBeNull();
    expect(isEscalation('TIER1', 'ENGINEERING')).toBe(true);
    expect(isEscalation('ENGINEERING', 'TIER2')).toBe(false);
  });
});
