import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { useDisabledUserIds } from './disabled-users.ts';
import { exclusionLines, hasExclusions, isExcluded, type Exclusions } from './exclusions.ts';
import { EXCLUSION_PARAMS, exclusionsFromSearchParams, withExclusionParams } from './exclusions-url.ts';

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The exclusions in the page address, ready to apply: `isExcludedRow` is undefined until the disabled
 * accounts are known (only read when they are excluded), so no figure is drawn counting them by mistake.
 */
export function useExclusionScope() {
  const [searchParams, setSearchParams] = useSearchParams();
  // Keyed on the exclusion parameters alone: picking a cohort or a tier must not recount every figure.
  const picked = new URLSearchParams();
  for (const name of EXCLUSION_PARAMS)
    for (const value of searchParams.getAll(name)) picked.append(name, value);
  const key = picked.toString();
  const exclusions = useMemo(() => exclusionsFromSearchParams(new URLSearchParams(key)), [key]);
  const disabled = useDisabledUserIds(Boolean(exclusions.disabled));
  const disabledIds = exclusions.disabled ? disabled.data : NO_IDS;
  const isExcludedRow = useMemo(
    () => (disabledIds ? (row: RegistrationScanRow) => isExcluded(row, exclusions, disabledIds) : undefined),
    [exclusions, disabledIds],
  );
  const setExclusions = useCallback(
    (next: Exclusions) => setSearchParams((params) => withExclusionParams(params, next)),
    [setSearchParams],
  );
  const lines = useMemo(() => exclusionLines(exclusions), [exclusions]);
  return {
    exclusions,
    lines,
    excluding: hasExclusions(exclusions),
    isExcludedRow,
    /** The disabled-accounts read, for its error and retry. */
    disabled,
    setExclusions,
  };
}
