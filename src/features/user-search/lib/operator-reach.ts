import type { OperatorRoles } from '../../../domain/auth-methods/operator-access.ts';
import {
  REACH,
  REACHES_EVERYONE,
  UNIT_REACH,
  type ManageAction,
} from '../../../domain/auth-methods/who-may-act.ts';
import { roleName } from '../../../domain/session/role-names.ts';

/** One of the operator's roles, what it lets them do, and on whom (Entra's rules, who-may-act.ts). */
export interface ReachLine {
  role: string;
  /** The administrative unit a scoped role covers; undefined for a directory-wide role. */
  unit?: string;
  can: string;
  on: string;
}

const CAN: Record<'both' | ManageAction, string> = {
  both: 'Manage methods and reset passwords',
  methods: 'Manage methods',
  resetPassword: 'Reset passwords (not methods)',
};

function canOf(methods: boolean, password: boolean): string {
  return methods && password ? CAN.both : methods ? CAN.methods : CAN.resetPassword;
}

/** "users without admin roles, and admins holding only Directory Readers, Guest Inviter or …" */
function limitedAdmins(reach: readonly string[]): string {
  const names = reach.map((id) => roleName(id));
  return `users without admin roles, and admins whose only roles are among: ${names.join(', ')}`;
}

/** What each of the operator's roles reaches, directory-wide roles first; empty when none acts on users. */
export function reachLines(operator: OperatorRoles): ReachLine[] {
  const lines: ReachLine[] = [];
  for (const role of operator.directoryWide ?? []) {
    const id = role.templateId ?? '';
    if (REACHES_EVERYONE.includes(id)) {
      lines.push({ role: role.name, can: CAN.both, on: 'every user, admins included' });
      continue;
    }
    const methods = REACH.methods[id];
    const password = REACH.resetPassword[id];
    if (!methods && !password) continue;
    // The two lists are the same wherever a role has both (the Authentication Administrator).
    lines.push({
      role: role.name,
      can: canOf(!!methods, !!password),
      on: limitedAdmins((methods ?? password)!),
    });
  }
  if (operator.assignments?.known) {
    for (const scoped of operator.assignments.unitRoles) {
      const methods = UNIT_REACH.methods[scoped.templateId];
      const password = UNIT_REACH.resetPassword[scoped.templateId];
      const reach = methods ?? password;
      if (!reach) continue;
      const unit = scoped.unitName ?? `administrative unit ${scoped.unitId}`;
      const on =
        reach === 'everyone'
          ? `every member of ${unit}, admins included`
          : reach === 'nonAdmins'
            ? `members of ${unit} without admin roles`
            : `members of ${unit}: ${limitedAdmins(reach)}`;
      lines.push({ role: scoped.name, unit, can: canOf(!!methods, !!password), on });
    }
    for (const custom of operator.assignments.customRoles) {
      const grants = custom.grants;
      if (grants !== 'unknown' && !grants.methods && !grants.resetPassword) continue;
      lines.push({
        role: `${custom.name} (custom)`,
        can:
          grants === 'unknown'
            ? 'Perhaps manage methods or passwords'
            : canOf(grants.methods, grants.resetPassword),
        on: 'the users its scope names: Graph decides',
      });
    }
  }
  return lines;
}
