import type { RouteSize } from './route-bundles.ts';

/**
 * Gzip budgets per route in kB of 1000 bytes (Vite's unit). `goal` is issue 6's target; `limit` is what
 * the build enforces today. They differ where the app is still over the goal: the limit is a ratchet just
 * above the measured size, so a regression fails the build while the gap stays visible in every report.
 * Lower a limit whenever a route gets smaller; never raise it to let a regression through.
 */
export interface Budget {
  name: string;
  goalKB: number;
  limitKB: number;
  /** Pages are priced on top of the shell's actual size. */
  overShell?: boolean;
}

export const BUDGETS: readonly Budget[] = [
  // Raised from 235 once, for features every page's first paint needs (issue 19): the menu marked by the
  // operator's roles, the choice of home, and the one "waiting for Graph's rate limit" line that was in three
  // pages' chunks. Lazy-loading the explanation and the notice was measured: each cost more than it saved.
  // Lowered to 237.5 when the account button drew its initials without MUI's Avatar (issue 21).
  { name: 'Shell', goalKB: 220, limitKB: 237.5 },
  // The Overview draws its figures before Recharts arrives; the goal is priced on both rows, the complete page too.
  { name: 'Overview', goalKB: 110, limitKB: 110, overShell: true },
  // Lowered from 173 to 157 when the scope controls became the browser's own selects (MUI's Select brought
  // Menu, Popover and Modal into the first download).
  { name: 'Overview + charts', goalKB: 110, limitKB: 157, overShell: true },
  { name: 'Users list', goalKB: 240, limitKB: 240, overShell: true },
];

export interface BudgetResult extends RouteSize {
  /** Bytes allowed by the goal and by the enforced limit, when the route has a budget. */
  goal?: number;
  limit?: number;
  overGoal: boolean;
  overLimit: boolean;
}

export function checkBudgets(
  sizes: readonly RouteSize[],
  budgets: readonly Budget[] = BUDGETS,
): BudgetResult[] {
  const shell = sizes.find((s) => s.name === 'Shell')?.bytes ?? 0;
  return sizes.map((size) => {
    const budget = budgets.find((b) => b.name === size.name);
    if (!budget) return { ...size, overGoal: false, overLimit: false };
    const base = budget.overShell ? shell : 0;
    const goal = base + budget.goalKB * 1000;
    const limit = base + budget.limitKB * 1000;
    return { ...size, goal, limit, overGoal: size.bytes > goal, overLimit: size.bytes > limit };
  });
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The budget in words: "shell + 110 kB = 404.7 kB". */
export function describeBudget(result: BudgetResult, budgets: readonly Budget[] = BUDGETS): string {
  const budget = budgets.find((b) => b.name === result.name);
  if (!budget || result.goal === undefined || result.limit === undefined) return 'no budget';
  const phrase = (kb: number, bytes: number) =>
    budget.overShell ? `shell + ${kb} kB = ${kB(bytes)}` : kB(bytes);
  const goal = `goal ${phrase(budget.goalKB, result.goal)}`;
  return budget.limitKB === budget.goalKB
    ? goal
    : `${goal}; enforced ${phrase(budget.limitKB, result.limit)}`;
}

export function verdict(result: BudgetResult): string {
  return result.overLimit ? 'OVER LIMIT' : result.overGoal ? 'over goal' : result.goal ? 'ok' : '';
}
