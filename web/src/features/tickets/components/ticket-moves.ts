/*
 * The ticket status moves the page offers, a copy of the server's state machine (no imports: the architecture test
 * test/architecture/ticket-moves-mirror.spec.ts reads this file from the server's side and compares the two).
 */
type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'ON_HOLD' | 'SOLVED' | 'CLOSED';

/**
 * The status moves staff may make, mirroring the server's state machine (server/src/modules/tickets/domain/ticket-rules.ts,
 * TRANSITIONS.STAFF): the page offers only these, and the server still decides.
 */
const STAFF_MOVES: Partial<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: ['OPEN', 'PENDING', 'ON_HOLD', 'SOLVED'],
  OPEN: ['PENDING', 'ON_HOLD', 'SOLVED'],
  PENDING: ['OPEN', 'ON_HOLD', 'SOLVED'],
  ON_HOLD: ['OPEN', 'PENDING', 'SOLVED'],
  SOLVED: ['OPEN', 'CLOSED'],
};

export function staffMoves(status: TicketStatus): readonly TicketStatus[] {
  return STAFF_MOVES[status] ?? [];
}

/** The requester marks a ticket solved, or reopens a solved one (TRANSITIONS.REQUESTER). */
const REQUESTER_MOVES: Partial<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: ['SOLVED'],
  OPEN: ['SOLVED'],
  PENDING: ['SOLVED'],
  ON_HOLD: ['SOLVED'],
  SOLVED: ['OPEN'],
};

export function requesterMoves(status: TicketStatus): readonly TicketStatus[] {
  return REQUESTER_MOVES[status] ?? [];
}

/** A solved ticket closes by itself after 7 days (SOLVED_TO_CLOSED_DAYS); until then the requester can reopen it. */
export function reopenWindowOpen(solvedAt: string | null, now: number): boolean {
  return !solvedAt || now < new Date(solvedAt).getTime() + 7 * 24 * 3600 * 1000;
}
