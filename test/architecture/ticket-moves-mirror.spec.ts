import { canTransition, SOLVED_TO_CLOSED_DAYS, TICKET_STATUSES } from '../../server/src/modules/tickets/domain/ticket-rules';
import { reopenWindowOpen, requesterMoves, staffMoves } from '../../web/src/features/tickets/components/ticket-moves';

/**
 * The ticket page offers only the status moves the server allows. The web app cannot import the server, so it keeps a
 * copy of the state machine's table (web/src/features/tickets/components/ticket-moves.ts); this keeps the copy true.
 */
describe('architecture: the ticket page mirrors the ticket state machine', () => {
  it.each(TICKET_STATUSES.map((from) => [from]))('offers staff exactly the legal moves from %s', (from) => {
    expect([...staffMoves(from)].sort()).toEqual(TICKET_STATUSES.filter((to) => canTransition(from, to, 'STAFF')).sort());
  });

  it.each(TICKET_STATUSES.map((from) => [from]))('offers the requester exactly the legal moves from %s', (from) => {
    expect([...requesterMoves(from)].sort()).toEqual(TICKET_STATUSES.filter((to) => canTransition(from, to, 'REQUESTER')).sort());
  });

  it('closes the reopen window when the server does', () => {
    const solvedAt = '2026-03-02T15:00:00.000Z';
    const closes = new Date(solvedAt).getTime() + SOLVED_TO_CLOSED_DAYS * 24 * 3600 * 1000;
    expect(reopenWindowOpen(solvedAt, closes - 1)).toBe(true);
    expect(reopenWindowOpen(solvedAt, closes)).toBe(false);
  });
});
