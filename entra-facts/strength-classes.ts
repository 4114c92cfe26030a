/**
 * The names of the four strength classes a user falls in, strongest first (docs/graph-notes.md §3.1). Which
 * methods belong to which class is a rule, not a name: the app (src/domain/auth-methods/method-strength.ts)
 * and the tests (e2e/support/strength-rules.ts) each state it.
 */
export const STRENGTH_CLASSES = ['phishingResistant', 'strong', 'weakOnly', 'none'] as const;

export type StrengthClass = (typeof STRENGTH_CLASSES)[number];
