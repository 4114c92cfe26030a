import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes, useSearchParams } from 'react-router';
import { prefetchOverview } from '../features/overview/api/prefetch-overview.ts';
import { loadOverviewCharts } from '../features/overview/components/load-overview-charts.ts';
import { AppShell } from './shell/app-shell.tsx';
import { PageLoading } from './shell/page-loading.tsx';

// Each page is its own chunk: charts load only with the page that draws them.
const OverviewPage = lazy(() =>
  import('../features/overview/routes/overview-page.tsx').then((m) => ({ default: m.OverviewPage })),
);
const RegistrationListPage = lazy(() =>
  import('../features/users/routes/registration-list-page.tsx').then((m) => ({
    default: m.RegistrationListPage,
  })),
);
const UsagePage = lazy(() =>
  import('../features/usage/routes/usage-page.tsx').then((m) => ({ default: m.UsagePage })),
);
const PrivilegedPage = lazy(() =>
  import('../features/posture/routes/privileged-page.tsx').then((m) => ({ default: m.PrivilegedPage })),
);
const RetirementPage = lazy(() =>
  import('../features/posture/routes/retirement-page.tsx').then((m) => ({ default: m.RetirementPage })),
);
const HygienePage = lazy(() =>
  import('../features/hygiene/routes/hygiene-page.tsx').then((m) => ({ default: m.HygienePage })),
);
const UserPage = lazy(() =>
  import('../features/user-methods/routes/user-page.tsx').then((m) => ({ default: m.UserPage })),
);
const NotFoundPage = lazy(() => import('./not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));

export type Arrival = (queryClient: QueryClient, searchParams: URLSearchParams) => void;

// Graph's answers, the page's code and the Overview's charts download side by side: the first render of a
// route starts the requests, then the page's chunk suspends.
const overviewArrival: Arrival = (queryClient, searchParams) => {
  prefetchOverview(queryClient, searchParams);
  // A failed download is the charts' to report (they offer the table view); nothing to do here.
  loadOverviewCharts().catch(() => undefined);
};

// The first page of rows beside the data grid's code. The prefetch's own small chunk (the filter codec)
// stays out of the shell.
const registrationArrival: Arrival = (queryClient, searchParams) => {
  import('../features/users/api/prefetch-registration-list.ts').then(
    (m) => m.prefetchRegistrationList(queryClient, searchParams),
    () => undefined, // the page then asks Graph itself, or reports its own chunk failing
  );
};

/**
 * A page that asks Graph for its first answers when it is arrived at, not when its code has arrived. Only
 * on arrival: a filter changed on the page asks Graph itself, perhaps at another page size, and a prefetch
 * of the default would spend the reports budget for nothing.
 */
export function ArrivingPage({ page: Page, onArrival }: { page: ComponentType; onArrival: Arrival }) {
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  // Committed at once (the page's chunk suspends below, not here), so this runs on arrival, not later.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on arrival only, as said above
  useEffect(() => onArrival(queryClient, searchParams), []);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** The signed-in app's pages, inside the shell. */
export function AppRouter() {
  return (
    // Without transitions, a page whose code is still downloading shows the shell's progress bar at once
    // rather than leaving the previous page up with no sign that the click was taken.
    <BrowserRouter useTransitions={false}>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<ArrivingPage page={OverviewPage} onArrival={overviewArrival} />} />
          <Route
            path="registration"
            element={<ArrivingPage page={RegistrationListPage} onArrival={registrationArrival} />}
          />
          <Route path="usage" element={<UsagePage />} />
          <Route path="privileged" element={<PrivilegedPage />} />
          <Route path="retirement" element={<RetirementPage />} />
          <Route path="hygiene" element={<HygienePage />} />
          <Route path="users/:id" element={<UserPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
