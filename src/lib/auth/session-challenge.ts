/**
 * A pending "sign in again" request: Entra answered a token request with interaction_required, or Graph sent a
 * claims challenge. The shell shows it and answers it with a popup, so open dialogs keep their input.
 */
export interface SessionChallenge {
  scopes: readonly string[];
  /** The claims Graph asked for (Continuous Access Evaluation), when it was a claims challenge. */
  claims?: string;
  /** Permissions the app has no consent for (Entra's consent_required, or Graph's 403 with a token lacking them). */
  consentFor?: readonly string[];
  /** A credential write waits on it: Graph wants a recent MFA (lib/graph/fresh-mfa-step-up.ts); the operator may decline. */
  stepUp?: boolean;
}

/** The operator declined the step-up a credential write waited on: the write is not sent again. */
export class StepUpDeclinedError extends Error {
  constructor() {
    super(
      'The change was not sent: Microsoft Graph needs a multifactor sign-in within the last 10 minutes before authentication methods change, and it was not completed.',
    );
    this.name = 'StepUpDeclinedError';
  }
}

let pending: SessionChallenge | undefined;
const listeners = new Set<() => void>();
const waiters = new Set<{ resolve: () => void; reject: (error: Error) => void }>();

export function reportSessionChallenge(challenge: SessionChallenge): void {
  // Keep the first: its scopes and claims are what the failing request needs; later ones usually repeat it.
  if (pending) return;
  pending = challenge;
  for (const listener of listeners) listener();
}

/** The challenge was answered: whatever waited on it goes on. */
export function clearSessionChallenge(): void {
  settle((waiter) => waiter.resolve());
}

/** The operator declined (a step-up's "Cancel", or its dialog closed): whatever waited on it fails. */
export function withdrawSessionChallenge(): void {
  settle((waiter) => waiter.reject(new StepUpDeclinedError()));
}

function settle(each: (waiter: { resolve: () => void; reject: (error: Error) => void }) => void): void {
  pending = undefined;
  for (const waiter of waiters) each(waiter);
  waiters.clear();
  for (const listener of listeners) listener();
}

/** Resolves once the pending challenge is answered, rejects with StepUpDeclinedError once it is declined. */
export function sessionChallengeSettled(): Promise<void> {
  if (!pending) return Promise.resolve();
  return new Promise((resolve, reject) => waiters.add({ resolve, reject }));
}

export const currentSessionChallenge = (): SessionChallenge | undefined => pending;

export function subscribeSessionChallenge(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
