import { formatUserType } from '../../../lib/format.ts';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';

type Row = UserRegistrationDetails;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const yesNo = (value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : '–');

/** Graph sends `""`, null or `none` for "no method" (docs/graph-notes.md §9.8): all read as a dash. */
const enumLabel = (value: unknown) =>
  typeof value === 'string' && value !== '' && value !== 'none' ? methodLabel(value) : '–';

const labels = (values: unknown) => {
  const known = Array.isArray(values) ? values.filter((v) => v !== '' && v !== 'none') : [];
  return known.length ? known.map((v) => methodLabel(String(v))).join(', ') : '–';
};

const ellipsis = {
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

// Narrow yes/no columns under two-line headers (registration-grid.tsx): at 1,440 px the SSPR columns fit
// beside name, UPN and type without scrolling sideways.
const YES_NO_WIDTH = 94;

function booleanColumn(field: keyof Row, headerName: string, description: string): GridColDef<Row> {
  return {
    field,
    headerName,
    description,
    width: YES_NO_WIDTH,
    sortable: false,
    valueGetter: (value) => yesNo(value),
  };
}

/** One column per documented property; only name and UPN sort, because only they sort on Graph. */
export const REGISTRATION_COLUMNS: GridColDef<Row>[] = [
  {
    field: 'userDisplayName',
    headerName: 'Display name',
    width: 190,
    renderCell: ({ row }) => (
      <Link
        component={RouterLink}
        to={`/users/${encodeURIComponent(row.id ?? '')}`}
        title={row.userDisplayName ?? undefined}
        sx={ellipsis}
      >
        {/* bdi: right-to-left marks in a name must not reorder the cell around it. */}
        <bdi>{row.userDisplayName || '(no name)'}</bdi>
      </Link>
    ),
  },
  { field: 'userPrincipalName', headerName: 'User principal name', width: 210 },
  {
    field: 'userType',
    headerName: 'User type',
    width: 84,
    sortable: false,
    valueGetter: formatUserType,
  },
  booleanColumn('isAdmin', 'Admin', 'Holds an admin role'),
  booleanColumn('isMfaRegistered', 'MFA registered', 'A strong method is registered'),
  booleanColumn('isMfaCapable', 'MFA capable', 'Registered a strong method that policy allows'),
  booleanColumn(
    'isPasswordlessCapable',
    // A soft hyphen: the one-word header may break across its two lines.
    'Password\u00adless',
    'Registered a passwordless method that policy allows',
  ),
  booleanColumn('isSsprRegistered', 'SSPR registered', 'Enough methods registered for SSPR'),
  booleanColumn('isSsprEnabled', 'SSPR enabled', 'Policy allows SSPR'),
  booleanColumn('isSsprCapable', 'SSPR capable', 'Registered for SSPR and allowed to use it'),
  booleanColumn(
    'isSystemPreferredAuthenticationMethodEnabled',
    'System-preferred',
    'System-preferred MFA is enabled',
  ),
  {
    field: 'methodsRegistered',
    headerName: 'Methods registered',
    width: 340,
    sortable: false,
    valueGetter: labels,
    // A long list is cut with an ellipsis; the whole list shows on hover.
    renderCell: ({ value }) => (
      <Box component="span" title={String(value)} sx={ellipsis}>
        {String(value)}
      </Box>
    ),
  },
  {
    field: 'systemPreferredAuthenticationMethods',
    headerName: 'System-preferred methods',
    width: 230,
    sortable: false,
    valueGetter: labels,
  },
  {
    field: 'userPreferredMethodForSecondaryAuthentication',
    headerName: 'Preferred secondary method',
    width: 240,
    sortable: false,
    valueGetter: enumLabel,
  },
  {
    field: 'defaultMfaMethod',
    headerName: 'Default MFA method (beta)',
    width: 240,
    sortable: false,
    valueGetter: enumLabel,
  },
  {
    field: 'lastUpdatedDateTime',
    headerName: 'Last updated',
    width: 210,
    sortable: false,
    valueGetter: (value: unknown) =>
      typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? dateTime.format(new Date(value)) : '–',
  },
];
