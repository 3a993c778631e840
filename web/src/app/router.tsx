import { createBrowserRouter } from 'react-router';
import { ForumListRoute } from '../features/forums/routes/forum-list-route';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { RequireSignedIn } from './require-signed-in';
import { lazyComponent } from './lazy-route';
import { ErrorMessage, RouteErrorBoundary } from './route-error-boundary';

// The home page (forum list) and the shell ship in the first chunk; every other page loads its code on first visit.
const SignInRoute = lazyComponent(() => import('../features/auth/routes/sign-in-route'), 'SignInRoute');
const SignUpRoute = lazyComponent(() => import('../features/auth/routes/sign-up-route'), 'SignUpRoute');
const ForumRoute = lazyComponent(() => import('../features/forums/routes/forum-route'), 'ForumRoute');
const GroupRoute = lazyComponent(() => import('../features/groups/routes/group-route'), 'GroupRoute');
const GroupsRoute = lazyComponent(() => import('../features/groups/routes/groups-route'), 'GroupsRoute');
const NotificationsRoute = lazyComponent(() => import('../features/notifications/routes/notifications-route'), 'NotificationsRoute');
const ProfileRoute = lazyComponent(() => import('../features/profile/routes/profile-route'), 'ProfileRoute');
const SearchAdminRoute = lazyComponent(() => import('../features/search-admin/routes/search-admin-route'), 'SearchAdminRoute');
const SupportAdminRoute = lazyComponent(() => import('../features/support-admin/routes/support-admin-route'), 'SupportAdminRoute');
const UserHandleRoute = lazyComponent(() => import('../features/profile/routes/user-handle-route'), 'UserHandleRoute');
const UserProfileRoute = lazyComponent(() => import('../features/profile/routes/user-profile-route'), 'UserProfileRoute');
const SearchRoute = lazyComponent(() => import('../features/search/routes/search-route'), 'SearchRoute');
const MyTicketsRoute = lazyComponent(() => import('../features/tickets/routes/my-tickets-route'), 'MyTicketsRoute');
const TicketQueueRoute = lazyComponent(() => import('../features/tickets/routes/ticket-queue-route'), 'TicketQueueRoute');
const TicketRoute = lazyComponent(() => import('../features/tickets/routes/ticket-route'), 'TicketRoute');
const NewThreadRoute = lazyComponent(() => import('../features/threads/routes/new-thread-route'), 'NewThreadRoute');
const ThreadRoute = lazyComponent(() => import('../features/threads/routes/thread-route'), 'ThreadRoute');

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      // Only if the layout itself fails; page errors are caught below, inside the layout.
      errorElement: <ErrorMessage />,
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { index: true, element: <ForumListRoute /> },
            { path: 'f/:slug', element: <ForumRoute /> },
            { path: 't/:id', element: <ThreadRoute /> },
            { path: 'search', element: <SearchRoute /> },
            { path: 'groups', element: <GroupsRoute /> },
            { path: 'g/:slug', element: <GroupRoute /> },
            { path: 'sign-up', element: <SignUpRoute /> },
            { path: 'sign-in', element: <SignInRoute /> },
            {
              element: <RequireSignedIn />,
              children: [
                { path: 'profile', element: <ProfileRoute /> },
                { path: 'f/:slug/new', element: <NewThreadRoute /> },
                { path: 'notifications', element: <NotificationsRoute /> },
                { path: 'admin/search', element: <SearchAdminRoute /> },
                { path: 'tickets', element: <MyTicketsRoute /> },
                { path: 'tickets/:number', element: <TicketRoute /> },
                { path: 'support/queue', element: <TicketQueueRoute /> },
                { path: 'admin/support', element: <SupportAdminRoute /> },
              ],
            },
            { path: 'users/:id', element: <UserProfileRoute /> },
            { path: 'u/:handle', element: <UserHandleRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
