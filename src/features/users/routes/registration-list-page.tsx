import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/prefetch-registration-list.ts';
import { useRegistrationListFigures } from '../api/use-registration-list-figures.ts';
import { ExportCsvButton } from '../components/export-csv-button.tsx';
import { RegistrationFilterBar } from '../components/registration-filter-bar.tsx';
import { RegistrationGrid } from '../components/registration-grid.tsx';
import { RegistrationResults } from '../components/registration-results.tsx';
import {
  activeFilterCount,
  filtersFromSearchParams,
  filtersToSearchParams,
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
  const list = useRegistrationListFigures(filters, pageSize);
  const { query } = list;

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
          <ExportCsvButton query={list.exportQuery} estimate={list.estimate} />
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
              pageIndex={list.pageIndex}
              pageSize={pageSize}
              // While a page loads, say "more may follow": the grid would otherwise snap back to the last known page.
              hasNextPage={list.hasNextPage}
              total={list.total ?? undefined}
              loading={query.isFetching}
              sort={filters.sort}
              onPageChange={list.goToPage}
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
