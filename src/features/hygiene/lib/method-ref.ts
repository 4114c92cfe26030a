import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { kindLabel } from '../../../domain/auth-methods/method-catalogue.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';

interface NamedMethod {
  displayName?: string | null;
  phoneNumber?: string | null;
  emailAddress?: string | null;
}

/** Device name, number or address when the method has one; the kind otherwise. */
export function methodLabel(method: GraphMethod): string {
  const named = method as NamedMethod;
  const kind = methodKindOf(method);
  const own = named.displayName ?? named.phoneNumber ?? named.emailAddress;
  return own?.trim() ? own : kindLabel(kind);
}

export function refOf(user: ScannedUser, method: GraphMethod): MethodRef {
  return {
    userId: user.id,
    userDisplayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    methodId: method.id ?? '',
    kind: methodKindOf(method),
    label: methodLabel(method),
  };
}
