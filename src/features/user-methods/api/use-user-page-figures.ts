import { useQuery } from '@tanstack/react-query';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import { accessFor, type Access } from '../../../domain/auth-methods/operator-access.ts';
import { resetPasswordVersion } from '../../../domain/auth-methods/reset-password-version.ts';
import { targetFacts } from '../../../domain/auth-methods/target-facts.ts';
import { useOperatorRoles } from '../../../domain/session/use-operator-roles.ts';
import type { ExistingPhone } from '../components/add-phone-dialog.tsx';
import type { TargetUser } from '../components/user-identity.ts';
import type { PhoneType } from '../lib/phone-number.ts';
import { userPageQuery } from './user-page-data.ts';

const CHECKING: Access = { allowed: false, reason: 'Checking your roles…' };

/**
 * Everything the user page shows and decides, from its one batch and the operator's roles: who the user is,
 * what the operator may do to them (unknown roles leave the decision to Graph; a dialog explains a 403), and
 * the facts the dialogs start from (phones, email, sign-in preferences).
 */
export function useUserPageFigures(id: string) {
  const page = useQuery(userPageQuery(id));
  const me = useOperatorRoles();
  const data = page.data;
  const user: TargetUser | undefined = data?.user.ok
    ? {
        id: data.user.data.id ?? id,
        displayName: data.user.data.displayName || data.user.data.userPrincipalName || id,
        upn: data.user.data.userPrincipalName ?? '',
      }
    : undefined;
  const target = data ? targetFacts(data.roles, data.memberships) : undefined;
  const access = (action: 'methods' | 'resetPassword') =>
    me.pending ? CHECKING : accessFor(me.operator, target, action);
  const methods = data?.methods.ok ? data.methods.data.value : [];
  const phones: ExistingPhone[] = methods
    .filter((m) => methodKindOf(m) === 'phone')
    .map((m) => m as { phoneType?: PhoneType; phoneNumber?: string })
    .filter((p): p is ExistingPhone => !!p.phoneType)
    .map((p) => ({ phoneType: p.phoneType, phoneNumber: p.phoneNumber ?? '' }));
  return {
    page,
    user,
    methodAccess: access('methods'),
    resetPasswordAccess: access('resetPassword'),
    resetPasswordVersion: resetPasswordVersion(me.operator, target),
    methods,
    hasPass: methods.some((m) => methodKindOf(m) === 'temporaryAccessPass'),
    phones,
    preferences: data?.preferences.ok ? data.preferences.data : undefined,
    emailAddress: methods
      .filter((m) => methodKindOf(m) === 'email')
      .map((m) => (m as { emailAddress?: string | null }).emailAddress ?? '')[0],
  };
}
