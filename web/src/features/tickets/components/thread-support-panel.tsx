import './tickets.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import type { ThreadSupportSubject } from '../../../lib/thread-support';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import { ThreadTicketQuery } from '../api/ticket-operations';
import { EscalateForm } from './escalate-form';
import { SlaText, slaOf } from './sla-text';
import { STATUS_SHORT, ticketLabel } from './ticket-labels';

/**
 * On a thread page: "Escalated to support" for everyone who sees the thread; the ticket's status and first-response
 * clock for the asker and staff (the only ones the server gives the ticket to); and, on a thread not yet escalated,
 * the asker's (or staff's) way to escalate it.
 */
export function ThreadSupportPanel({ thread }: { thread: ThreadSupportSubject }) {
  const { viewer } = useViewer();
  const { data } = useQuery(ThreadTicketQuery, { variables: { id: thread.id }, fetchPolicy: 'cache-and-network' });
  const [escalating, setEscalating] = useState(false);
  // Cancelling the form brings back the button that opened it, with focus on it.
  const [cancelled, setCancelled] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cancelled && !escalating) openButton.current?.focus();
  }, [cancelled, escalating]);
  const state = data?.thread;
  if (!state) return null;

  const ticket = state.ticket;
  const mayEscalate = !!viewer && (viewer.id === thread.authorId || isStaffViewer(viewer));
  if (!state.isEscalated && !mayEscalate) return null;

  return (
    <section className="thread-support" aria-label="Support">
      {state.isEscalated && (
        <div className="thread-support__line">
          <Badge tone="info">Escalated to support</Badge>
          {ticket && (
            <span>
              <Link to={`/tickets/${ticket.number}`}>Ticket {ticketLabel(ticket.number)}</Link>: {STATUS_SHORT[ticket.status]}, <SlaText sla={slaOf(ticket)} />
            </span>
          )}
        </div>
      )}
      {!state.isEscalated &&
        mayEscalate &&
        (escalating ? (
          <EscalateForm
            thread={thread}
            onCancel={() => {
              setEscalating(false);
              setCancelled(true);
            }}
          />
        ) : (
          <div className="thread-support__line">
            <Button ref={openButton} variant="secondary" onClick={() => setEscalating(true)}>
              Escalate to support
            </Button>
            <span className="muted">The community has not solved it? Turn this thread into a tracked support ticket.</span>
          </div>
        ))}
    </section>
  );
}
