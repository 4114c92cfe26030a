import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ScanRowPredicate } from '../../../domain/posture/privileged-coverage.ts';
import { usePrivilegedSources } from '../../../domain/posture/privileged-sources.ts';
import { policyGroupIds } from '../../../domain/posture/sms-voice/phone-scope.ts';
import {
  smsVoiceFigures,
  summarizeSmsVoiceRetirement,
  type RetirementSummary,
} from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { retirementFigures } from '../../../domain/posture/retirement-cohorts.ts';
import { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { useRecordSection } from '../lib/use-record-section.ts';
import { phonePolicyQuery } from './phone-policy.ts';
import { policyGroupsQuery } from './policy-groups.ts';

const NO_IDS: string[] = [];

/**
 * Everything the SMS and voice retirement reads: the registration scan (methods, admin flag, user type), the
 * authentication methods policy and the groups its Sms and Voice targets name, the admins' active roles and
 * PIM eligibilities (Global Administrators have a later date). Each may fail on its own; the summary says
 * what a failure means instead of counting on a guess. The day's snapshot sections are recorded from the same
 * figures.
 */
export function useRetirementFigures(isExcluded: ScanRowPredicate | undefined, exclusions: Exclusions) {
  const scan = useRegistrationScan();
  const policy = useQuery(phonePolicyQuery());
  const groupIds = useMemo(() => (policy.data ? policyGroupIds(policy.data) : NO_IDS), [policy.data]);
  const groups = useQuery({ ...policyGroupsQuery(groupIds), enabled: groupIds.length > 0 });
  const {
    roles,
    eligibility,
    settled: rolesSettled,
  } = usePrivilegedSources(scan.rows, {
    rowsComplete: !scan.scanning,
    read: true,
    readEligibility: true,
  });

  const policySettled = policy.isSuccess || policy.isError;
  const groupsSettled = groupIds.length === 0 || groups.isSuccess || groups.isError;
  const ready =
    !scan.scanning &&
    !scan.query.isError &&
    policySettled &&
    groupsSettled &&
    rolesSettled &&
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

  // The snapshot keeps what the Overview records: the registered methods alone, comparable every day.
  const figures = useMemo(
    () => (scan.scanning || !isExcluded ? undefined : retirementFigures(scan.rows, isExcluded)),
    [scan.scanning, scan.rows, isExcluded],
  );
  useRecordSection('retirement', scan.settled ? figures : undefined, exclusions);
  // The policy's view per outcome and per date, on days the page is opened by someone who can read the policy.
  const policyFigures = useMemo(() => (summary ? smsVoiceFigures(summary) : undefined), [summary]);
  useRecordSection('smsVoice', policyFigures, exclusions);

  return { scan, policy, groups, roles, eligibility, summary };
}
