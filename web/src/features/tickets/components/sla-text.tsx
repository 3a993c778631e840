import { formatDateTime } from '../../../lib/format-date';
import type { SlaState, TicketSlaFieldsFragment } from '../../../gql/graphql';
import { useNow } from '../hooks/use-now';

/** The first-response clock of a ticket. */
export interface Sla {
  state: SlaState;
  dueAt: string | null;
  /** When 75% of the target is used (the server's AT_RISK from then on). */
  atRiskAt: string | null;
  respondedAt: string | null;
  breachedAt: string | null;
}

/** The first-response clock as the server reports it. */
export function slaOf(ticket: TicketSlaFieldsFragment): Sla {
  return ticket.sla;
}

/** "2d 3h", "3h 12m", "12m 05s", "45s": precise enough to watch, short enough for a table. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/** What the clock says at `now`, in words: the one place every screen gets its SLA sentence from. */
export function slaSentence(sla: Sla, now: number): string {
  switch (sla.state) {
    case 'NONE':
      return 'no first-response target';
    case 'MET':
      return 'first response given in time: SLA met';
    case 'PAUSED':
      return 'clock paused while waiting on the customer';
    case 'BREACHED': {
      // Answered late: the breach stands, but the clock no longer runs.
      if (sla.respondedAt) {
        const late = sla.dueAt ? new Date(sla.respondedAt).getTime() - new Date(sla.dueAt).getTime() : 0;
        return late > 0 ? `first response given ${formatDuration(late)} late: SLA breached` : 'first response given late: SLA breached';
      }
      const since = sla.breachedAt ?? sla.dueAt;
      return since ? `first response overdue by ${formatDuration(now - new Date(since).getTime())}` : 'first response overdue';
    }
    case 'RUNNING':
    case 'AT_RISK': {
      if (!sla.dueAt) return 'first response due';
      const left = new Date(sla.dueAt).getTime() - now;
      // The server's state can lag the page's clock by a minute: past the due time it is overdue whatever it said.
      return left > 0 ? `first response due in ${formatDuration(left)}` : `first response overdue by ${formatDuration(-left)}`;
    }
  }
}

export function slaTone(sla: Sla, now: number): 'ok' | 'risk' | 'breached' | 'quiet' {
  if (sla.state === 'BREACHED') return 'breached';
  if (sla.state === 'RUNNING' || sla.state === 'AT_RISK') {
    if (sla.dueAt && new Date(sla.dueAt).getTime() <= now) return 'breached';
    // The page's clock moves on between fetches: at-risk from the server's instant, not only from its state.
    return sla.state === 'AT_RISK' || (sla.atRiskAt && new Date(sla.atRiskAt).getTime() <= now) ? 'risk' : 'ok';
  }
  return 'quiet';
}

/**
 * The live first-response line ("first response due in 3h 12m"), ticking every second. role=timer is not announced
 * on every tick (its live region is off), so screen readers read it when they reach it.
 */
export function SlaText({ sla, className }: { sla: Sla; className?: string }) {
  const now = useNow();
  const tone = slaTone(sla, now);
  return (
    <span
      role="timer"
      className={['sla', `sla--${tone}`, className].filter(Boolean).join(' ')}
      title={sla.dueAt ? `Due ${formatDateTime(sla.dueAt)}` : undefined}
    >
      {slaSentence(sla, now)}
    </span>
  );
}
