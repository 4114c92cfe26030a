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
      { path: '*', lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }) },
    ],
  },
]);
