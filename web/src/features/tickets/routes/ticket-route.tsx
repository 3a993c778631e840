import '../components/tickets.css';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { StatusPage } from '../../../components/ui/status-page';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import { TicketPageQuery } from '../api/ticket-operations';
import { SupportStatusPanel } from '../components/support-status-panel';
import { TicketStaffTools, TicketStatusActions } from '../components/ticket-actions';
import { TicketConversation, TicketReplyForm } from '../components/ticket-conversation';
import { TicketDetails, TicketHeader, TicketSlaCard } from '../components/ticket-summary';
import { TicketTimeline } from '../components/ticket-timeline';

/** `/tickets/:number`: a ticket for its requester and staff; for everyone else it does not exist. */
export function TicketRoute() {
  const { number: param = '' } = useParams();
  const number = /^\d{1,9}$/.test(param) ? Number(param) : null;
  useDocumentTitle(number ? `Ticket #${number}` : 'Ticket');
  if (number === null) return <TicketNotFound />;
  return <TicketPage key={number} number={number} />;
}

function TicketNotFound() {
  return (
    <StatusPage
      code="404"
      title="We couldn't find that ticket"
      actions={
        <Link className="button button--primary" to="/tickets">
          Go to my tickets
        </Link>
      }
    >
      <p>Tickets are seen only by the person who asked and by support staff. The number may be mistyped.</p>
    </StatusPage>
  );
}

function TicketPage({ number }: { number: number }) {
  const { viewer } = useViewer();
  // Files the escalate form could not attach (the ticket was opened all the same).
  const attachmentProblems = (useLocation().state as { attachmentProblems?: string[] } | null)?.attachmentProblems;
  const { data, loading, error, refetch } = useQuery(TicketPageQuery, { variables: { number }, fetchPolicy: 'cache-and-network' });
  const ticket = data?.ticket;
  if (!ticket) {
    if (loading) return <LoadingState label="Loading ticket…" />;
    return (
      <QueryErrorState
        error={error}
        what="ticket"
        onRetry={() => void refetch()}
        notFoundHint={<p>Tickets are seen only by the person who asked and by support staff.</p>}
      />
    );
  }
  const staff = isStaffViewer(viewer);
  const requester = !!viewer && ticket.requester?.id === viewer.id;

  return (
    <div className="ticket-page">
      <TicketHeader ticket={ticket} fromQueue={staff && !requester} />
      {attachmentProblems && (
        <Alert tone="warning" title="Some files were not attached">
          <ul>
            {attachmentProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>Attach them again with your next reply below.</p>
        </Alert>
      )}
      <div className="ticket-page__columns">
        <div className="ticket-page__main">
          <TicketDetails ticket={ticket} />
          <TicketConversation ticket={ticket} />
          <TicketReplyForm ticket={ticket} staff={staff} onAttached={() => refetch()} />
          <TicketTimeline ticket={ticket} />
        </div>
        <aside className="ticket-page__side" aria-label="Ticket status and actions">
          <TicketSlaCard ticket={ticket} />
          <TicketStatusActions ticket={ticket} staff={staff} requester={requester} />
          {staff && viewer && <TicketStaffTools ticket={ticket} viewerId={viewer.id} />}
          <SupportStatusPanel hoursOnly={staff && !requester} />
        </aside>
      </div>
    </div>
  );
}
