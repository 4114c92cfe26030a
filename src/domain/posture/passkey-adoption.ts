import { classifyMethods } from '../auth-methods/method-strength.ts';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import type { ScanRowPredicate } from './privileged-coverage.ts';

/**
 * The kinds of passkey the registration report names (docs/graph-notes.md §3.1, docs/passkeys.md): a user is
 * counted under each kind they registered. `fido2SecurityKey` is the report's older word for a security key.
 */
export const PASSKEY_KINDS = [
  {
    key: 'securityKey',
    label: 'Security keys',
    rule: 'A device-bound passkey on a FIDO2 security key.',
    methods: ['passKeyDeviceBound', 'fido2SecurityKey'],
  },
  {
    key: 'authenticator',
    label: 'In Microsoft Authenticator',
    rule: 'A device-bound passkey in the Authenticator app on a phone.',
    methods: ['passKeyDeviceBoundAuthenticator'],
  },
  {
    key: 'windows',
    label: 'Entra passkeys on Windows',
    rule: 'A device-bound passkey kept by Windows Hello (preview).',
    methods: ['passKeyDeviceBoundWindowsHello'],
  },
  {
    key: 'synced',
    label: 'Synced passkeys',
    rule: 'A passkey a provider syncs across devices (iCloud Keychain, Google Password Manager, …).',
    methods: ['passKeySynced'],
  },
] as const;

export type PasskeyKind = (typeof PASSKEY_KINDS)[number]['key'];

/** Who has no passkey yet, in the order to move them: admins, then users whose only MFA is a phone or email. */
export const NO_PASSKEY_COHORTS = [
  {
    key: 'noneAdmins',
    label: 'Admins without a passkey',
    rule: 'The report flags them as admins; they are the first to move.',
  },
  {
    key: 'noneWeakOnly',
    label: 'Only SMS, voice or email',
    rule: 'Not admins; their strongest method can be phished and retires or weakens first.',
  },
  {
    key: 'noneOthers',
    label: 'Everyone else without one',
    rule: 'Not admins; an app, an OATH code, Windows Hello for Business, or nothing at all.',
  },
] as const;

export type PasskeyCohort = 'any' | PasskeyKind | (typeof NO_PASSKEY_COHORTS)[number]['key'];

export const PASSKEY_COHORTS: readonly PasskeyCohort[] = [
  'any',
  ...PASSKEY_KINDS.map((k) => k.key),
  ...NO_PASSKEY_COHORTS.map((c) => c.key),
];

export interface PasskeyAdoption {
  /** Users counted (after exclusions), and the admins among them. */
  total: number;
  admins: number;
  /** The users of each cohort, in the report's order. */
  cohorts: Record<PasskeyCohort, RegistrationScanRow[]>;
}

const KIND_OF = new Map<string, PasskeyKind>(
  PASSKEY_KINDS.flatMap((k) => k.methods.map((m) => [m, k.key] as const)),
);

/** Which cohorts each user is in: every kind they registered, or the one no-passkey cohort that fits them. */
export function passkeyAdoption(
  rows: readonly RegistrationScanRow[],
  isExcluded?: ScanRowPredicate,
): PasskeyAdoption {
  const cohorts = Object.fromEntries(PASSKEY_COHORTS.map((c) => [c, []])) as unknown as Record<
    PasskeyCohort,
    RegistrationScanRow[]
  >;
  let total = 0;
  let admins = 0;
  for (const row of rows) {
    if (isExcluded?.(row)) continue;
    total += 1;
    if (row.isAdmin) admins += 1;
    const kinds = new Set<PasskeyKind>();
    for (const method of row.methodsRegistered ?? []) {
      const kind = method ? KIND_OF.get(method) : undefined;
      if (kind) kinds.add(kind);
    }
    if (kinds.size > 0) {
      cohorts.any.push(row);
      for (const kind of kinds) cohorts[kind].push(row);
    } else if (row.isAdmin) cohorts.noneAdmins.push(row);
    else if (classifyMethods(row.methodsRegistered).strength === 'weakOnly') cohorts.noneWeakOnly.push(row);
    else cohorts.noneOthers.push(row);
  }
  return { total, admins, cohorts };
}

/** The snapshot's `passkeys` section: users in each cohort, and of each passkey kind the admins (`…Admins`). */
export function passkeyFigures(adoption: PasskeyAdoption): Record<string, number> {
  const figures: Record<string, number> = { total: adoption.total, admins: adoption.admins };
  for (const cohort of PASSKEY_COHORTS) {
    const rows = adoption.cohorts[cohort];
    figures[cohort] = rows.length;
    if (!cohort.startsWith('none')) figures[`${cohort}Admins`] = rows.filter((r) => r.isAdmin).length;
  }
  return figures;
}
