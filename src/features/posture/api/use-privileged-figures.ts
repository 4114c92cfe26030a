import { useMemo } from 'react';
import {
  findPrivilegedAdmins,
  privilegedCoverageFigures,
  summarizePrivilegedCoverage,
  type PrivilegedCoverage,
  type ScanRowPredicate,
} from '../../../domain/posture/privileged-coverage.ts';
import { usePrivilegedSources } from '../../../domain/posture/privileged-sources.ts';
import { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { useRecordSection } from '../lib/use-record-section.ts';

/**
 * Every figure of the privileged lens, from one place: the registration scan (methods and `isAdmin`), the
 * admins' active roles and PIM eligibilities (usePrivilegedSources), counted after the exclusions; and the
 * day's snapshot section, recorded from the same figures. `isExcluded` is undefined while the exclusions are
 * not yet known (the disabled accounts), and the coverage waits for it.
 */
export function usePrivilegedFigures(isExcluded: ScanRowPredicate | undefined, exclusions: Exclusions) {
  const scan = useRegistrationScan();
  const { roles, eligibility, coverageRoles, settled, complete } = usePrivilegedSources(scan.rows, {
    rowsComplete: !scan.scanning,
    read: true,
    readEligibility: true,
  });
  const ready = settled && !scan.query.isError && Boolean(isExcluded);

  const coverage: PrivilegedCoverage | undefined = useMemo(() => {
    if (!ready) return undefined;
    const admins = findPrivilegedAdmins(scan.rows, coverageRoles, isExcluded);
    const reportIds = new Set(scan.rows.map((r) => r.id).filter((id): id is string => Boolean(id)));
    return summarizePrivilegedCoverage(admins, coverageRoles.eligible?.keys() ?? [], reportIds);
  }, [ready, scan.rows, coverageRoles, isExcluded]);

  const snapshotFigures = useMemo(
    () => (ready && complete ? privilegedCoverageFigures(scan.rows, coverageRoles, isExcluded) : undefined),
    [ready, complete, scan.rows, coverageRoles, isExcluded],
  );
  useRecordSection('privileged', scan.settled ? snapshotFigures : undefined, exclusions);
  return { scan, roles, eligibility, coverage };
}
