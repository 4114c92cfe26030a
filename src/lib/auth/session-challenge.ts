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
}

let pending: SessionChallenge | undefined;
const listeners = new Set<() => void>();

export function reportSessionChallenge(challenge: SessionChallenge): void {
  // Keep the first: its scopes and claims are what the failing request needs; later ones usually repeat it.
  if (pending) return;
  pending = challenge;
  for (const listener of listeners) listener();
}

export function clearSessionChallenge(): void {
  pending = undefined;
  for (const listener of listeners) listener();
}

export const currentSessionChallenge = (): SessionChallenge | undefined => pending;

export function subscribeSessionChallenge(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
