import type { UserRegistrationFeatureSummary } from '@microsoft/microsoft-graph-types-beta';

export interface FeatureKpi {
  feature: string;
  label: string;
  description: string;
  count: number;
  /** 0..1 of the total; null when the total is zero. */
  share: number | null;
}

const HEADLINE: { feature: string; label: string; description: string }[] = [
  {
    feature: 'mfaCapable',
    label: 'MFA capable',
    description: 'Registered a strong method that the authentication-methods policy allows.',
  },
  {
    feature: 'ssprRegistered',
    label: 'SSPR registered',
    description: 'Registered enough methods for self-service password reset (policy may still not allow it).',
  },
  {
    feature: 'ssprEnabled',
    label: 'SSPR enabled',
    description: 'Allowed to use self-service password reset by policy, registered or not.',
  },
  {
    feature: 'ssprCapable',
    label: 'SSPR capable',
    description: 'Registered enough methods for self-service password reset, and allowed to use it.',
  },
  {
    feature: 'passwordlessCapable',
    label: 'Passwordless capable',
    description: 'Registered a passkey, Windows Hello or Authenticator phone sign-in that policy allows.',
  },
];

/** Graph counts are Int64 and may arrive as numbers or numeric strings. */
export function toCount(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : 0;
  return Number.isFinite(n) ? n : 0;
}

/** The headline tiles: always the five features, zero when Graph leaves one out. */
export function featureKpis(summary: UserRegistrationFeatureSummary): { total: number; kpis: FeatureKpi[] } {
  const total = toCount(summary.totalUserCount);
  const counts = new Map(
    (summary.userRegistrationFeatureCounts ?? []).map((c) => [c.feature ?? '', toCount(c.userCount)]),
  );
  return {
    total,
    kpis: HEADLINE.map(({ feature, label, description }) => {
      const count = counts.get(feature) ?? 0;
      return { feature, label, description, count, share: total > 0 ? count / total : null };
    }),
  };
}
