import type { EmulatorState } from '../emulator-state.ts';
import type { UnconsentedScopeAnswer } from './consent-types.ts';

export type * from './consent-types.ts';

const lower = (scope: string) => scope.toLowerCase();

export function consentedScopes(state: EmulatorState, clientId: string): string[] {
  const revoked = state.consent.get(clientId)?.revoked ?? new Set<string>();
  return state.options.consentedScopes.filter((s) => !revoked.has(lower(s)));
}

/** Asked Graph scopes without consent. */
export function unconsentedScopes(state: EmulatorState, clientId: string, asked: string[]): string[] {
  const consented = new Set(consentedScopes(state, clientId).map(lower));
  return asked.filter((s) => !consented.has(lower(s)));
}

export function unconsentedAnswer(state: EmulatorState, clientId: string): UnconsentedScopeAnswer {
  return state.consent.get(clientId)?.answer ?? state.options.unconsentedScopeAnswer;
}

export function revokeConsent(
  state: EmulatorState,
  clientId: string,
  scopes: string[],
  answer?: UnconsentedScopeAnswer,
): void {
  const record = state.consent.get(clientId) ?? {
    revoked: new Set<string>(),
    answer: state.options.unconsentedScopeAnswer,
  };
  for (const scope of scopes) record.revoked.add(lower(scope));
  if (answer) record.answer = answer;
  state.consent.set(clientId, record);
}

/** The user accepted the consent page: the scopes are consented again for this app. */
export function grantConsent(state: EmulatorState, clientId: string, scopes: string[]): void {
  const record = state.consent.get(clientId);
  if (!record) return;
  for (const scope of scopes) record.revoked.delete(lower(scope));
}

/** Entra's text for AADSTS65001. */
export const consentRequiredText = (clientId: string) =>
  `The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource.`;
