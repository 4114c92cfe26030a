/**
 * Which Conditional Access policies stop a user registering security info with a Temporary Access Pass, by the
 * app's reading of entra-docs: a policy on the "Register security information" user action that requires an
 * authentication strength without the pass (the built-in Passwordless and Phishing-resistant strengths:
 * concept-authentication-strengths.md) blocks a user who has no method of that strength
 * (concept-authentication-strength-how-it-works.md); only enabled policies are enforced (report-only ones are
 * not); an exclusion overrides an inclusion, groups count through nesting (concept-conditional-access-users-groups.md).
 */

/** The parts of a v1.0 conditionalAccessPolicy these rules read. */
export interface CaPolicy {
  id?: string | null;
  displayName?: string | null;
  state?: string | null;
  conditions?: {
    users?: {
      includeUsers?: string[] | null;
      excludeUsers?: string[] | null;
      includeGroups?: string[] | null;
      excludeGroups?: string[] | null;
      includeRoles?: string[] | null;
      excludeRoles?: string[] | null;
    } | null;
    applications?: { includeUserActions?: string[] | null } | null;
    /** Conditions beyond users and the action: set, they decide when the policy applies (so it "may"). */
    locations?: unknown;
    platforms?: unknown;
    devices?: unknown;
    signInRiskLevels?: string[] | null;
    userRiskLevels?: string[] | null;
  } | null;
  grantControls?: {
    authenticationStrength?: { displayName?: string | null; allowedCombinations?: string[] | null } | null;
  } | null;
}

export const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

/** What the app knows of the user: groups (transitive) and active role template ids, each undefined if unread. */
export interface CaSubject {
  id: string;
  isGuest: boolean;
  groups: ReadonlySet<string> | undefined;
  roles: ReadonlySet<string> | undefined;
}

export interface RegistrationBlock {
  policy: string;
  strength: string;
  /** `mayApply`: whether the policy reaches the user depends on groups or roles that were not read. */
  certainty: 'applies' | 'mayApply';
}

type Match = 'yes' | 'no' | 'unknown';

/** Whether the user holds any of `ids`; unknown when the policy names some and the user's were not read. */
const anyOf = (ids: readonly string[], held: ReadonlySet<string> | undefined): Match =>
  ids.length === 0 ? 'no' : !held ? 'unknown' : ids.some((id) => held.has(id)) ? 'yes' : 'no';

function matches(subject: CaSubject, users: string[], groups: string[], roles: string[]): Match {
  if (users.includes('All') || users.includes(subject.id)) return 'yes';
  if (subject.isGuest && users.includes('GuestsOrExternalUsers')) return 'yes';
  const inGroup = anyOf(groups, subject.groups);
  const inRole = anyOf(roles, subject.roles);
  if (inGroup === 'yes' || inRole === 'yes') return 'yes';
  return inGroup === 'unknown' || inRole === 'unknown' ? 'unknown' : 'no';
}

/** Location, platform, device or risk conditions: the app cannot tell whether they hold at the appointment. */
const otherConditions = (policy: CaPolicy) => {
  const c = policy.conditions;
  return Boolean(
    c?.locations ||
    c?.platforms ||
    c?.devices ||
    (c?.signInRiskLevels ?? []).length ||
    (c?.userRiskLevels ?? []).length,
  );
};

/**
 * The enforced policies a pass cannot meet that reach (or may reach) the user when they register a passkey.
 * `pass` is the kind being issued: a strength may allow a multi-use pass and not a one-time one.
 */
export function registrationBlocks(
  policies: readonly CaPolicy[],
  subject: CaSubject,
  pass: 'temporaryAccessPassOneTime' | 'temporaryAccessPassMultiUse',
): RegistrationBlock[] {
  const blocks: RegistrationBlock[] = [];
  for (const policy of policies) {
    if (policy.state !== 'enabled') continue;
    if (!(policy.conditions?.applications?.includeUserActions ?? []).includes(REGISTER_SECURITY_INFO))
      continue;
    const strength = policy.grantControls?.authenticationStrength;
    if (!strength) continue;
    if ((strength.allowedCombinations ?? []).includes(pass)) continue;
    const u = policy.conditions?.users ?? {};
    const excluded = matches(subject, u.excludeUsers ?? [], u.excludeGroups ?? [], u.excludeRoles ?? []);
    if (excluded === 'yes') continue;
    const included = matches(subject, u.includeUsers ?? [], u.includeGroups ?? [], u.includeRoles ?? []);
    if (included === 'no') continue;
    blocks.push({
      policy: policy.displayName?.trim() || `policy ${policy.id ?? ''}`,
      strength: strength.displayName?.trim() || 'an authentication strength',
      certainty: included === 'yes' && excluded === 'no' && !otherConditions(policy) ? 'applies' : 'mayApply',
    });
  }
  return blocks;
}
