import { markUserChanged } from '../../../tenant/registration-details.ts';
import type { AuthMethod, DefaultMethod, Tenant, TenantUser } from '../../../tenant/model.ts';
import { ruleViolation } from './method-errors.ts';

/** The default-method values that depend on a stored method. */
function defaultsBackedBy(method: AuthMethod): DefaultMethod[] {
  if (method.kind === 'microsoftAuthenticator') return ['push'];
  if (method.kind === 'softwareOath') return ['oath'];
  if (method.kind !== 'phone') return [];
  return method.phoneType === 'mobile'
    ? ['sms', 'voiceMobile']
    : method.phoneType === 'alternateMobile'
      ? ['voiceAlternateMobile']
      : ['voiceOffice'];
}

/** After a removal, Entra falls back to the strongest remaining default (or none). */
export function fallbackDefault(user: TenantUser): DefaultMethod {
  const has = (pred: (m: AuthMethod) => boolean) => user.methods.some(pred);
  if (has((m) => m.kind === 'microsoftAuthenticator')) return 'push';
  if (has((m) => m.kind === 'phone' && m.phoneType === 'mobile')) return 'sms';
  if (has((m) => m.kind === 'softwareOath')) return 'oath';
  if (has((m) => m.kind === 'phone' && m.phoneType === 'alternateMobile')) return 'voiceAlternateMobile';
  if (has((m) => m.kind === 'phone' && m.phoneType === 'office')) return 'voiceOffice';
  return 'none';
}

/** Applies Graph's delete rules (docs/graph-notes.md §4.2, §4.11), then removes the method. */
export function deleteMethod(tenant: Tenant, user: TenantUser, method: AuthMethod, now: number): void {
  if (method.kind === 'password')
    throw ruleViolation('The password method cannot be deleted. Reset the password instead.');
  if (method.kind === 'phone') {
    if (defaultsBackedBy(method).includes(user.defaultMethod)) {
      throw ruleViolation(
        "This phone is the user's default sign-in method and cannot be deleted. Change the default method first.",
      );
    }
    if (
      method.phoneType === 'mobile' &&
      user.methods.some((m) => m.kind === 'phone' && m.phoneType === 'alternateMobile')
    ) {
      throw ruleViolation(
        'The mobile phone cannot be deleted while an alternate mobile phone exists. Delete the alternate mobile phone first, or update the mobile number.',
      );
    }
  }
  user.methods = user.methods.filter((m) => m !== method);
  if (defaultsBackedBy(method).includes(user.defaultMethod)) user.defaultMethod = fallbackDefault(user);
  markUserChanged(tenant, user, now);
}
