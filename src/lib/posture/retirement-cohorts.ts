import { classifyMethods } from '../method-strength.ts';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import type { ScanRowPredicate } from './privileged-coverage.ts';

/** Microsoft stops sending SMS and voice codes at the start of this day (UTC). */
export const SMS_VOICE_RETIREMENT = Date.UTC(2027, 1, 1);

/** The report's phone strings: each can receive SMS or voice codes (graph-contract.md §3.1). */
export const PHONE_METHODS: readonly string[] = ['mobilePhone', 'alternateMobilePhone', 'officePhone'];

/**
 * Who the retirement touches, each user in exactly one cohort, checked in this order:
 * passkey-ready (any phishing-resistant method), then phone + strong (Authenticator or OATH),
 * then phone-dependent (a phone and nothing stronger), then no phone.
 */
export type RetirementCohort = 'passkeyReady' | 'phoneWithStrong' | 'phoneDependent' | 'noPhone';

export const RETIREMENT_COHORTS: readonly RetirementCohort[] = [
  'phoneDependent',
  'phoneWithStrong',
  'passkeyReady',
  'noPhone',
];

export const RETIREMENT_COHORT_LABELS: Record<RetirementCohort, string> = {
  phoneDependent: 'At risk: phone is their only second factor',
  phoneWithStrong: 'Lose a factor, keep MFA',
  passkeyReady: 'Passkey-ready',
  noPhone: 'No phone method',
};

export const RETIREMENT_COHORT_RULES: Record<RetirementCohort, string> = {
  phoneDependent:
    'A phone (mobile, alternate mobile or office) and otherwise only email, security questions or nothing: no second factor left after the date. Methods this dashboard does not recognise are not counted as strong.',
  phoneWithStrong:
    'A phone plus Authenticator, an OATH code or an external method, but nothing phishing-resistant: they lose SMS and voice, and keep MFA.',
  passkeyReady:
    'A passkey, FIDO2 key, Windows Hello for Business, platform credential or certificate: ready, with or without a phone.',
  noPhone:
    'No phone method registered: the retirement does not change how they sign in (they may still have no MFA at all).',
};

const PHONES = new Set(PHONE_METHODS);

/** One user's cohort. The password and a Temporary Access Pass never count; unknown strings never count as strong. */
export function retirementCohortOf(
  methods: readonly (string | null | undefined)[] | null | undefined,
): RetirementCohort {
  const { strength } = classifyMethods(methods);
  if (strength === 'phishingResistant') return 'passkeyReady';
  const hasPhone = (methods ?? []).some((m) => m != null && PHONES.has(m));
  if (!hasPhone) return 'noPhone';
  return strength === 'strong' ? 'phoneWithStrong' : 'phoneDependent';
}

export interface RetirementUser {
  row: RegistrationScanRow;
  cohort: RetirementCohort;
  unrecognised: string[];
}

export interface RetirementSummary {
  users: RetirementUser[];
  counts: Record<RetirementCohort, number>;
  total: number;
  unrecognised: { method: string; users: number }[];
}

export function summarizeRetirement(
  rows: readonly RegistrationScanRow[],
  isExcluded?: ScanRowPredicate,
): RetirementSummary {
  const counts: Record<RetirementCohort, number> = {
    phoneDependent: 0,
    phoneWithStrong: 0,
    passkeyReady: 0,
    noPhone: 0,
  };
  const users: RetirementUser[] = [];
  const unknown = new Map<string, number>();
  for (const row of rows) {
    if (isExcluded?.(row)) continue;
    const cohort = retirementCohortOf(row.methodsRegistered);
    const { unrecognised } = classifyMethods(row.methodsRegistered);
    counts[cohort]++;
    users.push({ row, cohort, unrecognised });
    for (const m of unrecognised) unknown.set(m, (unknown.get(m) ?? 0) + 1);
  }
  return {
    users,
    counts,
    total: users.length,
    unrecognised: [...unknown]
      .map(([method, users]) => ({ method, users }))
      .sort((a, b) => b.users - a.users || a.method.localeCompare(b.method)),
  };
}

/** The figures a history snapshot keeps: `total` and one number per cohort name. */
export function retirementFigures(
  rows: readonly RegistrationScanRow[],
  isExcluded?: ScanRowPredicate,
): Record<string, number> {
  const { counts, total } = summarizeRetirement(rows, isExcluded);
  return { total, ...counts };
}

/** Time left until the retirement, whole units; all zero once it has passed. */
export function timeUntilRetirement(now: number): {
  days: number;
  hours: number;
  minutes: number;
  passed: boolean;
} {
  const left = Math.max(0, SMS_VOICE_RETIREMENT - now);
  const minutes = Math.floor(left / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
    passed: left === 0,
  };
}
