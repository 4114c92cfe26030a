import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatCount } from '../../../lib/format.ts';
import { ScanReach } from '../components/scan-reach.tsx';
import { NO_FILTERS } from '../../../domain/reports/registration-filters.ts';
import { cancelScan, startScan } from '../api/scan-store.ts';
import { useSignInScan } from '../../../domain/sign-ins/sign-in-scan.ts';
import { readsReports } from '../../../domain/session/report-access.ts';
import { myDirectoryRolesQuery } from '../../../domain/session/signed-in-user-api.ts';
import { useQuery } from '@tanstack/react-query';
import { useHygieneFigures } from '../api/use-hygiene-figures.ts';
import { BulkDeleteDialog } from '../../../domain/auth-methods/bulk-delete/bulk-delete-dialog.tsx';
import { forgetRemoved } from '../lib/forget-removed.ts';
import { FindingsSection } from '../components/findings-section.tsx';
import { ScanControls } from '../components/scan-controls.tsx';
import { HygieneScanProgress } from '../components/hygiene-scan-progress.tsx';
import { cleanupTargets } from '../lib/cleanup-targets.ts';
import {
  cohortFromSearchParams,
  cohortToSearchParams,
  staleDaysFrom,
  type CohortKind,
  type CohortSpec,
} from '../lib/cohort.ts';
import type { MethodRef } from '../lib/finding-types.ts';
import { methodKey } from '../lib/selection.ts';

/** Method hygiene for a cohort: unused, duplicate, outstanding and shared methods, and a safe clean-up. */
export function HygienePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const cohort = cohortFromSearchParams(searchParams);
  const days = staleDaysFrom(searchParams);
  const { scan, running, operator, reach, coverage, findings } = useHygieneFigures(days);
  const signIns = useSignInScan();
  // The sign-in log is offered to the roles that read it (the helpdesk's hygiene works without).
  const readsLog = readsReports(useQuery(myDirectoryRolesQuery()).data) !== false;
  const [selected, setSelected] = useState<ReadonlyMap<string, MethodRef>>(new Map());
  const [reviewing, setReviewing] = useState(false);

  const setUrl = (next: CohortSpec, nextDays = days) => {
    const params = cohortToSearchParams(next);
    if (nextDays !== 90) params.set('days', String(nextDays));
    setSearchParams(params, { replace: true });
  };
  const changeCohort = (kind: CohortKind) =>
    setUrl(
      kind === 'filtered'
        ? { kind, filters: cohort.kind === 'filtered' ? cohort.filters : NO_FILTERS }
        : { kind },
    );

  const select = (rows: readonly MethodRef[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const row of rows) {
        if (on) next.set(methodKey(row), row);
        else next.delete(methodKey(row));
      }
      return next;
    });

  const targets = useMemo(() => cleanupTargets([...selected.values()]), [selected]);

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h4" component="h1">
          Method hygiene
        </Typography>
        <Typography color="text.secondary">
          Unused, duplicate and outstanding authentication methods of a cohort, each linked to the user’s
          page, with a previewed clean-up.
        </Typography>
      </div>
      <ScanControls
        cohort={cohort}
        days={days}
        running={running}
        blocked={reach === 'none'}
        onCohortChange={changeCohort}
        onDaysChange={(d) => setUrl(cohort, d)}
        onStart={() => {
          setSelected(new Map());
          void startScan(cohort);
        }}
        onCancel={cancelScan}
      />
      <ScanReach reach={reach} roles={operator.directoryWide} assignments={operator.assignments} />
      <HygieneScanProgress scan={scan} />
      {scan.status === 'idle' ? (
        <EmptyState title="No scan yet">
          Pick a cohort and choose “Scan methods”. Findings appear as users are scanned.
        </EmptyState>
      ) : scan.scanned.length === 0 && !running ? (
        <EmptyState title="No users scanned">
          The cohort is empty, or the scan stopped before any user was read.
        </EmptyState>
      ) : (
        <FindingsSection
          signIns={readsLog ? signIns : undefined}
          findings={findings}
          coverage={coverage}
          days={days}
          selected={new Set(selected.keys())}
          onSelect={select}
        />
      )}
      {selected.size > 0 && (
        <Paper
          variant="outlined"
          sx={{ position: 'sticky', bottom: 0, p: 1.5, zIndex: 1 }}
          data-testid="selection-bar"
        >
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
            <Typography sx={{ flexGrow: 1 }}>
              {formatCount(selected.size)} method(s) of {formatCount(targets.length)} user(s) selected
            </Typography>
            <Button onClick={() => setSelected(new Map())}>Clear</Button>
            <Button
              variant="contained"
              color="error"
              disabled={running || targets.length === 0}
              onClick={() => setReviewing(true)}
              data-testid="review-cleanup"
            >
              Review clean-up
            </Button>
          </Stack>
        </Paper>
      )}
      {reviewing && (
        <BulkDeleteDialog
          targets={targets}
          onFinished={forgetRemoved}
          onClose={() => {
            setReviewing(false);
            setSelected(new Map());
          }}
        />
      )}
    </Stack>
  );
}

export default HygienePage;
