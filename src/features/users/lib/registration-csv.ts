import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { csvLine } from '../../../lib/csv.ts';

/**
 * Report rows to CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled). Values are Graph's raw strings so the file can be filtered and re-imported.
 */
type Column = { header: string; value: (row: UserRegistrationDetails) => unknown };

const list = (values: readonly unknown[] | null | undefined) => (values ?? []).join(';');

export const REGISTRATION_CSV_COLUMNS: readonly Column[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'userDisplayName', value: (r) => r.userDisplayName },
  { header: 'userPrincipalName', value: (r) => r.userPrincipalName },
  { header: 'userType', value: (r) => r.userType },
  { header: 'isAdmin', value: (r) => r.isAdmin },
  { header: 'isMfaRegistered', value: (r) => r.isMfaRegistered },
  { header: 'isMfaCapable', value: (r) => r.isMfaCapable },
  { header: 'isPasswordlessCapable', value: (r) => r.isPasswordlessCapable },
  { header: 'isSsprRegistered', value: (r) => r.isSsprRegistered },
  { header: 'isSsprEnabled', value: (r) => r.isSsprEnabled },
  { header: 'isSsprCapable', value: (r) => r.isSsprCapable },
  {
    header: 'isSystemPreferredAuthenticationMethodEnabled',
    value: (r) => r.isSystemPreferredAuthenticationMethodEnabled,
  },
  { header: 'methodsRegistered', value: (r) => list(r.methodsRegistered) },
  {
    header: 'systemPreferredAuthenticationMethods',
    value: (r) => list(r.systemPreferredAuthenticationMethods),
  },
  {
    header: 'userPreferredMethodForSecondaryAuthentication',
    value: (r) => r.userPreferredMethodForSecondaryAuthentication,
  },
  { header: 'defaultMfaMethod', value: (r) => r.defaultMfaMethod },
  { header: 'lastUpdatedDateTime', value: (r) => r.lastUpdatedDateTime },
];

export function registrationCsvHeader(): string {
  return csvLine(REGISTRATION_CSV_COLUMNS.map((c) => c.header));
}

/** One chunk of the file: the given rows, each ending in CRLF. */
export function registrationRowsToCsv(rows: readonly UserRegistrationDetails[]): string {
  return rows.map((row) => csvLine(REGISTRATION_CSV_COLUMNS.map((c) => c.value(row)))).join('');
}
