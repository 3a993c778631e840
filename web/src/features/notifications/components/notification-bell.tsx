import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { UnreadNotificationCountQuery } from '../api/notification-operations';

/** How often the header asks for the unread count (live updates come with a later issue). */
const POLL_MS = 60_000;

/** The header's bell: a link to the notifications page with the unread count, polled politely. */
export function NotificationBell() {
  const { data } = useQuery(UnreadNotificationCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.unreadNotificationCount ?? 0;
  const label = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <NavLink to="/notifications" className="nav-link notification-bell" aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-bell__count" data-testid="unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
