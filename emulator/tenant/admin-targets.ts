import type { TenantUser } from './model.ts';
import { ROLE } from './roles.ts';

/**
 * Roles an Authentication Administrator may still act on (graph-contract.md §2.1): a user holding
 * only these counts as non-privileged for method management and password resets.
 */
const LIMITED_ROLES: ReadonlySet<string> = new Set([
  ROLE.authenticationAdministrator,
  ROLE.directoryReaders,
  ROLE.reportsReader,
  ROLE.passwordAdministrator,
  '95e79109-95c0-4d8e-aee3-d01accf2d47b', // Guest Inviter
  '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b', // Message Center Reader
  '75934031-6c7e-415a-99d7-48dbd49e875e', // Usage Summary Reports Reader
]);

/** Roles that may manage anyone's methods, admins included. */
export const UNRESTRICTED_METHOD_ADMINS: ReadonlySet<string> = new Set([
  ROLE.privilegedAuthenticationAdministrator,
  ROLE.globalAdministrator,
]);

/** Roles that may manage non-privileged users' methods. */
export const METHOD_ADMINS: ReadonlySet<string> = new Set([
  ...UNRESTRICTED_METHOD_ADMINS,
  ROLE.authenticationAdministrator,
]);

/** Roles that may read other users' methods. */
export const METHOD_READERS: ReadonlySet<string> = new Set([...METHOD_ADMINS, ROLE.globalReader]);

export function isLimitedTarget(target: TenantUser): boolean {
  return target.roles.every((r) => LIMITED_ROLES.has(r));
}

/** Can this operator manage the target's methods? Privileged roles anyone; Authentication Administrator limited targets only. */
export function canManageMethodsOf(operator: TenantUser, target: TenantUser): boolean {
  if (operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r))) return true;
  return operator.roles.includes(ROLE.authenticationAdministrator) && isLimitedTarget(target);
}

/** Authentication Administrators see other users' phone numbers masked (graph-contract.md §2.1). */
export function seesMaskedPhones(operator: TenantUser, target: TenantUser): boolean {
  if (operator.id === target.id) return false;
  return !operator.roles.some((r) => UNRESTRICTED_METHOD_ADMINS.has(r) || r === ROLE.globalReader);
}
