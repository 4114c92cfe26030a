import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { AUDIT_ACCESS_HINT, AUDIT_RETENTION } from '../../../domain/audit/audit-access.ts';
import { readsReports, REPORT_ROLE_NAMES } from '../../../domain/session/report-access.ts';
import { myDirectoryRolesQuery } from '../../../domain/session/signed-in-user-api.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useMethodChangesFigures } from '../api/use-method-changes-figures.ts';
import { ChangeFiltersForm } from '../components/change-filters-form.tsx';
import { ChangeHighlights } from '../components/change-highlights.tsx';
import { ChangeList } from '../components/change-list.tsx';
import {
  changeFiltersFrom,
  changeFiltersToParams,
  hasChangeFilters,
  localDay,
} from '../lib/change-filters.ts';

const RETENTION_DAYS = 30;

/** A start date older than any tenant's retention: say what cannot be there, rather than show less silently. */
function RetentionWarning({ from }: { from: string }) {
  const start = from ? localDay(from) : undefined;
  const [kept] = useState(() => Date.now() - RETENTION_DAYS * 86_400_000);
  if (!start || start.getTime() >= kept) return null;
  return (
    <Alert severity="info" data-testid="retention-warning">
      Entra keeps audit events for 30 days (7 without Entra ID P1 or P2): nothing before{' '}
      {formatDay(new Date(kept).toISOString())} can be shown, whatever the start date.
    </Alert>
  );
}

/** For an operator whose roles cannot read the audit log: which would, instead of a refused request. */
function NeedsReaderRole({ held }: { held: readonly string[] }) {
  return (
    <Alert severity="info" role="status" data-testid="audit-needs-role">
      This page reads the directory audit log, which needs the {REPORT_ROLE_NAMES} role.{' '}
      {held.length > 0
        ? `Your roles (${held.join(', ')}) do not include one.`
        : 'You have no admin role in this tenant.'}{' '}
      A Privileged Role Administrator can assign one. A user’s own changes show on their page for the same
      roles.
    </Alert>
  );
}

/**
 * The tenant's security-info changes from the directory audit log: who registered, changed or removed whose
 * methods, filtered by Graph, with the patterns worth a look among them (docs/graph-notes.md §12.1).
 */
export function MethodChangesPage() {
  const roles = useQuery(myDirectoryRolesQuery());
  if (readsReports(roles.data) === false)
    return (
      <Stack spacing={3}>
        <PageHeader title="Method changes" actions={null}>
          {null}
        </PageHeader>
        <NeedsReaderRole held={(roles.data ?? []).map((r) => r.name)} />
      </Stack>
    );
  return <MethodChanges />;
}

function MethodChanges() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = changeFiltersFrom(searchParams);
  const filterKey = changeFiltersToParams(filters).toString();
  const { changes, events, unknownTarget, admins, highlights } = useMethodChangesFigures(filters);
  const adminsState = admins.isError
    ? 'error'
    : admins.data
      ? 'ready'
      : events.length === 0
        ? 'off'
        : 'loading';

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <PageHeader title="Method changes" actions={null}>
        <Typography color="text.secondary">
          Who registered, changed or removed whose authentication methods, when and from where: the directory
          audit log’s Authentication Methods events, newest first. Each change opens the user’s page.
        </Typography>
      </PageHeader>
      <ChangeFiltersForm
        key={filterKey}
        filters={filters}
        onApply={(next) => setSearchParams(changeFiltersToParams(next))}
      />
      <RetentionWarning from={filters.from} />
      {changes.isPending ? (
        <Skeleton role="progressbar" variant="rounded" height={240} aria-label="Loading method changes" />
      ) : changes.isError ? (
        <GraphErrorAlert
          error={changes.error}
          accessHint={AUDIT_ACCESS_HINT}
          onRetry={() => void changes.refetch()}
        />
      ) : (
        <>
          {events.length > 0 && (
            <ChangeHighlights
              loaded={events.length}
              hasMore={changes.hasNextPage}
              oldest={events.at(-1)?.activityDateTime}
              bulkDeletions={highlights.bulkDeletions}
              afterTap={highlights.afterTap}
              admins={highlights.admins}
              adminsState={adminsState}
            />
          )}
          <ChangeList
            events={events}
            filtered={hasChangeFilters(filters)}
            unknownTarget={unknownTarget}
            hasMore={changes.hasNextPage}
            loadingMore={changes.isFetchingNextPage}
            onLoadMore={() => void changes.fetchNextPage()}
          />
        </>
      )}
      <Typography variant="caption" color="text.secondary">
        {AUDIT_RETENTION}
      </Typography>
    </Stack>
  );
}
