import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { TicketPageFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format-date';
import { AttachmentList } from './attachment-list';
import { SlaText, slaOf } from './sla-text';
import { EMERGENCY_REASON_LABEL, LEVEL_LABEL, PLAN_LABEL, PRIORITY_LABEL, PRIORITY_TONE, STATUS_LABEL, STATUS_TONE, ticketLabel } from './ticket-labels';

type Ticket = TicketPageFieldsFragment;

/** The ticket's header: number, status, priority, level, plan, the people and the thread it came from (staff come from the queue). */
export function TicketHeader({ ticket, fromQueue }: { ticket: Ticket; fromQueue: boolean }) {
  return (
    <header className="ticket-header">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>{fromQueue ? <Link to="/support/queue">Support queue</Link> : <Link to="/tickets">My tickets</Link>}</li>
          <li aria-current="page" className="breadcrumb__current">
            Ticket {ticketLabel(ticket.number)}
          </li>
        </ol>
      </nav>
      <h1 className="ticket-header__title">
        Ticket {ticketLabel(ticket.number)}
        {ticket.thread && <span className="ticket-header__subject">{ticket.thread.title}</span>}
      </h1>
      <div className="ticket-header__badges">
        <Badge tone={STATUS_TONE[ticket.status]}>Status: {STATUS_LABEL[ticket.status]}</Badge>
        <Badge tone={PRIORITY_TONE[ticket.priority]}>Priority: {PRIORITY_LABEL[ticket.priority]}</Badge>
        <Badge tone="neutral">Level: {LEVEL_LABEL[ticket.escalationLevel]}</Badge>
      </div>
      <dl className="details ticket-header__facts">
        <dt>Plan</dt>
        <dd>{PLAN_LABEL[ticket.plan]}</dd>
        {ticket.organization && (
          <>
            <dt>Organization</dt>
            <dd>
              {ticket.organization.name}
              {ticket.organization.accountManager && <span className="muted"> · account manager {ticket.organization.accountManager.displayName}</span>}
            </dd>
          </>
        )}
        <dt>Requester</dt>
        <dd>{ticket.requester ? <Link to={`/users/${ticket.requester.id}`}>{ticket.requester.displayName}</Link> : 'A deleted account'}</dd>
        <dt>Assignee</dt>
        <dd>{ticket.assignee ? ticket.assignee.displayName : 'Nobody yet'}</dd>
        <dt>Opened</dt>
        <dd>
          <RelativeTime value={ticket.openedAt} />
        </dd>
        <dt>Thread</dt>
        <dd>{ticket.thread ? <Link to={`/t/${ticket.thread.id}`}>{ticket.thread.title}</Link> : 'No longer visible to you'}</dd>
      </dl>
    </header>
  );
}

/** The first-response clock: when it is due, and whether it runs, is paused, was met or was breached. */
export function TicketSlaCard({ ticket }: { ticket: Ticket }) {
  const sla = slaOf(ticket);
  return (
    <section className="card ticket-sla" aria-labelledby="ticket-sla-title">
      <h2 id="ticket-sla-title" className="card__title">
        Service level
      </h2>
      <p className="ticket-sla__line">
        <SlaText sla={sla} />
      </p>
      <dl className="details">
        <dt>First response due</dt>
        <dd>
          {sla.dueAt ? (
            <time dateTime={sla.dueAt}>{formatDateTime(sla.dueAt)}</time>
          ) : sla.state === 'PAUSED' ? (
            'Paused: the due time moves on by the time spent waiting'
          ) : sla.state === 'NONE' ? (
            'No target for this priority'
          ) : (
            '—'
          )}
        </dd>
        {sla.respondedAt && (
          <>
            <dt>First response</dt>
            <dd>
              <time dateTime={sla.respondedAt}>{formatDateTime(sla.respondedAt)}</time>
            </dd>
          </>
        )}
        {sla.breachedAt && (
          <>
            <dt>Breached</dt>
            <dd>
              <time dateTime={sla.breachedAt}>{formatDateTime(sla.breachedAt)}</time>
            </dd>
          </>
        )}
        {ticket.solvedAt && (
          <>
            <dt>Solved</dt>
            <dd>
              <time dateTime={ticket.solvedAt}>{formatDateTime(ticket.solvedAt)}</time>
            </dd>
          </>
        )}
      </dl>
      {sla.state === 'PAUSED' && <p className="muted">The clock stops while the ticket waits on the customer, and runs again when they reply.</p>}
    </section>
  );
}

const DETAILS: ReadonlyArray<[keyof Ticket & string, string]> = [
  ['whatHappened', 'What happened'],
  ['expected', 'What was expected instead'],
  ['errorMessages', 'Error messages'],
  ['stepsToReproduce', 'Steps to reproduce'],
  ['affected', 'Affected flows, sources or recipients'],
  ['businessImpact', 'Business impact'],
];

/** What the customer told support when they escalated. */
export function TicketDetails({ ticket }: { ticket: Ticket }) {
  return (
    <section className="card" aria-labelledby="ticket-details-title">
      <h2 id="ticket-details-title" className="card__title">
        The problem
      </h2>
      <dl className="ticket-details">
        {ticket.emergencyReason && (
          <div>
            <dt>Emergency</dt>
            <dd>{EMERGENCY_REASON_LABEL[ticket.emergencyReason]}</dd>
          </div>
        )}
        {DETAILS.map(([field, label]) => {
          const text = ticket[field] as string;
          return text ? (
            <div key={field}>
              <dt>{label}</dt>
              <dd className="ticket-text">{text}</dd>
            </div>
          ) : null;
        })}
      </dl>
      <AttachmentList attachments={ticket.attachments} headingLevel={3} />
    </section>
  );
}
