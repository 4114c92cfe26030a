import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ScanRowPredicate } from '../../../domain/posture/privileged-coverage.ts';
import { policyGroupIds } from '../../../domain/posture/sms-voice/phone-scope.ts';
import {
  summarizeSmsVoiceRetirement,
  type RetirementSummary,
} from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import { useDirectoryRolesOfUsers } from '../../../domain/roles/directory-roles-of-users.ts';
import { useRoleEligibilityInstances } from '../../../domain/roles/role-eligibility-instances.ts';
import { phonePolicyQuery } from './phone-policy.ts';
import { policyGroupsQuery } from './policy-groups.ts';

const NO_IDS: string[] = [];

/**
 * Everything the SMS and voice retirement reads: the registration scan (methods, admin flag, user type), the
 * authentication methods policy and the groups its Sms and Voice targets name, the admins' active roles and
 * PIM eligibilities (Global Administrators have a later date). Each may fail on its own; the summary says
 * what a failure means instead of counting on a guess.
 */
export function useSmsVoiceRetirementData(isExcluded: ScanRowPredicate | undefined) {
  const scan = useRegistrationScan();
  const policy = useQuery(phonePolicyQuery());
  const groupIds = useMemo(() => (policy.data ? policyGroupIds(policy.data) : NO_IDS), [policy.data]);
  const groups = useQuery({ ...policyGroupsQuery(groupIds), enabled: groupIds.length > 0 });
  const eligibility = useRoleEligibilityInstances();
  const adminIds = useMemo(
    () =>
      scan.scanning ? NO_IDS : scan.rows.filter((r) => r.isAdmin === true && r.id).map((r) => r.id as string),
    [scan.scanning, scan.rows],
  );
  const roles = useDirectoryRolesOfUsers(adminIds, !scan.scanning);

  const policySettled = policy.isSuccess || policy.isError;
  const groupsSettled = groupIds.length === 0 || groups.isSuccess || groups.isError;
  const rolesSettled = adminIds.length === 0 || roles.isSuccess || roles.isError;
  const ready =
    !scan.scanning &&
    !scan.query.isError &&
    policySettled &&
    groupsSettled &&
    rolesSettled &&
    !eligibility.isPending &&
    Boolean(isExcluded);

  const summary: RetirementSummary | undefined = useMemo(() => {
    if (!ready) return undefined;
    const groupMembers = new Map<string, Set<string>>();
    // A deleted group the policy still names reaches no one; a group that could not be read stays unknown.
    for (const group of groups.data ?? [])
      if ('members' in group) groupMembers.set(group.id, group.members);
      else if ('gone' in group) groupMembers.set(group.id, new Set());
    return summarizeSmsVoiceRetirement(
      scan.rows,
      {
        policy: policy.data,
        groupMembers,
        activeRoles: roles.isError ? undefined : roles.data?.roles,
        eligibleRoles: eligibility.data,
        tenantDomains: [],
      },
      isExcluded,
    );
  }, [ready, scan.rows, policy.data, groups.data, roles.isError, roles.data, eligibility.data, isExcluded]);

  return { scan, policy, groups, roles, eligibility, summary };
}
