import { request } from '@playwright/test';
import { E2E_EMULATOR_URL } from '../../playwright.config.ts';
import { tokenFor, type PersonaId } from './emulator.ts';

export interface ReportRow {
  id: string;
  userPrincipalName: string;
  userType: string;
  isAdmin: boolean;
  isMfaCapable: boolean;
  isSsprRegistered: boolean;
  isSsprEnabled: boolean;
  isSsprCapable: boolean;
  isPasswordlessCapable: boolean;
  methodsRegistered: string[];
}

/** Every row of the registration report, following Graph's nextLinks: the emulator's truth per user. */
export async function allRegistrationRows(persona: PersonaId = 'security-lead'): Promise<ReportRow[]> {
  const token = await tokenFor(persona);
  const ctx = await request.newContext({ ignoreHTTPSErrors: true });
  const rows: ReportRow[] = [];
  let link: string | undefined =
    `${E2E_EMULATOR_URL}/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=999`;
  while (link) {
    const response = await ctx.get(link, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok()) throw new Error(`GET ${link}: ${response.status()}`);
    const page = (await response.json()) as { value: ReportRow[]; '@odata.nextLink'?: string };
    rows.push(...page.value);
    link = page['@odata.nextLink'];
  }
  await ctx.dispose();
  return rows;
}

export const FEATURE_FLAGS = {
  mfaCapable: 'isMfaCapable',
  ssprRegistered: 'isSsprRegistered',
  ssprEnabled: 'isSsprEnabled',
  ssprCapable: 'isSsprCapable',
  passwordlessCapable: 'isPasswordlessCapable',
} as const;

/** The feature counts of a set of rows, as the Overview's tiles show them. */
export function featureCounts(
  rows: readonly ReportRow[],
): Record<keyof typeof FEATURE_FLAGS | 'total', number> {
  const counts = { total: rows.length } as Record<keyof typeof FEATURE_FLAGS | 'total', number>;
  for (const [feature, flag] of Object.entries(FEATURE_FLAGS))
    counts[feature as keyof typeof FEATURE_FLAGS] = rows.filter((r) => r[flag]).length;
  return counts;
}
