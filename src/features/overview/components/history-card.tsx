import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState } from 'react';
import { ChartCard } from '../../../components/chart-card.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { TrendChart } from '../../../components/trend-chart.tsx';
import { downloadText } from '../../../domain/history/download.ts';
import { historyFile, historyFileName } from '../../../domain/history/history-file.ts';
import { dayOf, type Snapshot } from '../../../domain/history/snapshot.ts';
import { historyExclusions, sectionShares } from '../../../domain/history/trend.ts';
import {
  useClearHistory,
  useHistory,
  useImportHistory,
  type ImportResult,
} from '../../../domain/history/use-history.ts';
import { STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES } from '../../../../entra-facts/strength-classes.ts';
import { HistoryImportResult } from './history-import-result.tsx';
import { useDailySnapshot } from '../lib/use-daily-snapshot.ts';
import { useLensSections } from '../lib/lens-sections.ts';
import { useSignInSections } from '../lib/use-sign-in-sections.ts';
import { USED_FOR_MFA_SECTION, USED_FOR_MFA_SERIES } from '../lib/registered-and-used.ts';
import { trendSectionName } from '../../../domain/sign-ins/sign-in-snapshot.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { HistoryLoadState } from '../../../components/history-load-state.tsx';

const NO_ROWS: readonly RegistrationScanRow[] = [];

const ADOPTION = [
  { key: 'mfaCapable', label: 'MFA capable' },
  { key: 'ssprCapable', label: 'SSPR capable' },
  { key: 'passwordlessCapable', label: 'Passwordless capable' },
];
const STRENGTH = STRENGTH_CLASSES.map((key) => ({ key, label: STRENGTH_LABELS[key] }));
const USED_FOR_MFA = trendSectionName(USED_FOR_MFA_SECTION);

/** Methods used for MFA: only days whose sign-in log was read in full over the default window have it. */
function UsedForMfaTrend({ snapshots }: { snapshots: Snapshot[] }) {
  const days = snapshots.filter((s) => USED_FOR_MFA in s.sections).length;
  return (
    <div>
      <Typography variant="subtitle1" component="h3">
        Used for MFA in the last 7 days (share of users)
      </Typography>
      {days < 2 ? (
        <Typography variant="body2" color="text.secondary" data-testid="trend-used-for-mfa-days">
          {days === 1 ? 'One day' : 'No day'} so far: a day joins this chart when the sign-in log is read in
          full over 7 days (“Registered and used” above) after its figures have loaded.
        </Typography>
      ) : (
        <TrendChart
          testId="trend-used-for-mfa"
          points={sectionShares(
            snapshots,
            USED_FOR_MFA,
            USED_FOR_MFA_SERIES.map((s) => s.key),
          )}
          series={USED_FOR_MFA_SERIES}
          description={`Line chart of the share of users who used each method for MFA in the 7 days before each of ${days} days, from ${snapshots[0]?.day} to ${snapshots.at(-1)?.day}.`}
        />
      )}
    </div>
  );
}

function Trends({ snapshots }: { snapshots: Snapshot[] }) {
  if (snapshots.length < 2)
    return (
      <EmptyState title={snapshots.length ? 'One day of history so far' : 'No history yet'}>
        One snapshot a day when the Overview is opened; import a team member&apos;s export to merge.
      </EmptyState>
    );
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="subtitle1" component="h3">
          Adoption (share of users)
        </Typography>
        <TrendChart
          testId="trend-adoption"
          points={sectionShares(
            snapshots,
            'features',
            ADOPTION.map((s) => s.key),
          )}
          series={ADOPTION}
          description={`Line chart of the MFA, SSPR and passwordless capable shares of users over ${snapshots.length} days, from ${snapshots[0]?.day} to ${snapshots.at(-1)?.day}.`}
        />
      </div>
      <div>
        <Typography variant="subtitle1" component="h3">
          Method strength (share of users)
        </Typography>
        <TrendChart
          testId="trend-strength"
          points={sectionShares(snapshots, 'strength', STRENGTH_CLASSES)}
          series={STRENGTH}
          description={`Line chart of users by strongest method over ${snapshots.length} days.`}
        />
      </div>
      <UsedForMfaTrend snapshots={snapshots} />
    </Stack>
  );
}

/** Today's line: whether the day's snapshot is in, so a reader knows the chart is current. */
function Today({ snapshots }: { snapshots: Snapshot[] }) {
  const [day] = useState(() => dayOf(Date.now()));
  const today = snapshots.find((s) => s.day === day);
  return (
    <Typography variant="body2" color="text.secondary" data-testid="history-today" sx={{ mb: 1 }}>
      {today
        ? `Today's snapshot was taken at ${today.takenAt.slice(11, 16)} UTC. ${snapshots.length} day${snapshots.length === 1 ? '' : 's'} of history in this browser.`
        : "Today's snapshot is taken once the figures above have loaded for all users."}
    </Typography>
  );
}

/** Daily snapshots kept in this browser, drawn over time, with export, import (merge) and clear. */
export function HistoryCard({
  tenantId,
  sections,
  exclusions,
  lensRows,
  counted = NO_ROWS,
}: {
  tenantId: string;
  /** Today's figures once complete: the day's snapshot, if the day has none yet. */
  sections: Snapshot['sections'] | undefined;
  exclusions: Exclusions;
  /** The whole scan once `sections` are complete: the lenses' sections are counted from it. */
  lensRows?: readonly RegistrationScanRow[];
  /** The scan's rows after the exclusions. */
  counted?: readonly RegistrationScanRow[];
}) {
  const history = useHistory(tenantId);
  const lensSections = useLensSections(history.data, lensRows, counted, exclusions);
  const signInSections = useSignInSections(sections ? counted : undefined);
  const allSections = useMemo(
    () => (sections ? { ...sections, ...lensSections, ...signInSections } : undefined),
    [sections, lensSections, signInSections],
  );
  useDailySnapshot(tenantId, allSections, exclusions);
  const importer = useImportHistory(tenantId);
  const clearer = useClearHistory(tenantId);
  const [result, setResult] = useState<ImportResult | undefined>();
  const [confirmClear, setConfirmClear] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const snapshots = history.data ?? [];
  const { lines, changed } = historyExclusions(snapshots);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setResult(undefined);
    try {
      setResult(await importer.mutateAsync(await file.text()));
    } catch (e) {
      setResult({ ok: false, reason: e instanceof Error ? e.message : 'the browser could not store it.' });
    }
  };
  const exportHistory = () => {
    const now = Date.now();
    downloadText(
      historyFileName(tenantId, now),
      JSON.stringify(historyFile(tenantId, snapshots, now), null, 1),
    );
  };

  return (
    <ChartCard
      title="Adoption history"
      subheader="Daily snapshots of these figures, kept in this browser (IndexedDB). Export them to share; import a colleague's export to merge the days you lack."
      note={
        <ExclusionNote
          lines={lines}
          lead="The snapshots left out"
          extra={changed ? 'The exclusions changed over this period: compare days with care.' : undefined}
        />
      }
    >
      {/* In the body, not the header's action slot: on a phone that slot squeezes the title into a column. */}
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Button size="small" variant="outlined" onClick={exportHistory} disabled={!snapshots.length}>
          Export
        </Button>
        <Button size="small" variant="outlined" onClick={() => fileInput.current?.click()}>
          Import
        </Button>
        <Button size="small" color="error" onClick={() => setConfirmClear(true)} disabled={!snapshots.length}>
          Clear
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="History file to import"
          data-testid="history-file-input"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </Stack>
      {result && <HistoryImportResult result={result} onClose={() => setResult(undefined)} />}
      <HistoryLoadState history={history}>
        <Today snapshots={snapshots} />
        <Trends snapshots={snapshots} />
      </HistoryLoadState>
      <Dialog open={confirmClear} onClose={() => setConfirmClear(false)}>
        <DialogTitle>Clear the history in this browser?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {`All ${snapshots.length} snapshots of this tenant are deleted from this browser. Export them first if you may want them back.`}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmClear(false)}>Cancel</Button>
          <Button
            color="error"
            onClick={() => {
              setConfirmClear(false);
              setResult(undefined);
              clearer.mutate();
            }}
          >
            Clear history
          </Button>
        </DialogActions>
      </Dialog>
    </ChartCard>
  );
}
