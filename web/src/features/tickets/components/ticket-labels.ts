import type { EmergencyReason, EscalationLevel, Plan, TicketPriority, TicketStatus } from '../../../gql/graphql';
import type { BadgeTone } from '../../../components/ui/badge';

export const STATUS_LABEL: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Pending (waiting on the customer)',
  ON_HOLD: 'On hold',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

/** Short status names for tables and badges. */
export const STATUS_SHORT: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Pending',
  ON_HOLD: 'On hold',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

export const STATUS_TONE: Record<TicketStatus, BadgeTone> = {
  NEW: 'info',
  OPEN: 'info',
  PENDING: 'warning',
  ON_HOLD: 'neutral',
  SOLVED: 'success',
  CLOSED: 'neutral',
};

export const PRIORITY_LABEL: Record<TicketPriority, string> = { STANDARD: 'Standard', CRITICAL: 'Critical', EMERGENCY: 'Emergency' };
export const PRIORITY_TONE: Record<TicketPriority, BadgeTone> = { STANDARD: 'neutral', CRITICAL: 'warning', EMERGENCY: 'danger' };

export const LEVEL_LABEL: Record<EscalationLevel, string> = { TIER1: 'Tier 1', TIER2: 'Tier 2', ENGINEERING: 'Engineering', EXECUTIVE: 'Executive' };
export const LEVELS: readonly EscalationLevel[] = ['TIER1', 'TIER2', 'ENGINEERING', 'EXECUTIVE'];

export const PLAN_LABEL: Record<Plan, string> = { STANDARD: 'Standard', ENTERPRISE: 'Enterprise' };

export const EMERGENCY_REASON_LABEL: Record<EmergencyReason, string> = {
  OUTAGE: 'A system outage affecting lead processing',
  CRITICAL_INTEGRATION_FAILURE: 'A critical integration failure stopping business operations',
  SECURITY_INCIDENT: 'A security incident',
  DATA_LOSS: 'Data loss or corruption',
};

/** The button that moves a ticket to a status, in words. */
export const MOVE_LABEL: Record<TicketStatus, string> = {
  NEW: 'Mark new',
  OPEN: 'Mark open',
  PENDING: 'Set pending (waiting on the customer)',
  ON_HOLD: 'Put on hold',
  SOLVED: 'Mark solved',
  CLOSED: 'Close ticket',
};

/** "9 business hours", "1 hour around the clock". */
export function describeTarget(minutes: number, clock: 'BUSINESS' | 'WALL'): string {
  const amount = minutes % 60 === 0 ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}` : `${minutes} minutes`;
  return clock === 'BUSINESS' ? amount.replace(/(hours?|minutes)$/, 'business $1') : `${amount}, around the clock`;
}

/** Ticket numbers read as "#1001". */
export function ticketLabel(number: number): string {
  return `#${number}`;
}
