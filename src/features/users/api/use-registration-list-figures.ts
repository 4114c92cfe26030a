import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  graphFilter,
  graphOrderBy,
  type RegistrationFilters,
} from '../../../domain/reports/registration-filters.ts';
import { exportRowEstimate } from '../lib/export-row-estimate.ts';
import { currentLink, FIRST_PAGE, goToPage, type PageCursor } from '../lib/page-cursor.ts';
import { registrationSummaryQuery } from './export-row-count.ts';
import { userRegistrationDetailsQuery } from './user-registration-details.ts';

/**
 * The users list's page of rows, where it is in Graph's paging, and the total when a registration summary
 * already read counts exactly these rows (the Overview's, or an export's): read from the cache only, never a
 * report call of its own. Graph filters, sorts and pages; the list never holds the whole tenant.
 */
export function useRegistrationListFigures(filters: RegistrationFilters, pageSize: number) {
  const filter = graphFilter(filters);
  const orderBy = graphOrderBy(filters.sort);
  // The cursor belongs to one query: a new filter, sort or page size starts again at the first page.
  const queryId = `${filter}|${orderBy}|${pageSize}`;
  const [paging, setPaging] = useState<{ queryId: string; cursor: PageCursor }>({
    queryId,
    cursor: FIRST_PAGE,
  });
  const cursor = paging.queryId === queryId ? paging.cursor : FIRST_PAGE;
  const query = useQuery(
    userRegistrationDetailsQuery({ filter, orderBy, top: pageSize, pageLink: currentLink(cursor) }, filters),
  );
  const nextLink = query.isPlaceholderData ? undefined : query.data?.['@odata.nextLink'];
  const estimate = exportRowEstimate(filters);
  const summary = useQuery({ ...registrationSummaryQuery(estimate.scope), enabled: false });
  return {
    query,
    exportQuery: { filter, orderBy, filters },
    estimate,
    pageIndex: cursor.pageIndex,
    hasNextPage: query.isPlaceholderData || Boolean(nextLink),
    total: estimate.exact ? summary.data?.totalUserCount : undefined,
    goToPage: (index: number) => setPaging({ queryId, cursor: goToPage(cursor, index, nextLink) }),
  };
}
