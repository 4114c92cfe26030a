import { useMemo } from 'react';
import type { Snapshot } from '../../../domain/history/snapshot.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { useSignInScan } from '../../../domain/sign-ins/sign-in-scan.ts';
import { signInSectionName } from '../../../domain/sign-ins/sign-in-snapshot.ts';
import { useToday } from '../../../domain/history/use-today.ts';
import { USED_FOR_MFA_SECTION, usedForMfaFigures } from './registered-and-used.ts';

const NONE: Snapshot['sections'] = {};

/**
 * The sign-in scan's share of today's snapshot: per family, the users who used it for MFA, counted over the
 * same rows as the other sections (`counted`, once the report is whole) and only from a scan that read its
 * whole window today. Aggregates only: the per-user bits stay in memory.
 */
export function useSignInSections(counted: readonly RegistrationScanRow[] | undefined): Snapshot['sections'] {
  const scan = useSignInScan();
  const name = signInSectionName(USED_FOR_MFA_SECTION, scan, useToday());
  return useMemo(
    () => (name && counted ? { [name]: usedForMfaFigures(counted, scan.usage) } : NONE),
    // The usage map grows in place; a finished scan no longer changes it, and `name` is set only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [name, counted, scan.usage, scan.revision],
  );
}
