import { mayActOn } from '../../../tenant/admin-targets.ts';
import { findUser, type TenantUser } from '../../../tenant/model.ts';
import { requireScope } from '../../graph-caller.ts';
import { insufficientPrivileges, notFound } from '../../graph-http-error.ts';
import type { GraphRequest } from '../../graph-route.ts';
import { requireFreshMfa } from './fresh-mfa-rule.ts';

/** `/me/authentication/...` or `/users/{id|upn}/authentication/...` */
export const AUTH_ROOT = '^/(?:me|users/(?<user>[^/]+))/authentication';

export type MethodAccess = 'read' | 'write';

/**
 * Scopes that allow the call: the classic UserAuthenticationMethod.* family or the narrower
 * per-method family (docs/graph-notes.md §2), self forms only when acting on oneself.
 */
function acceptedScopes(access: MethodAccess, self: boolean, family: string | undefined): string[] {
  const names = (base: string) =>
    access === 'read'
      ? self
        ? [`${base}.Read`, `${base}.ReadWrite`, `${base}.Read.All`, `${base}.ReadWrite.All`]
        : [`${base}.Read.All`, `${base}.ReadWrite.All`]
      : self
        ? [`${base}.ReadWrite`, `${base}.ReadWrite.All`]
        : [`${base}.ReadWrite.All`];
  return [...names('UserAuthenticationMethod'), ...(family ? names(`UserAuthMethod-${family}`) : [])];
}

/** Finds the user the path names and checks scope, role and (for writes) the §2.1 target rules and fresh MFA. */
export function methodTarget(request: GraphRequest, access: MethodAccess, family?: string): TenantUser {
  const { caller, state, params } = request;
  const key = params.user ? decodeURIComponent(params.user) : undefined;
  const target = key === undefined ? caller.user : findUser(state.tenant, key);
  if (!target) throw notFound(key ?? '');
  const self = target.id === caller.user.id;
  requireScope(caller, acceptedScopes(access, self, family));
  if (!self) {
    const action = access === 'read' ? 'readMethods' : 'methods';
    if (!mayActOn(caller.user, target, state.tenant.delegation, action)) throw insufficientPrivileges();
  }
  // Once the caller may write at all: the body is checked after, so a probe's 400 still means "allowed".
  if (access === 'write') requireFreshMfa(request, self);
  return target;
}
