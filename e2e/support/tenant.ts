import { PERSONAS } from '../../emulator/tenant/personas.ts';

/** A user as the tests list them from Graph. */
export interface UserRow {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
}

const PERSONA_ALIASES = new Set(PERSONAS.map((p) => p.alias.toLowerCase()));

/** The demo operators: tests that change users never pick them. */
export const isPersona = (user: { userPrincipalName: string }) =>
  PERSONA_ALIASES.has(user.userPrincipalName.split('@')[0]!.toLowerCase());
