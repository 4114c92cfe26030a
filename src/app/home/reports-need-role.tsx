import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { REPORT_ROLE_NAMES } from '../../domain/session/report-access.ts';
import type { SignedInRole } from '../../domain/session/signed-in-user-api.ts';
import { PAGE_PATHS } from '../page-paths.ts';

/**
 * Why a page built on the reports is not shown (reports-gate.tsx): which role would open it, the operator's
 * own roles, and where their own work is.
 */
export function ReportsNeedRole({ title, roles }: { title: string; roles: readonly SignedInRole[] }) {
  const held = roles.map((r) => r.name);
  return (
    <Stack spacing={3}>
      <PageHeader title={title} actions={null}>
        {null}
      </PageHeader>
      {/* An explanation, not an event: a status, read in turn, not an alert that interrupts. */}
      <Alert severity="info" role="status" data-testid="reports-need-role">
        This page reads Microsoft Graph’s authentication-methods reports, which need the {REPORT_ROLE_NAMES}{' '}
        role.{' '}
        {held.length > 0
          ? `Your roles (${held.join(', ')}) do not include one.`
          : 'You have no admin role in this tenant.'}{' '}
        A Privileged Role Administrator can assign one. Looking users up and acting on them works from the{' '}
        <Link component={RouterLink} to={PAGE_PATHS.helpdesk} color="inherit">
          helpdesk home
        </Link>
        .
      </Alert>
    </Stack>
  );
}
