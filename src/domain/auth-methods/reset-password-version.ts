import { accessFor, type OperatorRoles, type TargetFacts } from './operator-access.ts';

/**
 * Which Graph version resets this user's password for this operator. v1.0 (Graph's production API) names the
 * Authentication and Privileged Authentication Administrators (v1.0 authenticationmethod-resetpassword.md): the
 * roles that manage methods, so v1.0 serves wherever the app's method rule lets this operator act on this user.
 * Beta also lets Helpdesk, Password and User Administrators reset within Entra's table, so it serves the rest,
 * and whatever the app cannot decide.
 */
export function resetPasswordVersion(
  operator: OperatorRoles | undefined,
  target: TargetFacts | undefined,
): 'v1.0' | 'beta' {
  const viaMethodRoles = accessFor(operator, target, 'methods');
  return operator?.directoryWide && target && viaMethodRoles.allowed && !viaMethodRoles.unknown
    ? 'v1.0'
    : 'beta';
}
