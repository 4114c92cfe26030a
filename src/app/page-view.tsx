import { createElement, startTransition, useEffect, useState, type ComponentType } from 'react';
import type { LazyPage } from './lazy-page.ts';
import { PageLoading } from './shell/page-loading.tsx';

/**
 * A lazily loaded page, without Suspense: React holds a Suspense boundary's content back for 300 ms after
 * its fallback showed (so that fallbacks do not flash), which delayed every page's first draw by up to that
 * much. The loading bar shows until the chunk is in, then the page; a failed download goes to the error
 * boundary around the pages. What arrived is kept with the page it is for: a route change can hand this
 * same element another page.
 */
export function PageView({ page }: { page: LazyPage }) {
  const [arrived, setArrived] = useState<{ page: LazyPage; component: ComponentType }>();
  const [failed, setFailed] = useState<{ page: LazyPage; error: unknown }>();
  const Page = arrived?.page === page ? arrived.component : page.loaded();
  useEffect(() => {
    if (Page) return;
    let current = true;
    page.preload().then(
      // A transition, so a large page is rendered in slices rather than in one long task.
      (component) => current && startTransition(() => setArrived({ page, component })),
      (error: unknown) => current && setFailed({ page, error }),
    );
    return () => {
      current = false;
    };
  }, [page, Page]);
  if (failed?.page === page) throw failed.error;
  return Page ? createElement(Page) : <PageLoading />;
}
