import '../components/tickets.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { SelectField } from '../../../components/ui/select-field';
import type { TicketAssigneeFilter, TicketPriority, TicketQueueFilter, TicketSlaFilter, TicketStatus } from '../../../gql/graphql';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { useTicketActions } from '../api/ticket-mutations';
import { QueueOrganizationsQuery, TicketQueueQuery } from '../api/ticket-operations';
import { QueueSla } from '../components/queue-sla';
import { slaOf } from '../components/sla-text';
import { PLAN_LABEL, PRIORITY_LABEL, PRIORITY_TONE, STATUS_SHORT, STATUS_TONE, ticketLabel } from '../components/ticket-labels';

const STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED'];
const PRIORITIES: readonly TicketPriority[] = ['EMERGENCY', 'CRITICAL', 'STANDARD'];
const PAGE_SIZE = 25;

/** `/support/queue`: staff work tickets in the server's order (breached and soonest due first), with live countdowns. */
export function TicketQueueRoute() {
  useDocumentTitle('Support queue');
  const [statuses, setStatuses] = useState<readonly TicketStatus[]>(['NEW', 'OPEN', 'PENDING', 'ON_HOLD']);
  const [priorities, setPriorities] = useState<readonly TicketPriority[]>([]);
  const [assignee, setAssignee] = useState<TicketAssigneeFilter>('ANYONE');
  const [organizationId, setOrganizationId] = useState('');
  const [sla, setSla] = useState<TicketSlaFilter | ''>('');
  const filter: TicketQueueFilter = {
    statuses: statuses.length ? [...statuses] : undefined,
    priorities: priorities.length ? [...priorities] : undefined,
    assignee,
    organizationId: organizationId || undefined,
    sla: sla || undefined,
  };

  return (
    <>
      <header className="page-header">
        <h1>Support queue</h1>
        <p className="page-header__lead">Breached tickets first, then by first-response due time.</p>
      </header>
      <form className="queue-filters" aria-label="Queue filters" onSubmit={(event) => event.preventDefault()}>
        <CheckboxGroup legend="Status" values={STATUSES} labels={STATUS_SHORT} selected={statuses} onChange={setStatuses} />
        <CheckboxGroup legend="Priority" values={PRIORITIES} labels={PRIORITY_LABEL} selected={priorities} onChange={setPriorities} />
        <SelectField
          label="Assignee"
          value={assignee}
          options={[
            { value: 'ANYONE', label: 'Anyone' },
            { value: 'ME', label: 'Me' },
            { value: 'UNASSIGNED', label: 'Unassigned' },
          ]}
          onValueChange={(value) => setAssignee(value as TicketAssigneeFilter)}
        />
        <OrganizationFilter value={organizationId} onChange={setOrganizationId} />
        <SelectField
          label="Service level"
          value={sla}
          options={[
            { value: '', label: 'Any' },
            { value: 'BREACHED', label: 'Breached' },
            { value: 'AT_RISK', label: 'At risk' },
          ]}
          onValueChange={(value) => setSla(value as TicketSlaFilter | '')}
        />
      </form>
      <QueueTable filter={filter} />
    </>
  );
}

function CheckboxGroup<T extends string>({
  legend,
  values,
  labels,
  selected,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (next: readonly T[]) => void;
}) {
  return (
    <fieldset className="queue-filters__group">
      <legend className="field__label">{legend}</legend>
      {values.map((value) => (
        <label key={value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={(event) => onChange(event.target.checked ? [...selected, value] : selected.filter((v) => v !== value))}
          />
          {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}

function OrganizationFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { data } = useQuery(QueueOrganizationsQuery);
  const organizations = data?.organizations ?? [];
  return (
    <SelectField
      label="Organization"
      value={value}
      options={[{ value: '', label: 'Any organization' }, ...organizations.map((org) => ({ value: org.id, label: org.name }))]}
      onValueChange={onChange}
    />
  );
}

function QueueTable({ filter }: { filter: TicketQueueFilter }) {
  const { viewer } = useViewer();
  const { assign } = useTicketActions();
  const assignment = useAsyncAction();
  const { data, loading, error, refetch, fetchMore } = useQuery(TicketQueueQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data) {
    if (loading) return <LoadingState label="Loading the queue…" />;
    return <QueryErrorState error={error} what="support queue" onRetry={() => void refetch()} />;
  }
  const queue = data.ticketQueue;
  const total = queue.totalCount ?? queue.edges.length;
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: queue.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ticketQueue: { ...fetchMoreResult.ticketQueue, edges: [...previous.ticketQueue.edges, ...fetchMoreResult.ticketQueue.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="queue-count">
      <p id="queue-count" className="muted" role="status">
        {total === 1 ? '1 ticket' : `${total} tickets`}
      </p>
      {assignment.error && <Alert tone="error">{assignment.error}</Alert>}
      {queue.edges.length === 0 ? (
        <p className="empty-state">No tickets match these filters.</p>
      ) : (
        <div className="ticket-table-wrap">
          <table className="ticket-table ticket-queue">
            <caption className="visually-hidden">Support queue, in working order</caption>
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Thread</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
                <th scope="col">First response</th>
                <th scope="col">Organization</th>
                <th scope="col">Assignee</th>
              </tr>
            </thead>
            <tbody>
              {queue.edges.map(({ node: ticket }) => {
                const sla = slaOf(ticket);
                return (
                  <tr key={ticket.id} className={sla.state === 'BREACHED' ? 'ticket-queue__row--breached' : undefined}>
                    <th scope="row">
                      <Link to={`/tickets/${ticket.number}`}>{ticketLabel(ticket.number)}</Link>
                    </th>
                    <td>{ticket.thread ? ticket.thread.title : <span className="muted">Thread hidden</span>}</td>
                    <td>
                      <Badge tone={PRIORITY_TONE[ticket.priority]}>{PRIORITY_LABEL[ticket.priority]}</Badge>
                    </td>
                    <td>
                      <Badge tone={STATUS_TONE[ticket.status]}>{STATUS_SHORT[ticket.status]}</Badge>
                    </td>
                    <td>
                      <QueueSla sla={sla} />
                    </td>
                    <td>
                      {ticket.organization ? (
                        <>
                          {ticket.organization.name}
                          <span className="ticket-queue__org muted">
                            {PLAN_LABEL[ticket.organization.plan]}
                            {ticket.organization.accountManager && ` · AM ${ticket.organization.accountManager.displayName}`}
                          </span>
                        </>
                      ) : (
                        <span className="muted">No organization</span>
                      )}
                    </td>
                    <td>
                      <div className="ticket-queue__assignee">
                        {ticket.assignee ? ticket.assignee.displayName : <span className="muted">Unassigned</span>}
                        {viewer && ticket.assignee?.id !== viewer.id && (
                          <Button
                            size="small"
                            variant="secondary"
                            pending={assignment.pending}
                            aria-label={`Assign ${ticketLabel(ticket.number)} to me`}
                            onClick={() => void assignment.run(() => assign({ number: ticket.number, assigneeId: viewer.id }))}
                          >
                            Assign to me
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {queue.pageInfo.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
            Show more tickets
          </Button>
        </div>
      )}
    </section>
  );
}
