import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import type { ScannedUser } from './finding-types.ts';

/** A scanned user for the rules' tests. */
export function userWith(id: string, methods: Record<string, unknown>[]): ScannedUser {
  return {
    id,
    displayName: `User ${id}`,
    userPrincipalName: `${id}@contoso.test`,
    methods: methods as GraphMethod[],
  };
}

export const TYPE = {
  authenticator: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  hello: '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
  fido2: '#microsoft.graph.fido2AuthenticationMethod',
  phone: '#microsoft.graph.phoneAuthenticationMethod',
  tap: '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
  password: '#microsoft.graph.passwordAuthenticationMethod',
  future: '#microsoft.graph.quantumTokenAuthenticationMethod',
} as const;
