import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/prefetch-registration-list.ts';
import { registrationSummaryQuery } from '../api/export-row-count.ts';
import { userRegistrationDetailsQuery } from '../api/user-registration-details.ts';
import { ExportCsvButton } from '../components/export-csv-button.tsx';
import { RegistrationFilterBar } from '../components/registration-filter-bar.tsx';
import { RegistrationGrid } from '../components/registration-grid.tsx';
import { RegistrationResults } from '../components/registration-results.tsx';
import { exportRowEstimate } from '../lib/export-row-estimate.ts';
import { currentLink, FIRST_PAGE, goToPage, type PageCursor } from '../lib/page-cursor.ts';
import {
  activeFilterCount,
  filtersFromSearchParams,
  filtersToSearchParams,
  graphFilter,
  graphOrderBy,
  NO_FILTERS,
  type RegistrationFilters,
} from '../../../domain/reports/registration-filters.ts';

/** The hygiene page scans exactly the users this list shows: the same filters, without the sort. */
function hygieneLinkParams(filters: RegistrationFilters): string {
  const params = filtersToSearchParams({ ...filters, sort: undefined });
  params.set('cohort', 'filtered');
  return params.toString();
}

/** Users and what they registered, filtered, sorted and paged by Graph itself (never the whole tenant). */
export function RegistrationListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
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
  // The total, where a registration summary already read (the Overview's, or an export's) counts exactly these
  // rows: read from the cache only, never a report call of its own.
  const estimate = exportRowEstimate(filters);
  const summary = useQuery({ ...registrationSummaryQuery(estimate.scope), enabled: false });
  const total = estimate.exact ? summary.data?.totalUserCount : undefined;

  const setFilters = (next: RegistrationFilters) =>
    setSearchParams(filtersToSearchParams(next), { replace: false });

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
      >
        <div>
          <Typography variant="h4" component="h1">
            Users
          </Typography>
          <Typography color="text.secondary">
            Each user’s registered authentication methods and capabilities, from the registration report.
          </Typography>
        </div>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
          <Button
            component={RouterLink}
            to={`/hygiene?${hygieneLinkParams(filters)}`}
            variant="outlined"
            data-testid="hygiene-link"
          >
            Check method hygiene
          </Button>
          <ExportCsvButton query={{ filter, orderBy, filters }} estimate={estimate} />
        </Stack>
      </Stack>
      <RegistrationFilterBar filters={filters} onChange={setFilters} />
      <RegistrationResults
        query={query}
        filtered={activeFilterCount(filters) > 0}
        onClearFilters={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}
      >
        {(page) => (
          // A fixed height lets the grid virtualise its rows and scroll inside itself, never the page.
          <Box sx={{ height: { xs: 520, md: 'calc(100vh - 330px)' }, minHeight: 420, minWidth: 0 }}>
            <RegistrationGrid
              rows={page.value}
              pageIndex={cursor.pageIndex}
              pageSize={pageSize}
              // While a page loads, say "more may follow": the grid would otherwise snap back to the last known page.
              hasNextPage={query.isPlaceholderData || Boolean(nextLink)}
              total={total ?? undefined}
              loading={query.isFetching}
              sort={filters.sort}
              onPageChange={(index) => setPaging({ queryId, cursor: goToPage(cursor, index, nextLink) })}
              onPageSizeChange={setPageSize}
              onSortChange={(sort) => setFilters({ ...filters, sort })}
            />
          </Box>
        )}
      </RegistrationResults>
    </Stack>
  );
}

export default RegistrationListPage;
