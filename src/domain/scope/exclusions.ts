/**
 * Cohorts the security lead leaves out of the figures, each with the written reason the charts show:
 * guests, disabled accounts, and named accounts (service or break-glass) by UPN.
 */
export interface CohortExclusion {
  reason: string;
}

export interface AccountExclusion {
  /** Lower-cased: UPNs compare case-insensitively in Entra. */
  upn: string;
  reason: string;
}

export interface Exclusions {
  guests?: CohortExclusion;
  disabled?: CohortExclusion;
  accounts: AccountExclusion[];
}

export const NO_EXCLUSIONS: Exclusions = { accounts: [] };

/** Long enough for a sentence and a ticket number; longer text is cut, not refused. */
export const MAX_REASON_LENGTH = 300;
/** A URL stays shareable and a snapshot small. */
export const MAX_EXCLUDED_ACCOUNTS = 50;
// Entra's UPN characters (guests' #EXT# included) and 113 characters at most, 64 before the @.
const MAX_UPN_LENGTH = 113;
const UPN = /^[a-z0-9'._!#^~-]{1,64}@[a-z0-9.-]{1,48}$/;

/** A reason as stored: control characters dropped, whitespace collapsed, cut to the maximum. */
export function normaliseReason(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;
}

export function normaliseUpn(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const upn = raw.trim().toLowerCase();
  return upn.length <= MAX_UPN_LENGTH && UPN.test(upn) ? upn : undefined;
}

/**
 * Checks loose input (URL, imported file, form) into Exclusions: an entry without a valid reason or
 * UPN is dropped, duplicates keep the first, and the account list is capped.
 */
export function normaliseExclusions(input: {
  guests?: unknown;
  disabled?: unknown;
  accounts?: readonly { upn?: unknown; reason?: unknown }[];
}): Exclusions {
  const cohort = (raw: unknown): CohortExclusion | undefined => {
    const reason = normaliseReason(raw);
    return reason ? { reason } : undefined;
  };
  const seen = new Set<string>();
  const accounts: AccountExclusion[] = [];
  for (const entry of input.accounts ?? []) {
    const upn = normaliseUpn(entry.upn);
    const reason = normaliseReason(entry.reason);
    if (!upn || !reason || seen.has(upn)) continue;
    seen.add(upn);
    accounts.push({ upn, reason });
    if (accounts.length === MAX_EXCLUDED_ACCOUNTS) break;
  }
  const guests = cohort(input.guests);
  const disabled = cohort(input.disabled);
  return { ...(guests && { guests }), ...(disabled && { disabled }), accounts };
}

export function hasExclusions(exclusions: Exclusions): boolean {
  return Boolean(exclusions.guests || exclusions.disabled || exclusions.accounts.length);
}

/** What a row needs for the predicate: the registration report's fields. */
export interface ExclusionRow {
  id?: string | null;
  userPrincipalName?: string | null;
  userType?: string | null;
}

/** Why a user is left out, or undefined when it counts. `disabledIds` comes from /users (accountEnabled eq false). */
export function exclusionReason(
  row: ExclusionRow,
  exclusions: Exclusions,
  disabledIds: ReadonlySet<string> = new Set(),
): string | undefined {
  if (exclusions.guests && row.userType?.toLowerCase() === 'guest') return exclusions.guests.reason;
  if (exclusions.disabled && row.id && disabledIds.has(row.id)) return exclusions.disabled.reason;
  const upn = row.userPrincipalName?.toLowerCase();
  if (upn) return exclusions.accounts.find((a) => a.upn === upn)?.reason;
  return undefined;
}

export function isExcluded(
  row: ExclusionRow,
  exclusions: Exclusions,
  disabledIds: ReadonlySet<string> = new Set(),
): boolean {
  return exclusionReason(row, exclusions, disabledIds) !== undefined;
}

/** One line per exclusion, for the note under every chart. */
export function exclusionLines(exclusions: Exclusions): { label: string; reason: string }[] {
  return [
    ...(exclusions.guests ? [{ label: 'Guests', reason: exclusions.guests.reason }] : []),
    ...(exclusions.disabled ? [{ label: 'Disabled accounts', reason: exclusions.disabled.reason }] : []),
    ...exclusions.accounts.map((a) => ({ label: a.upn, reason: a.reason })),
  ];
}
