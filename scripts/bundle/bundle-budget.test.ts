import { describe, expect, it } from 'vitest';
import { checkBudgets, describeBudget, verdict, type Budget } from './bundle-budget.ts';

const budgets: Budget[] = [
  { name: 'Shell', goalKB: 200, limitKB: 250 },
  { name: 'Page', goalKB: 100, limitKB: 100, overShell: true },
];

describe('checkBudgets', () => {
  it('prices pages on top of the shell’s actual size', () => {
    const [shell, page] = checkBudgets(
      [
        { name: 'Shell', bytes: 210_000, files: 3 },
        { name: 'Page', bytes: 310_000, files: 4 },
      ],
      budgets,
    );
    expect(shell).toMatchObject({ goal: 200_000, limit: 250_000, overGoal: true, overLimit: false });
    expect(page).toMatchObject({ goal: 310_000, limit: 310_000, overGoal: false, overLimit: false });
    expect(verdict(shell!)).toBe('over goal');
    expect(verdict(page!)).toBe('ok');
  });

  it('fails a route one byte over its limit', () => {
    const [, page] = checkBudgets(
      [
        { name: 'Shell', bytes: 100_000, files: 1 },
        { name: 'Page', bytes: 200_001, files: 2 },
      ],
      budgets,
    );
    expect(page?.overLimit).toBe(true);
    expect(verdict(page!)).toBe('OVER LIMIT');
  });

  it('leaves routes without a budget unjudged', () => {
    const [other] = checkBudgets([{ name: 'Other', bytes: 1e9, files: 1 }], budgets);
    expect(other).toMatchObject({ overGoal: false, overLimit: false });
    expect(describeBudget(other!, budgets)).toBe('no budget');
  });

  it('says both numbers while the enforced limit is above the goal', () => {
    const [shell, page] = checkBudgets(
      [
        { name: 'Shell', bytes: 1000, files: 1 },
        { name: 'Page', bytes: 2000, files: 1 },
      ],
      budgets,
    );
    expect(describeBudget(shell!, budgets)).toBe('goal 200.0 kB; enforced 250.0 kB');
    expect(describeBudget(page!, budgets)).toBe('goal shell + 100 kB = 101.0 kB');
  });
});
