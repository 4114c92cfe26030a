import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { usedKind } from '../../../domain/sign-ins/sign-in-scan.ts';

/**
 * Each family of methods the Overview compares, with the registration report's strings that register it
 * (docs/graph-notes.md §3.1) and the kind the sign-in log's steps map to (§12.2). OATH codes are one family:
 * the log names hardware and software tokens alike ("OATH verification code").
 */
const FAMILIES: readonly { kind: MethodKind; label: string; reportMethods: readonly string[] }[] = [
  {
    kind: 'fido2',
    label: 'Passkeys (FIDO2)',
    reportMethods: [
      'passKeyDeviceBound',
      'passKeyDeviceBoundAuthenticator',
      'passKeyDeviceBoundWindowsHello',
      'passKeySynced',
      'fido2SecurityKey',
    ],
  },
  {
    kind: 'windowsHelloForBusiness',
    label: 'Windows Hello for Business',
    reportMethods: ['windowsHelloForBusiness'],
  },
  {
    kind: 'platformCredential',
    label: 'Platform credential (macOS)',
    reportMethods: ['macOsSecureEnclaveKey'],
  },
  {
    kind: 'microsoftAuthenticator',
    label: 'Microsoft Authenticator',
    reportMethods: ['microsoftAuthenticatorPush', 'microsoftAuthenticatorPasswordless'],
  },
  {
    kind: 'softwareOath',
    label: 'OATH codes',
    reportMethods: ['softwareOneTimePasscode', 'hardwareOneTimePasscode'],
  },
  {
    kind: 'phone',
    label: 'Phone (SMS, voice)',
    reportMethods: ['mobilePhone', 'alternateMobilePhone', 'officePhone'],
  },
  { kind: 'temporaryAccessPass', label: 'Temporary Access Pass', reportMethods: ['temporaryAccessPass'] },
];

/** The families as trend series, in the card's order. */
export const USED_FOR_MFA_SERIES = FAMILIES.map((f) => ({ key: f.kind, label: f.label }));

/** The snapshot prefix of the used-for-MFA counts; the section is named by its window (`usedForMfa7d`). */
export const USED_FOR_MFA_SECTION = 'usedForMfa';

/**
 * Whether the user's sign-ins used the kind for multifactor authentication: as a second step, or as a first
 * step that is multifactor by itself (anything but a password or an SMS code).
 */
export function usedForMfa(bits: number | undefined, kind: MethodKind): boolean {
  if (usedKind(bits, kind, 'secondFactor')) return true;
  return kind !== 'password' && kind !== 'phone' && usedKind(bits, kind);
}

export interface RegisteredAndUsedRow {
  kind: MethodKind;
  label: string;
  registered: number;
  /** Users whose sign-ins used it for MFA in the window, registered in the report or not (yet). */
  used: number;
  /** Of the users who registered it, those who used it. */
  registeredAndUsed: number;
}

/** Per family: who registered it (the report's rows) and who used it for MFA (the sign-in scan's counts). */
export function registeredAndUsed(
  rows: readonly RegistrationScanRow[],
  usage: ReadonlyMap<string, number>,
): RegisteredAndUsedRow[] {
  const counts = FAMILIES.map((f) => ({
    kind: f.kind,
    label: f.label,
    registered: 0,
    used: 0,
    registeredAndUsed: 0,
  }));
  for (const row of rows)
    familiesOf(row, usage).forEach(({ has, used }, i) => {
      const entry = counts[i]!;
      if (has) entry.registered += 1;
      if (used) entry.used += 1;
      if (has && used) entry.registeredAndUsed += 1;
    });
  return counts;
}

/** One user, per family in order: whether the report says they registered it, and the log that they used it. */
export function familiesOf(
  row: RegistrationScanRow,
  usage: ReadonlyMap<string, number>,
): { kind: MethodKind; has: boolean; used: boolean }[] {
  const methods = new Set(row.methodsRegistered ?? []);
  const bits = row.id ? usage.get(row.id) : undefined;
  return FAMILIES.map((family) => ({
    kind: family.kind,
    has: family.reportMethods.some((m) => methods.has(m)),
    used: usedForMfa(bits, family.kind),
  }));
}

/** A snapshot's used-for-MFA section: users counted (`total`) and, per family, those who used it for MFA. */
export function usedForMfaFigures(
  rows: readonly RegistrationScanRow[],
  usage: ReadonlyMap<string, number>,
): Record<string, number> {
  const figures: Record<string, number> = { total: rows.length };
  for (const row of registeredAndUsed(rows, usage)) figures[row.kind] = row.used;
  return figures;
}
