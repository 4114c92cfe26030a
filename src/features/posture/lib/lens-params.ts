import { PASSKEY_COHORTS, type PasskeyCohort } from '../../../domain/posture/passkey-adoption.ts';
import { isStrengthClass } from '../../../domain/auth-methods/method-strength.ts';
import {} from '../../../../entra-facts/strength-classes.ts';
import { ADMIN_TIERS, type AdminTier } from '../../../domain/posture/admin-tiers.ts';
import type { CoverageSelection } from '../../../domain/posture/privileged-coverage.ts';
import { OUTCOMES, type RetirementOutcome } from '../../../domain/posture/sms-voice/retirement-outcome.ts';

/** `?tier=…&strength=…` on /privileged: which admins the user table shows; absent means none picked yet. */
export function coverageSelectionFrom(params: URLSearchParams): CoverageSelection | undefined {
  const tier = params.get('tier');
  const strength = params.get('strength');
  if (tier === null && strength === null) return undefined;
  return {
    tier: ADMIN_TIERS.includes(tier as AdminTier) ? (tier as AdminTier) : 'all',
    strength: strength === 'lacking' || isStrengthClass(strength) ? strength : 'all',
  };
}

/** Keeps the page's other parameters (the exclusions above all), so a drill-down counts the same people. */
export function coverageSelectionHref(
  selection: CoverageSelection,
  current: URLSearchParams = new URLSearchParams(),
): string {
  const next = new URLSearchParams(current);
  next.set('tier', selection.tier);
  next.set('strength', selection.strength);
  return `?${next.toString()}#admins`;
}

export function cohortHref(
  cohort: RetirementOutcome,
  current: URLSearchParams = new URLSearchParams(),
): string {
  const next = new URLSearchParams(current);
  next.set('cohort', cohort);
  return `?${next.toString()}#cohort-users`;
}

/** `?cohort=…` on /retirement. */
export function cohortFrom(params: URLSearchParams): RetirementOutcome | undefined {
  const cohort = params.get('cohort');
  return OUTCOMES.includes(cohort as RetirementOutcome) ? (cohort as RetirementOutcome) : undefined;
}

/** `?cohort=…` on /passkeys; `any` when absent or not one of the page's. */
export function passkeyCohortFrom(params: URLSearchParams): PasskeyCohort {
  const cohort = params.get('cohort');
  return PASSKEY_COHORTS.includes(cohort as PasskeyCohort) ? (cohort as PasskeyCohort) : 'any';
}

export function passkeyCohortHref(cohort: PasskeyCohort, current: URLSearchParams): string {
  const next = new URLSearchParams(current);
  next.set('cohort', cohort);
  return `?${next.toString()}#passkey-users`;
}
