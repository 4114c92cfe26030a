import { csvLine } from '../../../lib/csv.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';

/**
 * One UPN per line under a `userPrincipalName` header: the shape a group's bulk-add import takes, so the
 * file can seed a registration campaign group. Formula starts are neutralised like every export.
 */
export function upnCsv(rows: readonly RegistrationScanRow[]): string {
  return (
    csvLine(['userPrincipalName']) +
    rows
      .map((r) => r.userPrincipalName)
      .filter((upn): upn is string => Boolean(upn))
      .map((upn) => csvLine([upn]))
      .join('')
  );
}
