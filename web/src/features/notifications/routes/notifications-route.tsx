import '../components/notifications.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { NotificationsQuery as NotificationsResult } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationsQuery } from '../api/notification-operations';
import { moderationNoticeVerb } from '@threadline/shared';

type Notification = NotificationsResult['notifications']['nodes'][number];

/** What happened, in one sentence, and where it leads. */
function describe(n: Notification): { text: string; to: string } {
  const who = n.actor?.displayName ?? 'Someone';
  const group = n.group;
  switch (n.kind) {
    case 'MENTION':
      return { text: `${who} mentioned you in “${n.post?.thread.title ?? 'a thread'}”`, to: n.post ? `/t/${n.post.thread.id}#post-${n.post.postNumber}` : '/' };
    case 'GROUP_JOIN_REQUESTED':
      return { text: `${who} asked to join ${group?.name ?? 'your group'}`, to: group ? `/g/${group.slug}` : '/groups' };
    case 'GROUP_REQUEST_APPROVED':
      return { text: `Your request to join ${group?.name ?? 'a group'} was approved`, to: group ? `/g/${group.slug}` : '/groups' };
    case 'GROUP_REQUEST_DENIED':
      return { text: `Your request to join ${group?.name ?? 'a group'} was declined`, to: group ? `/g/${group.slug}` : '/groups' };
    case 'GROUP_INVITATION':
      return { text: `${who} invited you to join ${group?.name ?? 'a group'}`, to: group ? `/g/${group.slug}` : '/groups' };
  }
  // The forum's kinds link to the post by its number (/t/<thread>#post-<n>).
  const title = `“${n.post?.thread.title ?? 'a thread'}”`;
  const postLink = n.threadId && n.postNumber ? `/t/${n.threadId}#post-${n.postNumber}` : '/';
  switch (n.kind) {
    case 'REPLY':
      return { text: `${who} replied in ${title}`, to: postLink };
    case 'QUOTED':
      return { text: `${who} replied to your post in ${title}`, to: postLink };
    case 'ANSWER_ACCEPTED':
      return { text: `Your answer in ${title} was ${n.message.startsWith('Verified') ? 'verified by staff' : 'accepted'}`, to: postLink };
    case 'MODERATION':
      return { text: `A moderator ${moderationNoticeVerb(n.moderationAction)} in ${title}`, to: postLink };
  }
  const ticket = `ticket #${n.ticketNumber ?? '?'}`;
  const to = n.ticketNumber ? `/tickets/${n.ticketNumber}` : '/tickets';
  switch (n.kind) {
    case 'TICKET_REPLY':
      return { text: `${who} replied on your ${ticket}`, to };
    case 'TICKET_STATUS':
      return { text: n.actor ? `${who} changed the status of your ${ticket}` : `Your ${ticket} changed status`, to };
    case 'TICKET_ASSIGNED':
      return { text: `${who} assigned ${ticket} to you`, to };
    case 'TICKET_CUSTOMER_REPLY':
      return { text: `${who} replied on ${ticket}`, to };
    case 'TICKET_BREACHED':
      return { text: `The first response on ${ticket} is overdue`, to };
  }
}

/** `/notifications`: what happened to you, newest first; opening one marks it read. */
export function NotificationsRoute() {
  useDocumentTitle('Notifications');
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const refetchCount = { refetchQueries: ['UnreadNotificationCount', 'Notifications'] };
  const [markRead] = useMutation(MarkNotificationReadMutation, refetchCount);
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadMutation, refetchCount);
  const [actionError, setActionError] = useState<string>();

  if (!data) {
    if (loading) return <LoadingState label="Loading notifications…" />;
    return <QueryErrorState error={error} what="notifications" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const items = data.notifications.nodes;
  return (
    <div className="stack narrow notifications-page">
      <header className="page-header page-header--row">
        <h1>Notifications</h1>
        {data.unreadNotificationCount > 0 && (
          <div className="page-header__actions">
            <Button variant="secondary" pending={markingAll.loading} onClick={() => void markAll().catch((err: unknown) => setActionError(describeError(err)))}>
              Mark all read
            </Button>
          </div>
        )}
      </header>
      {actionError && <Alert tone="error">{actionError}</Alert>}
      {items.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing yet</h2>
          <p className="muted">Mentions, group requests, answers and invitations show up here.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {items.map((n) => {
            const { text, to } = describe(n);
            return (
              <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'}>
                <Link to={to} onClick={() => void (n.read ? undefined : markRead({ variables: { id: n.id } }).catch(() => undefined))}>
                  {!n.read && <span className="visually-hidden">Unread: </span>}
                  {text}
                </Link>
                {n.message && n.kind !== 'ANSWER_ACCEPTED' && <p className="notification__message">“{n.message}”</p>}
                <RelativeTime className="muted notification__time" value={n.createdAt} />
              </li>
            );
          })}
        </ul>
      )}
      {data.notifications.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: data.notifications.pageInfo.endCursor } })}>
          Older notifications
        </Button>
      )}
    </div>
  );
}
