import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { DataGrid, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { SortState } from '../../../domain/reports/registration-filters.ts';
import { REGISTRATION_COLUMNS } from './registration-columns.tsx';

export const PAGE_SIZES = [25, 50, 100];

interface Props {
  rows: UserRegistrationDetails[];
  pageIndex: number;
  pageSize: number;
  hasNextPage: boolean;
  /** The rows in all pages, where a summary counts them; the pager then says "of 1,000", not "of more than". */
  total?: number;
  loading: boolean;
  sort: SortState | undefined;
  onPageChange: (pageIndex: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onSortChange: (sort: SortState | undefined) => void;
}

/**
 * The grid only draws: Graph pages, sorts and filters. The row count is unknown (no $count), so the
 * pager moves by "is there a next page".
 */
export function RegistrationGrid(props: Props) {
  const field = props.sort?.field;
  const direction = props.sort?.direction;
  // Stable identities: a "new" sort model makes the grid jump back to the first page.
  const sortModel = useMemo<GridSortModel>(
    () => (field && direction ? [{ field, sort: direction }] : []),
    [field, direction],
  );
  const paginationMeta = useMemo(() => ({ hasNextPage: props.hasNextPage }), [props.hasNextPage]);
  const paginationModel = useMemo(
    () => ({ page: props.pageIndex, pageSize: props.pageSize }),
    [props.pageIndex, props.pageSize],
  );
  return (
    <DataGrid
      aria-label="Users and their registered authentication methods"
      rows={props.rows}
      columns={REGISTRATION_COLUMNS}
      getRowId={(row) => row.id ?? ''}
      density="compact"
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      disableColumnFilter
      disableRowSelectionOnClick
      // Unknown (-1) while more pages may follow, unless a summary counted them; exact once the last page is
      // here. The grid only learns the count by itself the first time, so it is always given explicitly.
      // A summary older than the pages must not hide a next page Graph still links to.
      rowCount={
        props.hasNextPage
          ? props.total === undefined
            ? -1
            : Math.max(props.total, (props.pageIndex + 1) * props.pageSize + 1)
          : props.pageIndex * props.pageSize + props.rows.length
      }
      paginationMeta={paginationMeta}
      paginationModel={paginationModel}
      pageSizeOptions={PAGE_SIZES}
      onPaginationModelChange={(model) => {
        if (model.pageSize !== props.pageSize) props.onPageSizeChange(model.pageSize);
        else props.onPageChange(model.page);
      }}
      sortingOrder={['asc', 'desc', null]}
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const first = model[0];
        props.onSortChange(
          first?.sort && (first.field === 'userDisplayName' || first.field === 'userPrincipalName')
            ? { field: first.field, direction: first.sort }
            : undefined,
        );
      }}
      loading={props.loading}
      slotProps={{ loadingOverlay: { variant: 'linear-progress' } }}
      // Headers take two lines, so the yes/no columns stay narrow (registration-columns.tsx).
      columnHeaderHeight={60}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
      }}
    />
  );
}
