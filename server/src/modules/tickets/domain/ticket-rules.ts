/**
 * Support tickets as rules (issue 10): the status state machine, escalation levels, and who may ask for EMERGENCY.
 * Pure: the tickets service asks these before it writes, and the answers name what is wrong in words a person reads.
 */

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['STANDARD', 'CRITICAL', 'EMERGENCY'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** In order: each level is a step up from the one before. */
export const ESCALATION_LEVELS = ['TIER1', 'TIER2', 'ENGINEERING', 'EXECUTIVE'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export type SupportPlan = 'STANDARD' | 'ENTERPRISE';

/** What a ticket may be an emergency for (the policy's emergency criteria). */
export const EMERGENCY_REASONS = ['OUTAGE', 'CRITICAL_INTEGRATION_FAILURE', 'SECURITY_INCIDENT', 'DATA_LOSS'] as const;
export type EmergencyReason = (typeof EMERGENCY_REASONS)[number];

/** Who moves a ticket: staff working it, the person who asked, or the system (a customer reply, the 7-day close). */
export type TicketActor = 'STAFF' | 'REQUESTER' | 'SYSTEM';

/** Days after SOLVED when the system closes a ticket; until then the requester can reopen it. */
export const SOLVED_TO_CLOSED_DAYS = 7;

/**
 * The legal moves, by who makes them. CLOSED is final (a new question is a new ticket). PENDING means waiting on the
 * customer: their reply moves it back to OPEN (SYSTEM), as does a reply on a SOLVED ticket before it closes.
 */
const TRANSITIONS: Record<TicketActor, Partial<Record<TicketStatus, readonly TicketStatus[]>>> = {
  STAFF: {
    NEW: ['OPEN', 'PENDING', 'ON_HOLD', 'SOLVED'],
    OPEN: ['PENDING', 'ON_HOLD', 'SOLVED'],
    PENDING: ['OPEN', 'ON_HOLD', 'SOLVED'],
    ON_HOLD: ['OPEN', 'PENDING', 'SOLVED'],
    SOLVED: ['OPEN', 'CLOSED'],
  },
  REQUESTER: {
    // "My problem is solved", or "it came back" before the ticket closes.
    NEW: ['SOLVED'],
    OPEN: ['SOLVED'],
    PENDING: ['SOLVED'],
    ON_HOLD: ['SOLVED'],
    SOLVED: ['OPEN'],
  },
  SYSTEM: {
    PENDING: ['OPEN'],
    SOLVED: ['OPEN', 'CLOSED'],
  },
};

/** Whether `by` may move a ticket from `from` to `to`. */
export function canTransition(from: TicketStatus, to: TicketStatus, by: TicketActor): boolean {
  return TRANSITIONS[by][from]?.includes(to) ?? false;
}

/** The refusal of an illegal move, naming both statuses; null when the move is legal. */
export function transitionProblem(from: TicketStatus, to: TicketStatus, by: TicketActor): string | null {
  if (from === to) return `The ticket is already ${label(from)}`;
  if (canTransition(from, to, by)) return null;
  if (from === 'CLOSED') return `A closed ticket cannot move to ${label(to)}: open a new ticket instead`;
  const legal = TRANSITIONS[by][from] ?? [];
  const hint = legal.length ? ` (from ${label(from)} it can go to ${legal.map(label).join(', ')})` : '';
  return `A ticket cannot move from ${label(from)} to ${label(to)}${hint}`;
}

/** Where a customer's reply takes the ticket: back to OPEN from PENDING or SOLVED; otherwise it stays. */
export function statusAfterCustomerReply(status: TicketStatus): TicketStatus {
  return status === 'PENDING' || status === 'SOLVED' ? 'OPEN' : status;
}

/** Whether the requester may still reopen a solved ticket at `now`. */
export function canReopen(solvedAt: Date, now: Date): boolean {
  return now.getTime() < closeAfter(solvedAt).getTime();
}

/** When a solved ticket closes by itself. */
export function closeAfter(solvedAt: Date): Date {
  return new Date(solvedAt.getTime() + SOLVED_TO_CLOSED_DAYS * 24 * 3600 * 1000);
}

/** The SLA clock stops while the ticket waits on the customer. */
export function clockPaused(status: TicketStatus): boolean {
  return status === 'PENDING';
}

/** EMERGENCY: enterprise plans only, and only for the policy's emergency criteria; the refusal offers CRITICAL. */
export function priorityProblem(priority: TicketPriority, plan: SupportPlan | null, reason: EmergencyReason | null): string | null {
  if (priority !== 'EMERGENCY') return null;
  if (plan !== 'ENTERPRISE') {
    return 'Emergency support is part of the Enterprise plan. Choose CRITICAL: same-business-day first response.';
  }
  if (!reason) {
    return 'Emergency is for an outage, a critical integration failure, a security incident, or data loss or corruption. Say which, or choose CRITICAL.';
  }
  return null;
}

/** The refusal of an escalation level change; null when allowed (a reason is checked by the caller's input rules). */
export function escalationProblem(from: EscalationLevel, to: EscalationLevel, plan: SupportPlan | null): string | null {
  if (from === to) return `The ticket is already at ${levelLabel(to)}`;
  if (to === 'EXECUTIVE' && plan !== 'ENTERPRISE') return 'Executive escalation is for Enterprise customers';
  return null;
}

/** Whether a change of level goes up (an escalation) or down. */
export function isEscalation(from: EscalationLevel, to: EscalationLevel): boolean {
  return ESCALATION_LEVELS.indexOf(to) > ESCALATION_LEVELS.indexOf(from);
}

function label(status: TicketStatus): string {
  return status === 'ON_HOLD' ? 'ON HOLD' : status;
}

function levelLabel(level: EscalationLevel): string {
  return { TIER1: 'Tier 1', TIER2: 'Tier 2', ENGINEERING: 'Engineering', EXECUTIVE: 'Executive' }[level];
}
