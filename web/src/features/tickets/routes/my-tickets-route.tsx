import '../components/tickets.css';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MyTicketsQuery } from '../api/ticket-operations';
import { SlaText, slaOf } from '../components/sla-text';
import { PRIORITY_LABEL, PRIORITY_TONE, STATUS_SHORT, STATUS_TONE, ticketLabel } from '../components/ticket-labels';

/** `/tickets`: the tickets the signed-in member asked for, newest first. */
export function MyTicketsRoute() {
  useDocumentTitle('My tickets');
  const { data, loading, error, refetch } = useQuery(MyTicketsQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <header className="page-header">
        <h1>My tickets</h1>
        <p className="page-header__lead">Threads you escalated to support, and where each one stands.</p>
      </header>
      {!data ? (
        loading ? (
          <LoadingState label="Loading your tickets…" />
        ) : (
          <QueryErrorState error={error} what="list of tickets" onRetry={() => void refetch()} />
        )
      ) : data.myTickets.length === 0 ? (
        <p className="empty-state">You have no support tickets. When a thread of yours needs support, use “Escalate to support” on it.</p>
      ) : (
        <div className="ticket-table-wrap">
          <table className="ticket-table">
            <caption className="visually-hidden">My tickets, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Thread</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Opened</th>
                <th scope="col">Service level</th>
              </tr>
            </thead>
            <tbody>
              {data.myTickets.map((ticket) => (
                <tr key={ticket.id}>
                  <th scope="row">
                    <Link to={`/tickets/${ticket.number}`}>{ticketLabel(ticket.number)}</Link>
                  </th>
                  <td>
                    {ticket.thread ? <Link to={`/t/${ticket.thread.id}`}>{ticket.thread.title}</Link> : <span className="muted">Thread no longer visible</span>}
                  </td>
                  <td>
                    <Badge tone={STATUS_TONE[ticket.status]}>{STATUS_SHORT[ticket.status]}</Badge>
                  </td>
                  <td>
                    <Badge tone={PRIORITY_TONE[ticket.priority]}>{PRIORITY_LABEL[ticket.priority]}</Badge>
                  </td>
                  <td>
                    <RelativeTime value={ticket.openedAt} />
                  </td>
                  <td>
                    <SlaText sla={slaOf(ticket)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
