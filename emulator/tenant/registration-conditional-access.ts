import { REGISTER_SECURITY_INFO, type ConditionalAccessPolicy } from './conditional-access.ts';
import type { TenantUser } from './model.ts';
import { passkeyRefusal } from './passkey-profiles.ts';
import type { PhonePolicy, SecurityGroup } from './phone-policy-types.ts';
import { transitiveUserIds } from './phone-policy.ts';

/**
 * Whether an enforced policy applies to the user (entra-docs concept-conditional-access-users-groups.md): an
 * exclusion overrides an inclusion; groups count through nesting; report-only and disabled policies are
 * evaluated but never enforced (concept-conditional-access-report-only.md).
 */
export function policyApplies(
  policy: ConditionalAccessPolicy,
  user: TenantUser,
  groups: readonly SecurityGroup[],
): boolean {
  if (policy.state !== 'enabled') return false;
  const inGroup = (ids: readonly string[]) =>
    ids.some((id) => transitiveUserIds(groups, id).includes(user.id));
  const guest = user.userType === 'guest';
  const { users } = policy;
  const excluded =
    users.excludeUsers.includes(user.id) ||
    (guest && users.excludeUsers.includes('GuestsOrExternalUsers')) ||
    inGroup(users.excludeGroups) ||
    users.excludeRoles.some((r) => user.roles.includes(r));
  if (excluded) return false;
  return (
    users.includeUsers.includes('All') ||
    users.includeUsers.includes(user.id) ||
    (guest && users.includeUsers.includes('GuestsOrExternalUsers')) ||
    inGroup(users.includeGroups) ||
    users.includeRoles.some((r) => user.roles.includes(r))
  );
}

/**
 * Why Conditional Access stops this user registering security info after signing in with a Temporary Access
 * Pass, or null: every enforced policy on "Register security information" that applies to them must be met
 * (concept-authentication-strength-how-it-works.md: "the user must satisfy all such authentication strengths"),
 * by the pass or by a passkey (one the profiles accept) or Windows Hello for Business they already have.
 */
export function registrationBlockedBy(
  policies: readonly ConditionalAccessPolicy[],
  user: TenantUser,
  phonePolicy: PhonePolicy,
): string | null {
  const { groups } = phonePolicy;
  // A passkey the passkey profiles refuse at sign-in cannot meet a strength either.
  const has = (kind: string) =>
    user.methods.some(
      (m) =>
        m.kind === kind && (m.kind !== 'fido2' || passkeyRefusal(phonePolicy, user.id, m, false) === null),
    );
  for (const policy of policies) {
    const strength = policy.authenticationStrength;
    if (!strength || !policy.includeUserActions.includes(REGISTER_SECURITY_INFO)) continue;
    if (!policyApplies(policy, user, groups)) continue;
    const combos = strength.allowedCombinations;
    const met =
      combos.some((c) => c.startsWith('temporaryAccessPass')) ||
      (combos.includes('fido2') && has('fido2')) ||
      (combos.includes('windowsHelloForBusiness') && has('windowsHelloForBusiness'));
    if (!met)
      return `Conditional Access policy "${policy.displayName}" requires the authentication strength "${strength.displayName}" to register security info, which a Temporary Access Pass does not satisfy`;
  }
  return null;
}
