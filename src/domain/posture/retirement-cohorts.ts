import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import type { ScanRowPredicate } from './privileged-coverage.ts';
import { ASSUMED_ENABLED, outcomeOf, type RetirementOutcome } from './sms-voice/retirement-outcome.ts';

/**
 * The outcomes the registered methods alone can tell, everyone assumed enabled for SMS and voice: what the
 * Overview records each day (cheap: no policy, group or role read), so the retirement's history grows even on
 * days nobody opens its page. The page itself places users by the policy (sms-voice/retirement-summary.ts).
 */
export const RECORDED_OUTCOMES: readonly RetirementOutcome[] = [
  'mustRegisterPasskey',
  'losesPhoneKeepsMfa',
  'passkeyReady',
  'noPhoneToLose',
];

/** The figures a history snapshot keeps: `total` and one number per recorded outcome. */
export function retirementFigures(
  rows: readonly RegistrationScanRow[],
  isExcluded?: ScanRowPredicate,
): Record<string, number> {
  const figures: Record<string, number> = Object.fromEntries(RECORDED_OUTCOMES.map((o) => [o, 0]));
  let total = 0;
  for (const row of rows) {
    if (isExcluded?.(row)) continue;
    total++;
    const { outcome } = outcomeOf(row.methodsRegistered, ASSUMED_ENABLED);
    figures[outcome] = (figures[outcome] ?? 0) + 1;
  }
  return { total, ...figures };
}
