import { RelativeTime } from '../../../components/ui/relative-time';
import type { EscalationLevel, TicketPageFieldsFragment, TicketPriority, TicketStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format-date';
import { LEVEL_LABEL, PRIORITY_LABEL, STATUS_SHORT } from './ticket-labels';

type Ticket = TicketPageFieldsFragment;

const KIND_LABEL: Record<string, string> = {
  OPENED: 'opened the ticket',
  STATUS: 'changed the status',
  LEVEL: 'changed the escalation level',
  ASSIGNEE: 'changed the assignee',
  PRIORITY: 'changed the priority',
  BREACH: 'recorded a missed first response',
  RESOLUTION: 'posted the resolution to the thread',
};

/** Every change to the ticket: who, what, from → to, why and when. */
export function TicketTimeline({ ticket }: { ticket: Ticket }) {
  // Assignee changes name people by id: the people this page knows by name are enough for them (staff who acted).
  const names = new Map<string, string>();
  for (const event of ticket.timeline) if (event.actor) names.set(event.actor.id, event.actor.displayName);
  if (ticket.assignee) names.set(ticket.assignee.id, ticket.assignee.displayName);

  const valueLabel = (kind: string, value: string | null): string | null => {
    if (value === null) return kind === 'ASSIGNEE' ? 'nobody' : null;
    if (kind === 'STATUS') return STATUS_SHORT[value as TicketStatus] ?? value;
    if (kind === 'LEVEL') return LEVEL_LABEL[value as EscalationLevel] ?? value;
    if (kind === 'OPENED' || kind === 'PRIORITY') return PRIORITY_LABEL[value as TicketPriority] ?? value;
    if (kind === 'ASSIGNEE') return names.get(value) ?? 'another staff member';
    if (kind === 'BREACH') return `due ${formatDateTime(value)}`;
    // The resolution's post id: the reason says what happened, the thread link is in the header.
    if (kind === 'RESOLUTION') return null;
    return value;
  };

  return (
    <section className="card" aria-labelledby="ticket-timeline-title">
      <h2 id="ticket-timeline-title" className="card__title">
        Timeline
      </h2>
      <ol className="ticket-timeline">
        {ticket.timeline.map((event) => {
          const from = valueLabel(event.kind, event.fromValue);
          const to = valueLabel(event.kind, event.toValue);
          const showFrom = event.kind !== 'OPENED' && from;
          return (
            <li key={event.id} className="ticket-timeline__item">
              <p>
                <strong>{event.actor?.displayName ?? (event.kind === 'BREACH' ? 'The SLA clock' : 'Threadline')}</strong>{' '}
                {KIND_LABEL[event.kind] ?? event.kind.toLowerCase()}
                {(showFrom || to) && ': '}
                {showFrom && <span className="ticket-timeline__value">{from}</span>}
                {showFrom && to && ' → '}
                {to && <span className="ticket-timeline__value">{to}</span>}
                {' · '}
                <RelativeTime value={event.createdAt} className="muted" />
              </p>
              {event.reason && <p className="ticket-timeline__reason">Reason: {event.reason}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
