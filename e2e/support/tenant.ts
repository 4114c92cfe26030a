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

/** Every user, as a Global Administrator lists them (the tenant is under 1,000 users). */
export async function directoryUsers(): Promise<UserRow[]> {
  const users = await graphAs<{ value: UserRow[] }>(
    'global-admin',
    '/users?$select=id,displayName,userPrincipalName&$top=999',
  );
  return users.value;
}

/** Each user's role definition ids, from the tenant's role assignments. */
export async function rolesByUser(): Promise<(id: string) => string[]> {
  const assignments = await graphAs<{ value: { principalId: string; roleDefinitionId: string }[] }>(
    'global-admin',
    '/roleManagement/directory/roleAssignments',
  );
  return (id) => assignments.value.filter((a) => a.principalId === id).map((a) => a.roleDefinitionId);
}
