import { useMemo } from 'react';
import {
  findPrivilegedAdmins,
  summarizePrivilegedCoverage,
  type PrivilegedCoverage,
  type ScanRowPredicate,
} from '../../../domain/posture/privileged-coverage.ts';
import { useRegistrationScan } from '../../../domain/reports/registration-scan.ts';
import { useDirectoryRolesOfUsers } from '../../../domain/roles/directory-roles-of-users.ts';
import { useRoleEligibilityInstances } from '../../../domain/roles/role-eligibility-instances.ts';

/**
 * The three sources of the privileged lens: the registration scan (methods and `isAdmin`), the admins'
 * active roles, and PIM eligibilities. Roles are read only for the admins the scan found, once it ends
 * (for all of them, so changing the exclusions never reads again). `isExcluded` is undefined while the
 * exclusions are not yet known (the disabled accounts), and the coverage waits for it.
 */
export function usePrivilegedCoverageData(isExcluded: ScanRowPredicate | undefined) {
  const scan = useRegistrationScan();
  const eligibility = useRoleEligibilityInstances();
  const adminIds = useMemo(
    () =>
      scan.scanning ? [] : scan.rows.filter((r) => r.isAdmin === true && r.id).map((r) => r.id as string),
    [scan.scanning, scan.rows],
  );
  const roles = useDirectoryRolesOfUsers(adminIds, !scan.scanning);
  const rolesSettled = adminIds.length === 0 || roles.isSuccess || roles.isError;
  const ready =
    !scan.scanning && !scan.query.isError && rolesSettled && !eligibility.isPending && Boolean(isExcluded);

  const coverage: PrivilegedCoverage | undefined = useMemo(() => {
    if (!ready) return undefined;
    const eligible = eligibility.data;
    const admins = findPrivilegedAdmins(scan.rows, { active: roles.data?.roles, eligible }, isExcluded);
    const reportIds = new Set(scan.rows.map((r) => r.id).filter((id): id is string => Boolean(id)));
    return summarizePrivilegedCoverage(admins, eligible?.keys() ?? [], reportIds);
  }, [ready, scan.rows, roles.data, eligibility.data, isExcluded]);

  /** The snapshot's figures: only when the active roles were read (a failed read would undercount tiers). */
  const complete = Boolean(coverage) && (adminIds.length === 0 || roles.isSuccess);
  return { scan, roles, eligibility, coverage, complete };
}
