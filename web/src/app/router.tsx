import { useRoutes, type RouteObject } from 'react-router';
import { ForumListRoute } from '../features/forums/routes/forum-list-route';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './not-found-route';
import { RequireSignedIn } from './require-signed-in';
import { lazyComponent } from './lazy-route';
import { PageErrorBoundary } from './route-error-boundary';

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
const ForgotPasswordRoute = lazyComponent(() => import('../features/password-reset/routes/forgot-password-route'), 'ForgotPasswordRoute');
const ResetPasswordRoute = lazyComponent(() => import('../features/password-reset/routes/reset-password-route'), 'ResetPasswordRoute');
const UnsubscribeRoute = lazyComponent(() => import('../features/email/routes/unsubscribe-route'), 'UnsubscribeRoute');
const AdminLayout = lazyComponent(() => import('../features/admin/routes/admin-layout'), 'AdminLayout');
const AdminHomeRoute = lazyComponent(() => import('../features/admin/routes/admin-layout'), 'AdminHomeRoute');
const AdminForumsRoute = lazyComponent(() => import('../features/admin/routes/admin-forums-route'), 'AdminForumsRoute');
const AdminGroupsRoute = lazyComponent(() => import('../features/admin/routes/admin-groups-route'), 'AdminGroupsRoute');
const AdminUsersRoute = lazyComponent(() => import('../features/admin/routes/admin-users-route'), 'AdminUsersRoute');
const AdminOrganizationsRoute = lazyComponent(() => import('../features/admin/routes/admin-organizations-route'), 'AdminOrganizationsRoute');

// React Router's declarative mode (useRoutes in a BrowserRouter): the data router's loaders and actions go unused here
// (Apollo fetches), and leaving them out of the first load saves 18 kB gzipped. Pages load their code through
// lazyComponent; a page that throws is caught by PageErrorBoundary inside the layout; the layout's own failure by
// AppErrorBoundary around everything.
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PageErrorBoundary />,
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
];

export function AppRoutes() {
  return useRoutes(routes);
}
