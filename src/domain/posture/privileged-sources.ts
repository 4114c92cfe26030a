import { useMemo } from 'react';
import type { RegistrationScanRow } from '../reports/registration-scan.ts';
import { useDirectoryRolesOfUsers } from '../roles/directory-roles-of-users.ts';
import { useRoleEligibilityInstances } from '../roles/role-eligibility-instances.ts';
import type { AdminRoleSources } from './privileged-coverage.ts';

/**
 * What privileged coverage is counted from besides the registration scan: the admins' active roles (for every
 * admin the scan found, so changing the exclusions never reads again) and PIM eligibilities. One rule for the
 * lens pages and the Overview's snapshot: `settled` once both answered; `complete` once the active roles were
 * read, which the figures a snapshot keeps need (a failed read would put every admin in the lowest tier).
 * `rowsComplete`: the scan has finished (its admins are known). `read` / `readEligibility`: whether to ask
 * Graph; answers already cached count either way.
 */
export function usePrivilegedSources(
  rows: readonly RegistrationScanRow[],
  { rowsComplete, read, readEligibility }: { rowsComplete: boolean; read: boolean; readEligibility: boolean },
) {
  const adminIds = useMemo(
    () => (rowsComplete ? rows.filter((r) => r.isAdmin === true && r.id).map((r) => r.id as string) : []),
    [rowsComplete, rows],
  );
  const roles = useDirectoryRolesOfUsers(adminIds, rowsComplete && read);
  const eligibility = useRoleEligibilityInstances(readEligibility);
  const noAdmins = adminIds.length === 0;
  const eligibilitySettled = eligibility.isSuccess || eligibility.isError;
  const settled = rowsComplete && (noAdmins || roles.isSuccess || roles.isError) && eligibilitySettled;
  const coverageRoles: AdminRoleSources = useMemo(
    () => ({ active: roles.data?.roles, eligible: eligibility.data }),
    [roles.data, eligibility.data],
  );
  return { roles, eligibility, coverageRoles, settled, complete: settled && (noAdmins || roles.isSuccess) };
}
