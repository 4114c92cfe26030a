import { csvLine } from '../../../lib/csv.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { familiesOf, USED_FOR_MFA_SERIES } from './registered-and-used.ts';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * The card's per-user evidence: for each user in view, per family, whether the report says they registered it
 * and whether the sign-in log shows them using it for MFA in the window. Built on demand from memory, never
 * stored; names are neutralised against formula injection like every export.
 */
export function registeredAndUsedCsv(
  rows: readonly RegistrationScanRow[],
  usage: ReadonlyMap<string, number>,
): string {
  const header = ['userPrincipalName', 'displayName', 'id'];
  for (const { key } of USED_FOR_MFA_SERIES) header.push(`${key}Registered`, `${key}UsedForMfa`);
  let text = csvLine(header);
  for (const row of rows) {
    const fields: unknown[] = [row.userPrincipalName, row.userDisplayName, row.id];
    for (const { has, used } of familiesOf(row, usage)) fields.push(yesNo(has), yesNo(used));
    text += csvLine(fields);
  }
  return text;
}
