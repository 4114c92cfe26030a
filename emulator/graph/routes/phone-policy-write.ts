import type { MethodTarget, PhoneMethodPolicy, PhonePolicy } from '../../tenant/phone-policy.ts';
import { GraphHttpError } from '../graph-http-error.ts';

const badRequest = (message: string) => new GraphHttpError(400, 'badRequest', message);

function readTargets(value: unknown, name: string, sms: boolean): MethodTarget[] {
  if (!Array.isArray(value)) throw badRequest(`'${name}' must be a collection of targets.`);
  return value.map((raw: unknown) => {
    const t = raw as Record<string, unknown> | null;
    if (!t || typeof t.id !== 'string' || !t.id)
      throw badRequest(`Each of '${name}' needs an 'id' (a group id or 'all_users').`);
    const targetType = t.targetType ?? 'group';
    if (targetType !== 'group' && targetType !== 'user')
      throw badRequest(`'targetType' must be 'group' or 'user', not '${String(targetType)}'.`);
    if (t.isUsableForSignIn !== undefined && (typeof t.isUsableForSignIn !== 'boolean' || !sms))
      throw badRequest(`'isUsableForSignIn' is a Boolean of smsAuthenticationMethodTarget only.`);
    return {
      id: t.id,
      targetType,
      ...(sms ? { isUsableForSignIn: t.isUsableForSignIn === true } : {}),
    };
  });
}

/**
 * A PATCH of the Sms or Voice configuration (graph-docs-contrib authenticationmethodconfiguration-update.md):
 * state, include and exclude targets, and Voice's isOfficePhoneAllowed. Targets may name a group that no
 * longer exists, as Entra keeps such targets after a group is deleted. Unknown properties are refused.
 */
export function patchPhoneMethod(
  policy: PhonePolicy,
  id: 'sms' | 'voice',
  body: Record<string, unknown>,
): void {
  const config: PhoneMethodPolicy & { isOfficePhoneAllowed?: boolean } = policy[id];
  const known = new Set([
    'state',
    'includeTargets',
    'excludeTargets',
    ...(id === 'voice' ? ['isOfficePhoneAllowed'] : []),
  ]);
  for (const name of Object.keys(body))
    if (!name.startsWith('@odata.') && !known.has(name))
      throw badRequest(`Property '${name}' does not exist on the ${id} authentication method configuration.`);
  const next = { ...config };
  if (body.state !== undefined) {
    if (body.state !== 'enabled' && body.state !== 'disabled')
      throw badRequest(`'state' must be 'enabled' or 'disabled'.`);
    next.state = body.state;
  }
  if (body.includeTargets !== undefined)
    next.includeTargets = readTargets(body.includeTargets, 'includeTargets', id === 'sms');
  if (body.excludeTargets !== undefined)
    next.excludeTargets = readTargets(body.excludeTargets, 'excludeTargets', false);
  if (body.isOfficePhoneAllowed !== undefined) {
    if (typeof body.isOfficePhoneAllowed !== 'boolean')
      throw badRequest(`'isOfficePhoneAllowed' is a Boolean.`);
    next.isOfficePhoneAllowed = body.isOfficePhoneAllowed;
  }
  Object.assign(config, next);
}
