import { toCount } from './feature-kpis.ts';

/** One row of the legacy getCredentialUserRegistrationCount collection (graph-contract.md §3.10). */
export interface CredentialUserRegistrationCount {
  id?: string;
  totalUserCount?: number | string;
  userRegistrationCounts?: {
    registrationStatus?: string;
    registrationCount?: number | string;
    // The docs' sample keys (§9.6); accepted so a service that follows the sample still reads.
    userRegistrationStatus?: string;
    userRegistationCount?: number | string;
  }[];
}

export interface LegacyRegistrationCounts {
  total: number;
  statuses: { status: string; label: string; count: number }[];
}

const LABELS: Record<string, string> = {
  registered: 'SSPR registered',
  enabled: 'SSPR enabled',
  capable: 'SSPR capable',
  mfaRegistered: 'MFA registered',
};
const ORDER = Object.keys(LABELS);

/** The four documented statuses in order (zero when missing), then any status the service adds. */
export function legacyRegistrationCounts(
  row: CredentialUserRegistrationCount | undefined,
): LegacyRegistrationCounts | undefined {
  if (!row) return undefined;
  const counts = new Map<string, number>();
  for (const c of row.userRegistrationCounts ?? []) {
    const status = c.registrationStatus ?? c.userRegistrationStatus;
    if (status) counts.set(status, toCount(c.registrationCount ?? c.userRegistationCount));
  }
  const extra = [...counts.keys()].filter((s) => !ORDER.includes(s));
  return {
    total: toCount(row.totalUserCount),
    statuses: [...ORDER, ...extra].map((status) => ({
      status,
      label: LABELS[status] ?? status,
      count: counts.get(status) ?? 0,
    })),
  };
}
