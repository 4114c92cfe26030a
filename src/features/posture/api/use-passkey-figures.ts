import { useMemo } from 'react';
import { passkeyAdoption, passkeyFigures } from '../../../domain/posture/passkey-adoption.ts';
import type { ScanRowPredicate } from '../../../domain/posture/privileged-coverage.ts';
import { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { useRecordSection } from '../lib/use-record-section.ts';

/**
 * Who has which kind of passkey and who has none, from the registration report's one shared scan (no call of
 * its own); today's `passkeys` snapshot section is recorded from the same counts once every row is read.
 */
export function usePasskeyFigures(isExcluded: ScanRowPredicate | undefined, exclusions: Exclusions) {
  const scan = useRegistrationScan();
  const adoption = useMemo(
    () => (scan.scanning || !isExcluded ? undefined : passkeyAdoption(scan.rows, isExcluded)),
    [scan.scanning, scan.rows, isExcluded],
  );
  const figures = useMemo(() => adoption && passkeyFigures(adoption), [adoption]);
  useRecordSection('passkeys', scan.settled ? figures : undefined, exclusions);
  return { scan, adoption };
}
