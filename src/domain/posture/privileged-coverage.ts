import { classifyMethods } from '../auth-methods/method-strength.ts';
import { STRENGTH_CLASSES, type StrengthClass } from '../../../entra-facts/strength-classes.ts';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { isAdminRole } from '../session/role-names.ts';
import { ADMIN_TIERS, tierOfRoles, type AdminTier } from './admin-tiers.ts';

/** Role template ids per user id: active memberships, and PIM eligibilities when they could be read. */
export interface AdminRoleSources {
  active?: ReadonlyMap<string, readonly (string | null)[]>;
  eligible?: ReadonlyMap<string, readonly string[]>;
}

export interface PrivilegedAdmin {
  row: RegistrationScanRow;
  id: string;
  tier: AdminTier;
  strength: StrengthClass;
  activeRoles: (string | null)[];
  eligibleRoles: string[];
  /** Holds no active admin role: an admin only once they activate an eligible one. */
  eligibleOnly: boolean;
  unrecognised: string[];
}

export type CoverageCells = Record<AdminTier, Record<StrengthClass, number>>;

export interface PrivilegedCoverage {
  admins: PrivilegedAdmin[];
  cells: CoverageCells;
  tierTotals: Record<AdminTier, number>;
  classTotals: Record<StrengthClass, number>;
  total: number;
  /** Admins without a phishing-resistant method: the headline's N. */
  lackingPhishingResistant: number;
  eligibleOnly: number;
  /** Eligible principals the registration report has no row for (deleted, disabled or not a user). */
  eligibleNotInReport: number;
  unrecognised: { method: string; users: number }[];
}

export type ScanRowPredicate = (row: RegistrationScanRow) => boolean;

const byClass = (): Record<StrengthClass, number> => ({
  phishingResistant: 0,
  strong: 0,
  weakOnly: 0,
  none: 0,
});

/**
 * Every admin, from the report's `isAdmin` and from the role sources, classed by strongest method and
 * placed in a tier. Rows `isExcluded` says are out of scope are left out before anything is counted.
 */
export function findPrivilegedAdmins(
  rows: readonly RegistrationScanRow[],
  roles: AdminRoleSources,
  isExcluded?: ScanRowPredicate,
): PrivilegedAdmin[] {
  const admins: PrivilegedAdmin[] = [];
  for (const row of rows) {
    if (!row.id || isExcluded?.(row)) continue;
    const activeRoles = [...(roles.active?.get(row.id) ?? [])].filter(isAdminRole);
    const eligibleRoles = [...(roles.eligible?.get(row.id) ?? [])].filter(isAdminRole);
    const active = row.isAdmin === true || activeRoles.length > 0;
    if (!active && eligibleRoles.length === 0) continue;
    const { strength, unrecognised } = classifyMethods(row.methodsRegistered);
    admins.push({
      row,
      id: row.id,
      tier: tierOfRoles([...activeRoles, ...eligibleRoles]),
      strength,
      activeRoles,
      eligibleRoles,
      eligibleOnly: !active,
      unrecognised,
    });
  }
  return admins;
}

export function summarizePrivilegedCoverage(
  admins: readonly PrivilegedAdmin[],
  eligiblePrincipals: Iterable<string> = [],
  reportIds: ReadonlySet<string> = new Set(),
): PrivilegedCoverage {
  const cells = Object.fromEntries(ADMIN_TIERS.map((t) => [t, byClass()])) as CoverageCells;
  const tierTotals = Object.fromEntries(ADMIN_TIERS.map((t) => [t, 0])) as Record<AdminTier, number>;
  const classTotals = byClass();
  const unknown = new Map<string, number>();
  let eligibleOnly = 0;
  for (const admin of admins) {
    cells[admin.tier][admin.strength]++;
    tierTotals[admin.tier]++;
    classTotals[admin.strength]++;
    if (admin.eligibleOnly) eligibleOnly++;
    for (const m of admin.unrecognised) unknown.set(m, (unknown.get(m) ?? 0) + 1);
  }
  let eligibleNotInReport = 0;
  for (const id of new Set(eligiblePrincipals)) if (!reportIds.has(id)) eligibleNotInReport++;
  return {
    admins: [...admins],
    cells,
    tierTotals,
    classTotals,
    total: admins.length,
    lackingPhishingResistant: admins.length - classTotals.phishingResistant,
    eligibleOnly,
    eligibleNotInReport,
    unrecognised: [...unknown]
      .map(([method, users]) => ({ method, users }))
      .sort((a, b) => b.users - a.users || a.method.localeCompare(b.method)),
  };
}

/** Which admins a clicked number stands for: a tier or all, a strength class, "lacking" or all. */
export interface CoverageSelection {
  tier: AdminTier | 'all';
  strength: StrengthClass | 'lacking' | 'all';
}

export function selectAdmins(
  admins: readonly PrivilegedAdmin[],
  selection: CoverageSelection,
): PrivilegedAdmin[] {
  return admins.filter(
    (a) =>
      (selection.tier === 'all' || a.tier === selection.tier) &&
      (selection.strength === 'all' ||
        (selection.strength === 'lacking'
          ? a.strength !== 'phishingResistant'
          : a.strength === selection.strength)),
  );
}

/**
 * The figures a history snapshot keeps: plain numbers, keyed `total`, `lackingPhishingResistant`,
 * `eligibleOnly`, `<tier>` and `<tier>.<strengthClass>` (for example `globalAdmin.none`).
 */
export function privilegedCoverageFigures(
  rows: readonly RegistrationScanRow[],
  roles: AdminRoleSources,
  isExcluded?: ScanRowPredicate,
): Record<string, number> {
  const coverage = summarizePrivilegedCoverage(findPrivilegedAdmins(rows, roles, isExcluded));
  const figures: Record<string, number> = {
    total: coverage.total,
    lackingPhishingResistant: coverage.lackingPhishingResistant,
    eligibleOnly: coverage.eligibleOnly,
  };
  for (const tier of ADMIN_TIERS) {
    figures[tier] = coverage.tierTotals[tier];
    for (const cls of STRENGTH_CLASSES) figures[`${tier}.${cls}`] = coverage.cells[tier][cls];
  }
  return figures;
}
