import { useMemo } from 'react';
import {
  findPrivilegedAdmins,
  summarizePrivilegedCoverage,
  type PrivilegedCoverage,
} from '../../../lib/posture/privileged-coverage.ts';
import { useRegistrationScan } from '../../../lib/reports/registration-scan.ts';
import { useDirectoryRolesOfUsers } from './directory-roles-of-users.ts';
import { useRoleEligibilityInstances } from './role-eligibility-instances.ts';

/**
 * The three sources of the privileged lens: the registration scan (methods and `isAdmin`), the admins'
 * active roles, and PIM eligibilities. Roles are read only for the admins the scan found, once it ends.
 */
export function usePrivilegedCoverageData() {
  const scan = useRegistrationScan();
  const eligibility = useRoleEligibilityInstances();
  const adminIds = useMemo(
    () =>
      scan.scanning ? [] : scan.rows.filter((r) => r.isAdmin === true && r.id).map((r) => r.id as string),
    [scan.scanning, scan.rows],
  );
  const roles = useDirectoryRolesOfUsers(adminIds, !scan.scanning);
  const rolesSettled = adminIds.length === 0 || roles.isSuccess || roles.isError;
  const ready = !scan.scanning && !scan.query.isError && rolesSettled && !eligibility.isPending;

  const coverage: PrivilegedCoverage | undefined = useMemo(() => {
    if (!ready) return undefined;
    const eligible = eligibility.data;
    const admins = findPrivilegedAdmins(scan.rows, { active: roles.data?.roles, eligible });
    const reportIds = new Set(scan.rows.map((r) => r.id).filter((id): id is string => Boolean(id)));
    return summarizePrivilegedCoverage(admins, eligible?.keys() ?? [], reportIds);
  }, [ready, scan.rows, roles.data, eligibility.data]);

  return { scan, roles, eligibility, coverage };
}
