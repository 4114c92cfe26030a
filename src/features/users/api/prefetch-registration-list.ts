import type { QueryClient } from '@tanstack/react-query';
import {
  filtersFromSearchParams,
  graphFilter,
  graphOrderBy,
} from '../../../domain/reports/registration-filters.ts';
import { currentLink, FIRST_PAGE } from '../lib/page-cursor.ts';
import { userRegistrationDetailsQuery } from './user-registration-details.ts';

/** Rows per page until the operator picks another size. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Asks for the list's first page as soon as the route matches, while the page's code (the data grid) still
 * downloads: the rows wait for the slower of the two, not both in a row. The page's own query finds it.
 */
export function prefetchRegistrationList(queryClient: QueryClient, searchParams: URLSearchParams): void {
  const filters = filtersFromSearchParams(searchParams);
  void queryClient.prefetchQuery(
    userRegistrationDetailsQuery(
      {
        filter: graphFilter(filters),
        orderBy: graphOrderBy(filters.sort),
        top: DEFAULT_PAGE_SIZE,
        pageLink: currentLink(FIRST_PAGE),
      },
      filters,
    ),
  );
}
