import { createBrowserRouter } from 'react-router';
import { AppShell } from './shell/app-shell.tsx';
import { RouteError } from './route-error.tsx';

/** Each page is its own chunk: charts load only with the page that draws them. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/overview/routes/overview-page.tsx')).OverviewPage,
        }),
      },
      {
        path: 'registration',
        lazy: async () => ({
          Component: (await import('../features/users/routes/registration-list-page.tsx'))
            .RegistrationListPage,
        }),
      },
      {
        path: 'usage',
        lazy: async () => ({
          Component: (await import('../features/usage/routes/usage-page.tsx')).UsagePage,
        }),
      },
      {
        path: 'users/:id',
        lazy: async () => ({
          Component: (await import('../features/user-methods/routes/user-page.tsx')).UserPage,
        }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }) },
    ],
  },
]);
