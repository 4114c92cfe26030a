import type { OperatorRoles } from './operator-access.ts';
import { ROLE_TEMPLATE } from '../../../entra-facts/role-templates.ts';

/**
 * Who may read other users' authentication methods (graph-docs-contrib authentication-list-methods.md, "for
 * other users": Global Reader, Authentication Administrator, Privileged Authentication Administrator; a Global
 * Administrator reads everything). Scoped to an administrative unit, the Authentication and Privileged
 * Authentication Administrators read that unit's members (admin-units-assign-roles.md).
 */
export const METHOD_READERS: readonly string[] = [
  ROLE_TEMPLATE.globalReader,
  ROLE_TEMPLATE.authenticationAdministrator,
  ROLE_TEMPLATE.privilegedAuthenticationAdministrator,
  ROLE_TEMPLATE.globalAdministrator,
];

/**
 * How far the operator reads other users' methods: `everyone` (a directory-wide reader), `some` (only an
 * administrative unit's members, or a custom role Graph decides for), `none`, `unseen` (no directory-wide
 * role reads them, and the role assignments that might could not be read), or undefined while unknown.
 */
export type MethodReadReach = 'everyone' | 'some' | 'none' | 'unseen';

export function methodReadReach(operator: OperatorRoles): MethodReadReach | undefined {
  const wide = operator.directoryWide;
  if (!wide) return undefined;
  if (wide.some((r) => r.templateId !== null && METHOD_READERS.includes(r.templateId))) return 'everyone';
  const assignments = operator.assignments;
  if (!assignments) return undefined;
  if (!assignments.known) return 'unseen';
  const scoped = assignments.unitRoles.some((r) =>
    [ROLE_TEMPLATE.authenticationAdministrator, ROLE_TEMPLATE.privilegedAuthenticationAdministrator].includes(
      r.templateId as never,
    ),
  );
  const custom = assignments.customRoles.some((c) => c.grants === 'unknown' || c.grants.methods);
  return scoped || custom ? 'some' : 'none';
}
