import { useMemo } from 'react';
import { methodReadReach } from '../../../domain/auth-methods/method-readers.ts';
import { useOperatorRoles } from '../../../domain/session/use-operator-roles.ts';
import { findingsCoverage } from '../lib/findings-coverage.ts';
import { findingsOf } from '../lib/findings.ts';
import { useScanState } from './scan-store.ts';

/**
 * Every figure of the hygiene page, from one place: the cohort scan as it stands, how far it reaches (the
 * operator's roles), how much of the cohort the findings cover, and the findings themselves (methods unused
 * for `days` days, duplicates, outstanding passes, shared phones).
 */
export function useHygieneFigures(days: number) {
  const scan = useScanState();
  const running = scan.status === 'listing' || scan.status === 'scanning';
  const { operator } = useOperatorRoles();
  const { scanned, updatedAt } = scan;
  const findings = useMemo(() => findingsOf(scanned, updatedAt, days), [scanned, updatedAt, days]);
  return {
    scan,
    running,
    operator,
    reach: methodReadReach(operator),
    coverage: findingsCoverage(scan.scanned.length, scan.failed.length, scan.total, running),
    findings,
  };
}
