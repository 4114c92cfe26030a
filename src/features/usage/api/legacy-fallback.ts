import { GraphError } from '../../../lib/graph/graph-error.ts';

/**
 * The legacy credential reports are deprecated and may be gone (404): then their replacement answers.
 * Any other failure is the legacy report's own and is reported as such.
 */
export async function legacyOrReplacement<T>(
  legacy: () => Promise<T>,
  replacement: () => Promise<T>,
): Promise<T> {
  try {
    return await legacy();
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 404) throw error;
  }
  return replacement();
}

// Newer method names arrive only when asked for (graph-contract.md §3.9).
export const EVOLVABLE_ENUMS = { Prefer: 'include-unknown-enum-members' };
