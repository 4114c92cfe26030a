import { PERSONAS } from '../../emulator/tenant/personas.ts';
import { graphAs, graphReader } from './emulator.ts';

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

/** Users whose administrative units or groups decide who may act on them, besides one who has neither. */
export interface DelegationTargets {
  /** In the Sales unit only. */
  salesMember: UserRow;
  /** In no unit and no role-assignable group. */
  outsider: UserRow;
  /** In a restricted management unit. */
  executive: UserRow;
  /** In a role-assignable group. */
  tier0Member: UserRow;
}

interface Membership {
  '@odata.type': string;
  displayName: string;
  isMemberManagementRestricted?: boolean;
  isAssignableToRole?: boolean;
}

/** Non-persona users without roles, sorted by their memberships as Graph lists them. */
export async function delegationTargets(): Promise<DelegationTargets> {
  const rolesOf = await rolesByUser();
  const found: Partial<DelegationTargets> = {};
  for (const user of (await directoryUsers()).filter((u) => !isPersona(u) && rolesOf(u.id).length === 0)) {
    const { value } = await graphAs<{ value: Membership[] }>(
      'global-admin',
      `/users/${user.id}/memberOf?$select=id,displayName,isMemberManagementRestricted,isAssignableToRole`,
    );
    const units = value.filter((m) => m['@odata.type'] === '#microsoft.graph.administrativeUnit');
    const grouped = value.some((m) => m.isAssignableToRole);
    if (grouped) found.tier0Member ??= user;
    else if (units.some((u) => u.isMemberManagementRestricted)) found.executive ??= user;
    else if (units.length === 1 && units[0]!.displayName === 'Sales') found.salesMember ??= user;
    else if (units.length === 0 && user.userPrincipalName.includes('#EXT#') === false)
      found.outsider ??= user;
    if (found.salesMember && found.outsider && found.executive && found.tier0Member)
      return found as DelegationTargets;
  }
  throw new Error('the tenant lacks a user of some delegation kind');
}

/** Members of restricted management units: out of reach of every directory-wide role, Global Administrator included. */
export async function restrictedUnitMemberIds(): Promise<Set<string>> {
  const units = await graphAs<{ value: { id: string; isMemberManagementRestricted: boolean }[] }>(
    'global-admin',
    '/directory/administrativeUnits?$select=id,isMemberManagementRestricted',
  );
  const ids = new Set<string>();
  for (const unit of units.value.filter((u) => u.isMemberManagementRestricted)) {
    const members = await graphAs<{ value: { id: string }[] }>(
      'global-admin',
      `/directory/administrativeUnits/${unit.id}/members?$select=id`,
    );
    for (const m of members.value) ids.add(m.id);
  }
  return ids;
}

/**
 * A plain member (a plain name, no persona, no role) holding a method of the given `@odata.type`, searched from
 * `from` (a share of the directory, 0 to 1), so specs that change different users pick from different places;
 * `accept` may turn a candidate down.
 */
export async function plainMemberWith(
  odataType: string,
  from: number,
  accept: (user: UserRow) => Promise<boolean> = async () => true,
): Promise<{ user: UserRow; methodId: string }> {
  const users = (await directoryUsers()).filter(
    (u) => /^[A-Za-z]+ [A-Za-z]+$/.test(u.displayName ?? '') && !isPersona(u),
  );
  const reader = await graphReader('privileged-helpdesk');
  const admins = await adminIds();
  for (const user of users.slice(Math.floor(users.length * from))) {
    if (admins.has(user.id)) continue;
    const methods = (
      await reader.get<{ value: { '@odata.type': string; id: string }[] }>(
        `/users/${user.id}/authentication/methods`,
        'beta',
      )
    ).value;
    const method = methods.find((m) => m['@odata.type'] === odataType);
    if (method && (await accept(user))) return { user, methodId: method.id };
  }
  throw new Error(`no plain member with a ${odataType}`);
}
