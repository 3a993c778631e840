import { dueAt, type BusinessCalendar, type SlaPause, type SlaTarget } from './business-calendar';
import type { TicketStatus } from './ticket-rules';

/**
 * The first-response clock of one ticket, as staff and the requester see it. Pure: the service stores the due and
 * at-risk instants (recomputed when the clock pauses or resumes) and asks this for the state at a given instant.
 */
export const SLA_STATES = ['NONE', 'RUNNING', 'AT_RISK', 'PAUSED', 'MET', 'BREACHED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** Share of a target used up when a ticket counts as at risk (the queue's "at risk" filter). */
export const AT_RISK_SHARE = 0.75;

/** The part of a target after which the ticket is at risk: 75% of it, on the same clock, at least one minute. */
export function atRiskTarget(target: SlaTarget): SlaTarget {
  return { minutes: Math.max(1, Math.floor(target.minutes * AT_RISK_SHARE)), clock: target.clock };
}

export interface SlaInstants {
  /** null: running out is unknown while the clock is stopped (PENDING before a first response). */
  dueAt: Date | null;
  atRiskAt: Date | null;
}

/** When a ticket's first response falls due and when it becomes at risk, given the pauses so far. */
export function slaInstants(calendar: BusinessCalendar, openedAt: Date, target: SlaTarget, pauses: readonly SlaPause[]): SlaInstants {
  const due = dueAt(calendar, { openedAt, target, pauses });
  if (!due) return { dueAt: null, atRiskAt: null };
  return { dueAt: due, atRiskAt: dueAt(calendar, { openedAt, target: atRiskTarget(target), pauses }) };
}

export interface SlaFacts {
  status: TicketStatus;
  /** Whether the ticket was opened with a first-response promise at all. */
  hasTarget: boolean;
  firstResponseDueAt: Date | null;
  firstResponseAtRiskAt: Date | null;
  firstRespondedAt: Date | null;
  /** When the breach sweep recorded the breach (it may lag the due instant by up to a sweep). */
  firstResponseBreachedAt: Date | null;
}

/**
 * The state of the first-response clock at `now`:
 * - MET / BREACHED once staff responded (in time or not), or BREACHED once the due instant passed;
 * - PAUSED while the ticket waits on the customer before a first response;
 * - AT_RISK after 75% of the target, RUNNING before;
 * - NONE when there is no promise, or the ticket was solved or closed before any response was due.
 */
export function slaState(t: SlaFacts, now: Date): SlaState {
  if (!t.hasTarget) return 'NONE';
  const due = t.firstResponseDueAt;
  if (t.firstRespondedAt) {
    return t.firstResponseBreachedAt || (due && t.firstRespondedAt > due) ? 'BREACHED' : 'MET';
  }
  if (t.firstResponseBreachedAt) return 'BREACHED';
  if (t.status === 'SOLVED' || t.status === 'CLOSED') return 'NONE';
  if (!due) return 'PAUSED';
  if (now >= due) return 'BREACHED';
  if (t.status === 'PENDING') return 'PAUSED';
  if (t.firstResponseAtRiskAt && now >= t.firstResponseAtRiskAt) return 'AT_RISK';
  return 'RUNNING';
}
