import { PERSONAS } from '../../emulator/tenant/personas.ts';
import { graphAs } from './emulator.ts';

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

/** Everyone holding a directory role: tests that change users leave them alone. */
export async function adminIds(): Promise<Set<string>> {
  const assignments = await graphAs<{ value: { principalId: string }[] }>(
    'global-admin',
    '/roleManagement/directory/roleAssignments',
  );
  return new Set(assignments.value.map((a) => a.principalId));
}
