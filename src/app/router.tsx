import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { prefetchOverview } from '../features/overview/api/prefetch-overview.ts';
import { loadOverviewCharts } from '../features/overview/components/load-overview-charts.ts';
import { AppShell } from './shell/app-shell.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Each page is its own chunk: charts load only with the page that draws them. Created once signed in:
 * the router runs a route's loader as soon as it exists.
 */
export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          // Graph's answers, the page's code and its charts download side by side (the loader does not wait).
          loader: ({ request }) => {
            prefetchOverview(queryClient, new URL(request.url).searchParams);
            // A failed download is the charts' to report (they offer the table view); nothing to do here.
            loadOverviewCharts().catch(() => undefined);
            return null;
          },
          lazy: async () => ({
            Component: (await import('../features/overview/routes/overview-page.tsx')).OverviewPage,
          }),
        },
        {
          path: 'registration',
          // The first page of rows and the data grid's code download side by side. The prefetch's own small
          // chunk (the filter codec) stays out of the shell.
          loader: ({ request }) => {
            import('../features/users/api/prefetch-registration-list.ts').then(
              (m) => m.prefetchRegistrationList(queryClient, new URL(request.url).searchParams),
              () => undefined, // the page then asks Graph itself, or reports its own chunk failing
            );
            return null;
          },
          // Only on arrival: a filter changed on the page asks Graph itself, perhaps at another page size, and
          // a prefetch of the default size would spend the reports budget for nothing.
          shouldRevalidate: () => false,
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
          path: 'privileged',
          lazy: async () => ({
            Component: (await import('../features/posture/routes/privileged-page.tsx')).PrivilegedPage,
          }),
        },
        {
          path: 'retirement',
          lazy: async () => ({
            Component: (await import('../features/posture/routes/retirement-page.tsx')).RetirementPage,
          }),
        },
        {
          path: 'hygiene',
          lazy: async () => ({
            Component: (await import('../features/hygiene/routes/hygiene-page.tsx')).HygienePage,
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
