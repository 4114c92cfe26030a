import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import {
  AUTHENTICATOR_SECTION,
  authenticatorFigures,
} from '../../../domain/passkeys/authenticator-snapshot.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { useRecordSection } from '../lib/use-record-section.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { formatCount, formatDuration } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { INVENTORY_BATCH, usePasskeyInventory, type InventoryRun } from '../api/use-passkey-inventory.ts';
import { AuthenticatorTable, AuthenticatorUsers, keyOf } from './inventory-authenticators.tsx';
import { InventoryRefused } from './inventory-refused.tsx';

const METHODS_HINT =
  'Reading users’ passkeys needs UserAuthenticationMethod.Read.All and the Global Reader, Authentication Administrator or Privileged Authentication Administrator role.';

function Progress({
  run,
  onCancel,
}: {
  run: Extract<InventoryRun, { status: 'running' }>;
  onCancel: () => void;
}) {
  const now = useNow(true);
  const { done, total, startedAt } = run;
  const eta = done > 0 ? Math.ceil((((now - startedAt) / done) * (total - done)) / 1000) : undefined;
  const label = `${formatCount(done)} of ${formatCount(total)} users read`;
  return (
    <Stack spacing={1} data-testid="inventory-progress" data-done={done} data-total={total}>
      <Typography variant="body2" role="status">
        {done === 0 ? 'Reading the passkey policy and its groups…' : label}
        {eta !== undefined && done < total && ` · about ${formatDuration(eta)} left`}
      </Typography>
      <LinearProgress
        variant={done === 0 ? 'indeterminate' : 'determinate'}
        value={total ? (done / total) * 100 : 100}
        aria-label={label}
      />
      <Box>
        <Button size="small" onClick={onCancel} data-testid="inventory-cancel">
          Cancel
        </Button>
      </Box>
    </Stack>
  );
}

export function PasskeyInventoryCard({
  rows,
  exclusions,
}: {
  rows: readonly RegistrationScanRow[];
  exclusions: Exclusions;
}) {
  const { run, start, cancel, reset } = usePasskeyInventory();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const rowsById = useMemo(() => new Map(rows.flatMap((r) => (r.id ? [[r.id, r] as const] : []))), [rows]);
  const shownAuthenticator =
    run.status === 'done' || run.status === 'cancelled'
      ? run.inventory.authenticators.find((a) => keyOf(a) === selected)
      : undefined;
  // Other users in view (exclusions changed, a new report read): earlier results no longer match them.
  const scope = `${rows.length}/${JSON.stringify(exclusions)}`;
  const shownFor = useRef(scope);
  useEffect(() => {
    if (shownFor.current === scope) return;
    shownFor.current = scope;
    reset();
  }, [scope, reset]);
  // A run that read every passkey user joins today's snapshot (aggregates only); a partial one never does.
  const complete = run.status === 'done' && run.failed.length === 0 ? run : undefined;
  const figures = useMemo(
    () => complete && authenticatorFigures(complete.inventory, complete.usersRead),
    [complete],
  );
  useRecordSection(figures && AUTHENTICATOR_SECTION, figures, exclusions);
  const batches = Math.ceil(rows.length / INVENTORY_BATCH);
  const startButton = (label: string) => (
    <Button
      variant="outlined"
      size="small"
      onClick={() => void start(rows)}
      disabled={rows.length === 0}
      data-testid="inventory-start"
    >
      {label}
    </Button>
  );
  return (
    <div data-testid="passkey-inventory" data-status={run.status}>
      <ChartCard title="Passkeys by authenticator">
        <Stack spacing={2}>
          {run.status === 'idle' && (
            <>
              <Typography variant="body2" color="text.secondary">
                Vendors and models, and the passkeys the policy’s profiles refuse today, need each passkey
                user’s passkeys: {formatCount(rows.length)} users, {formatCount(batches)} batched{' '}
                {batches === 1 ? 'request' : 'requests'}.
              </Typography>
              <Box>{startButton('Read their passkeys')}</Box>
            </>
          )}
          {run.status === 'running' && <Progress run={run} onCancel={cancel} />}
          {run.status === 'failed' && <GraphErrorAlert error={run.error} accessHint={METHODS_HINT} />}
          {(run.status === 'done' || run.status === 'cancelled') && (
            <>
              <Typography variant="body2" role="status" data-testid="inventory-summary">
                {formatCount(run.inventory.keys)} passkeys of {formatCount(run.usersRead)} users
                {run.status === 'cancelled' &&
                  `: cancelled after ${formatCount(run.done)} of ${formatCount(run.total)} users, so these counts are partial`}
                .
              </Typography>
              {run.failed.length > 0 && (
                <Alert severity="warning">
                  {formatCount(run.failed.length)} users’ passkeys could not be read and are not counted
                  (first: {run.failed[0]?.userPrincipalName}, {run.failed[0]?.error.code}).
                </Alert>
              )}
              <AuthenticatorTable inventory={run.inventory} selected={selected} onSelect={setSelected} />
              {shownAuthenticator && (
                <AuthenticatorUsers authenticator={shownAuthenticator} rowsById={rowsById} />
              )}
              <InventoryRefused run={run} />
              <Box>{startButton('Read again')}</Box>
            </>
          )}
        </Stack>
      </ChartCard>
    </div>
  );
}
