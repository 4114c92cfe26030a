import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { useDisabledUserIds } from './disabled-users.ts';
import { exclusionLines, hasExclusions, isExcluded, type Exclusions } from './exclusions.ts';
import { exclusionsFromSearchParams, withExclusionParams } from './exclusions-url.ts';

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The exclusions in the page address, ready to apply: `isExcludedRow` is undefined until the disabled
 * accounts are known (only read when they are excluded), so no figure is drawn counting them by mistake.
 */
export function useExclusionScope() {
  const [searchParams, setSearchParams] = useSearchParams();
  const exclusions = useMemo(() => exclusionsFromSearchParams(searchParams), [searchParams]);
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
