import { useMemo, useState } from 'react';
import { dayOf, type Snapshot } from '../../../domain/history/snapshot.ts';
import { privilegedCoverageFigures } from '../../../domain/posture/privileged-coverage.ts';
import { usePrivilegedSources } from '../../../domain/posture/privileged-sources.ts';
import { retirementFigures } from '../../../domain/posture/retirement-cohorts.ts';
import { passkeyAdoption, passkeyFigures } from '../../../domain/posture/passkey-adoption.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';

const NO_ROWS: readonly RegistrationScanRow[] = [];

/** Whether today's snapshot could still gain the `privileged` section (the store's rule: same exclusions). */
export function needsPrivileged(
  snapshots: readonly Snapshot[],
  exclusions: Exclusions,
  now: number,
): boolean {
  const today = snapshots.find((s) => s.day === dayOf(now));
  if (!today) return true;
  return !('privileged' in today.sections) && JSON.stringify(today.exclusions) === JSON.stringify(exclusions);
}

/**
 * The lenses' sections of the Overview's snapshot: `retirement` and `passkeys` from the scan's rows (cheap), and
 * `privileged`, which needs the admins' roles: those are read only while today's snapshot lacks the
 * section, so a later visit the same day reads nothing. `rows` is the whole scan (admin ids as the lens
 * reads them, so both share the cache) and `counted` the rows left after the exclusions.
 */
export function useLensSections(
  snapshots: readonly Snapshot[] | undefined,
  rows: readonly RegistrationScanRow[] | undefined,
  counted: readonly RegistrationScanRow[],
  exclusions: Exclusions,
): Snapshot['sections'] | undefined {
  // The day the page opened, as the Overview's "today" line does.
  const [openedAt] = useState(() => Date.now());
  const need = Boolean(rows && snapshots && needsPrivileged(snapshots, exclusions, openedAt));
  const { coverageRoles, complete } = usePrivilegedSources(rows ?? NO_ROWS, {
    rowsComplete: Boolean(rows),
    read: need,
    readEligibility: need,
  });
  return useMemo((): Snapshot['sections'] | undefined => {
    if (!rows) return undefined;
    const retirement = retirementFigures(counted);
    const passkeys = passkeyFigures(passkeyAdoption(counted));
    if (!complete) return { retirement, passkeys };
    return { retirement, passkeys, privileged: privilegedCoverageFigures(counted, coverageRoles) };
  }, [rows, counted, complete, coverageRoles]);
}
