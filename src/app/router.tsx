import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { BrowserRouter, matchPath, Route, Routes, useSearchParams } from 'react-router';
import { prefetchOverview } from '../features/overview/api/prefetch-overview.ts';
import { loadOverviewCharts } from '../features/overview/components/load-overview-charts.ts';
import { HomeRoute } from './home/home-route.tsx';
import { rememberedHome } from './home/home-memory.ts';
import { ReportsGate } from './home/reports-gate.tsx';
import { lazyPage, type LazyPage } from './lazy-page.ts';
import { PAGE_PATHS } from './page-paths.ts';
import { AppShell } from './shell/app-shell.tsx';
import { PageView } from './page-view.tsx';

// Each page is its own chunk: charts load only with the page that draws them.
const OverviewPage = lazyPage(() =>
  import('../features/overview/routes/overview-page.tsx').then((m) => m.OverviewPage),
);
const RegistrationListPage = lazyPage(() =>
  import('../features/users/routes/registration-list-page.tsx').then((m) => m.RegistrationListPage),
);
const UsagePage = lazyPage(() => import('../features/usage/routes/usage-page.tsx').then((m) => m.UsagePage));
const PrivilegedPage = lazyPage(() =>
  import('../features/posture/routes/privileged-page.tsx').then((m) => m.PrivilegedPage),
);
const RetirementPage = lazyPage(() =>
  import('../features/posture/routes/lens-pages.ts').then((m) => m.RetirementPage),
);
const PasskeysPage = lazyPage(() =>
  import('../features/posture/routes/lens-pages.ts').then((m) => m.PasskeysPage),
);
const HygienePage = lazyPage(() =>
  import('../features/hygiene/routes/hygiene-page.tsx').then((m) => m.HygienePage),
);
const MethodChangesPage = lazyPage(() =>
  import('../features/method-changes/routes/method-changes-page.tsx').then((m) => m.MethodChangesPage),
);
const HelpdeskPage = lazyPage(() =>
  import('../features/user-search/routes/helpdesk-page.tsx').then((m) => m.HelpdeskPage),
);
const UserPage = lazyPage(() =>
  import('../features/user-methods/routes/user-page.tsx').then((m) => m.UserPage),
);
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx').then((m) => m.NotFoundPage));

export type Arrival = (queryClient: QueryClient, searchParams: URLSearchParams) => void;

// Graph's answers, the page's code and the Overview's charts download side by side: arriving at the page
// asks for all three.
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
export function ArrivingPage({ page, onArrival }: { page: LazyPage; onArrival: Arrival }) {
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  // During the first render, before the page's chunk is asked for: Graph's answers and the code come side
  // by side. (The app's first page was asked for sooner still; the query cache joins the two.)
  useState(() => onArrival(queryClient, searchParams));
  return <PageView page={page} />;
}

interface PageRoute {
  path: string;
  page: LazyPage;
  onArrival?: Arrival;
  /** A page built on the reports: its title, for the explanation shown to an operator who cannot read them. */
  reportsTitle?: string;
}

const PAGES: readonly PageRoute[] = [
  { path: PAGE_PATHS.overview, page: OverviewPage, onArrival: overviewArrival, reportsTitle: 'Overview' },
  {
    path: PAGE_PATHS.registration,
    page: RegistrationListPage,
    onArrival: registrationArrival,
    reportsTitle: 'Users',
  },
  { path: PAGE_PATHS.usage, page: UsagePage, reportsTitle: 'Usage' },
  { path: PAGE_PATHS.privileged, page: PrivilegedPage, reportsTitle: 'Privileged coverage' },
  { path: PAGE_PATHS.retirement, page: RetirementPage, reportsTitle: 'SMS and voice retirement' },
  { path: PAGE_PATHS.passkeys, page: PasskeysPage, reportsTitle: 'Passkeys' },
  { path: PAGE_PATHS.hygiene, page: HygienePage },
  // The audit log's page explains its own roles (it reads no authentication-methods report).
  { path: PAGE_PATHS.changes, page: MethodChangesPage },
  { path: PAGE_PATHS.helpdesk, page: HelpdeskPage },
  { path: PAGE_PATHS.user, page: UserPage },
];

/**
 * The page the app opens on: its code and its first Graph answers are asked for before the shell's first
 * render, which on a slow phone takes a while, rather than once React reaches the page. Not the reports, for
 * an operator whose roles could not read them last time: the home route sends them to the helpdesk home.
 */
function arriveAtFirstPage(queryClient: QueryClient): Promise<unknown> {
  const { pathname, search } = window.location;
  const route = PAGES.find(({ path }) => matchPath(path, pathname));
  const refused = route?.reportsTitle !== undefined && rememberedHome() === 'helpdesk';
  if (!refused) route?.onArrival?.(queryClient, new URLSearchParams(search));
  return (route?.page ?? NotFoundPage).preload();
}

function pageElement({ path, page, onArrival, reportsTitle }: PageRoute) {
  // Keyed: a page arrived at is a new page, even where the router reuses the element's place.
  const element = onArrival ? (
    <ArrivingPage key={path} page={page} onArrival={onArrival} />
  ) : (
    <PageView key={path} page={page} />
  );
  const gated = reportsTitle ? <ReportsGate title={reportsTitle}>{element}</ReportsGate> : element;
  return path === PAGE_PATHS.overview ? <HomeRoute overview={gated} /> : gated;
}

/** The signed-in app's pages, inside the shell. */
export function AppRouter() {
  const queryClient = useQueryClient();
  const [firstPage] = useState(() => arriveAtFirstPage(queryClient));
  // The shell and the first page are drawn together, once its code is in: drawn apart, the two renders
  // held a slow phone's main thread longer and the first chart came later (measured).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    // A transition: React renders the shell and the page in slices rather than in one long task.
    const show = () => current && startTransition(() => setReady(true));
    firstPage.then(show, show); // a failed download is the page's to report
    return () => {
      current = false;
    };
  }, [firstPage]);
  if (!ready) return null;
  return (
    // Navigations render at once: a page whose code is still downloading shows its loading bar straight
    // away (PageView), so the click is seen to be taken.
    <BrowserRouter useTransitions={false}>
      <Routes>
        <Route element={<AppShell />}>
          {PAGES.map((route) => (
            <Route key={route.path} path={route.path} element={pageElement(route)} />
          ))}
          <Route path="*" element={<PageView page={NotFoundPage} />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
