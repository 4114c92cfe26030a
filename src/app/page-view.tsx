import { createElement, startTransition, useEffect, useState } from 'react';
import type { LazyPage } from './lazy-page.ts';
import { PageLoading } from './shell/page-loading.tsx';

/**
 * A lazily loaded page, without Suspense: React holds a Suspense boundary's content back for 300 ms after
 * its fallback showed (so that fallbacks do not flash), which delayed every page's first draw by up to that
 * much. The loading bar shows until the chunk is in, then the page; a failed download goes to the error
 * boundary around the pages.
 */
export function PageView({ page }: { page: LazyPage }) {
  const [Page, setPage] = useState(page.loaded);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (Page) return;
    let current = true;
    page.preload().then(
      // A transition, so a large page is rendered in slices rather than in one long task.
      (loaded) => current && startTransition(() => setPage(() => loaded)),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [page, Page]);
  if (failure) throw failure.error;
  return Page ? createElement(Page) : <PageLoading />;
}
