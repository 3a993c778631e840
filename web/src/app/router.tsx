import { createBrowserRouter } from 'react-router';
import { AdminForumsRoute } from '../features/admin/routes/admin-forums-route';
import { AdminGroupsRoute } from '../features/admin/routes/admin-groups-route';
import { AdminHomeRoute, AdminLayout } from '../features/admin/routes/admin-layout';
import { AdminOrganizationsRoute } from '../features/admin/routes/admin-organizations-route';
import { AdminUsersRoute } from '../features/admin/routes/admin-users-route';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { SignUpRoute } from '../features/auth/routes/sign-up-route';
import { UnsubscribeRoute } from '../features/email/routes/unsubscribe-route';
import { ForumListRoute } from '../features/forums/routes/forum-list-route';
import { ForumRoute } from '../features/forums/routes/forum-route';
import { GroupRoute } from '../features/groups/routes/group-route';
import { GroupsRoute } from '../features/groups/routes/groups-route';
import { ForgotPasswordRoute } from '../features/password-reset/routes/forgot-password-route';
import { ResetPasswordRoute } from '../features/password-reset/routes/reset-password-route';
import { NotificationsRoute } from '../features/notifications/routes/notifications-route';
import { ProfileRoute } from '../features/profile/routes/profile-route';
import { SearchAdminRoute } from '../features/search-admin/routes/search-admin-route';
import { SupportAdminRoute } from '../features/support-admin/routes/support-admin-route';
import { UserHandleRoute } from '../features/profile/routes/user-handle-route';
import { UserProfileRoute } from '../features/profile/routes/user-profile-route';
import { SearchRoute } from '../features/search/routes/search-route';
import { MyTicketsRoute } from '../features/tickets/routes/my-tickets-route';
import { TicketQueueRoute } from '../features/tickets/routes/ticket-queue-route';
import { TicketRoute } from '../features/tickets/routes/ticket-route';
import { NewThreadRoute } from '../features/threads/routes/new-thread-route';
import { ThreadRoute } from '../features/threads/routes/thread-route';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { RequireSignedIn } from './require-signed-in';
import { ErrorMessage, RouteErrorBoundary } from './route-error-boundary';

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
            { path: 'forgot-password', element: <ForgotPasswordRoute /> },
            { path: 'reset-password', element: <ResetPasswordRoute /> },
            { path: 'unsubscribe', element: <UnsubscribeRoute /> },
            {
              element: <RequireSignedIn />,
              children: [
                { path: 'profile', element: <ProfileRoute /> },
                { path: 'f/:slug/new', element: <NewThreadRoute /> },
                { path: 'notifications', element: <NotificationsRoute /> },
                { path: 'tickets', element: <MyTicketsRoute /> },
                { path: 'tickets/:number', element: <TicketRoute /> },
                { path: 'support/queue', element: <TicketQueueRoute /> },
                {
                  path: 'admin',
                  element: <AdminLayout />,
                  children: [
                    { index: true, element: <AdminHomeRoute /> },
                    { path: 'forums', element: <AdminForumsRoute /> },
                    { path: 'groups', element: <AdminGroupsRoute /> },
                    { path: 'users', element: <AdminUsersRoute /> },
                    { path: 'organizations', element: <AdminOrganizationsRoute /> },
                    { path: 'search', element: <SearchAdminRoute /> },
                    { path: 'support', element: <SupportAdminRoute /> },
                  ],
                },
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
