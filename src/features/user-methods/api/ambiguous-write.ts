import { GraphError } from '../../../lib/graph/graph-error.ts';

/**
 * A write whose answer never arrived (dropped connection, gateway timeout, unreadable body) may or may not
 * have happened. Creating POSTs are not idempotent, so they are never simply sent again.
 */
export function isAmbiguousFailure(error: unknown): error is GraphError {
  return (
    error instanceof GraphError &&
    (error.status === 0 || error.status === 504 || error.code === 'InvalidResponse')
  );
}

const withNote = (error: GraphError, note: string) =>
  new GraphError({ ...error, message: `${error.message} ${note}` });

/**
 * After an ambiguous failure, re-read the user's state: resolves when the write did happen, and otherwise
 * throws the failure with what the re-read showed, so the agent knows whether sending again is safe.
 */
export async function settleAmbiguousWrite(
  error: unknown,
  wasApplied: () => Promise<boolean>,
  /** What the write creates, as in "no office phone was created". */
  subject: string,
  /** Set when a write that happened is still useless to the agent (a pass whose code was in the lost answer). */
  appliedButLost?: string,
): Promise<void> {
  if (!isAmbiguousFailure(error)) throw error;
  let applied: boolean;
  try {
    applied = await wasApplied();
  } catch {
    throw withNote(
      error,
      `Whether the ${subject} was created could not be checked: reload the page before trying again.`,
    );
  }
  if (!applied)
    throw withNote(error, `A fresh read shows no ${subject} was created: sending it again is safe.`);
  if (appliedButLost) throw withNote(error, appliedButLost);
}
