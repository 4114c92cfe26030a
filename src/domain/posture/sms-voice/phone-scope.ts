/**
 * Who the SMS and voice retirement reaches: users "enabled for SMS or Voice in the Entra Authentication
 * Methods Policy" (docs/sms-voice-retirement.md §2), from the Sms and Voice configurations' state and targets.
 * The legacy MFA settings are not readable through Graph: the page says so.
 */
export interface MethodTarget {
  id?: string | null;
  targetType?: string | null;
  /** Sms only: "true if users can use this method for primary authentication" (SMS sign-in). */
  isUsableForSignIn?: boolean | null;
}

export interface PhoneMethodConfig {
  state?: string | null;
  includeTargets?: readonly MethodTarget[] | null;
  excludeTargets?: readonly MethodTarget[] | null;
  /** Voice only: "true if users can register office phones". */
  isOfficePhoneAllowed?: boolean | null;
}

/** Is this user in this group (transitively)? undefined where the group's members could not be read. */
export type GroupMembership = (groupId: string) => boolean | undefined;

export interface PhoneEnablement {
  sms: boolean;
  smsSignIn: boolean;
  voice: boolean;
  officePhone: boolean;
}

const ALL_USERS = 'all_users';

/** true, false, or undefined when a group that decides it could not be read. */
function targeted(target: MethodTarget, userId: string, isMember: GroupMembership): boolean | undefined {
  if (target.id === ALL_USERS) return true;
  if (!target.id) return false;
  if (target.targetType === 'user') return target.id === userId;
  return isMember(target.id);
}

/** Any of these targets reaches the user; undefined when none does for sure and an unread group might. */
function anyTargets(
  targets: readonly MethodTarget[],
  userId: string,
  isMember: GroupMembership,
): { hit: MethodTarget | undefined; unknown: boolean } {
  let unknown = false;
  for (const target of targets) {
    const result = targeted(target, userId, isMember);
    if (result) return { hit: target, unknown: false };
    if (result === undefined) unknown = true;
  }
  return { hit: undefined, unknown };
}

/**
 * Enabled when the configuration is on, an include target reaches the user and no exclude target does
 * (exclusion wins, as for the registration campaign: "If a user is in a group that is excluded and a group
 * that is included, the user will be excluded"). 'unknown' where an unread group would decide.
 */
function enabledBy(
  config: PhoneMethodConfig | undefined,
  userId: string,
  isMember: GroupMembership,
): { on: boolean; via?: MethodTarget } | 'unknown' {
  if (!config || config.state !== 'enabled') return { on: false };
  const excluded = anyTargets(config.excludeTargets ?? [], userId, isMember);
  if (excluded.hit) return { on: false };
  const included = anyTargets(config.includeTargets ?? [], userId, isMember);
  if (excluded.unknown && (included.hit || included.unknown)) return 'unknown';
  if (included.hit) return { on: true, via: included.hit };
  return included.unknown ? 'unknown' : { on: false };
}

export function phoneEnablementOf(
  userId: string,
  policy: { sms?: PhoneMethodConfig; voice?: PhoneMethodConfig },
  isMember: GroupMembership,
): PhoneEnablement | 'unknown' {
  const sms = enabledBy(policy.sms, userId, isMember);
  const voice = enabledBy(policy.voice, userId, isMember);
  if (sms === 'unknown' || voice === 'unknown') return 'unknown';
  return {
    sms: sms.on,
    smsSignIn: sms.on && sms.via?.isUsableForSignIn === true,
    voice: voice.on,
    officePhone: voice.on && policy.voice?.isOfficePhoneAllowed === true,
  };
}

/** The group ids a policy's Sms and Voice targets name: the ones whose members the page must read. */
export function policyGroupIds(policy: { sms?: PhoneMethodConfig; voice?: PhoneMethodConfig }): string[] {
  const ids = new Set<string>();
  for (const config of [policy.sms, policy.voice])
    for (const target of [...(config?.includeTargets ?? []), ...(config?.excludeTargets ?? [])])
      if (target.id && target.id !== ALL_USERS && target.targetType !== 'user') ids.add(target.id);
  return [...ids];
}
