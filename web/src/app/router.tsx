import { createBrowserRouter } from 'react-router';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { SignUpRoute } from '../features/auth/routes/sign-up-route';
import { HomeRoute } from '../features/home/routes/home-route';
import { ProfileRoute } from '../features/profile/routes/profile-route';
import { UserProfileRoute } from '../features/profile/routes/user-profile-route';
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
            { index: true, element: <HomeRoute /> },
            { path: 'sign-up', element: <SignUpRoute /> },
            { path: 'sign-in', element: <SignInRoute /> },
            {
              element: <RequireSignedIn />,
              children: [{ path: 'profile', element: <ProfileRoute /> }],
            },
            { path: 'users/:id', element: <UserProfileRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
