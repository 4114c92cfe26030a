import type { UnifiedRoleEligibilityScheduleInstance } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { forEachPage } from '../../lib/graph/all-pages.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

type Instance = Pick<UnifiedRoleEligibilityScheduleInstance, 'id' | 'principalId' | 'roleDefinitionId'>;

/** Eligible role template ids per principal id. */
export type EligibleRoles = Map<string, string[]>;

/**
 * Every PIM eligibility of the tenant (docs/graph-notes.md §11.3), all pages. RoleManagement.Read.Directory
 * serves it too; Graph refuses it with 403 to operators outside the PIM reader roles and with
 * `AadPremiumLicenseRequired` to tenants without P2: the page says so and counts active roles only.
 */
export async function listRoleEligibilityInstances(signal: AbortSignal): Promise<EligibleRoles> {
  const eligible: EligibleRoles = new Map();
  await forEachPage<Instance>(
    '/roleManagement/directory/roleEligibilityScheduleInstances?$select=id,principalId,roleDefinitionId',
    { scopes: SCOPES.directoryRoleNames, signal },
    (instances) => {
      for (const instance of instances) {
        if (!instance.principalId || !instance.roleDefinitionId) continue;
        const list = eligible.get(instance.principalId) ?? [];
        if (!list.includes(instance.roleDefinitionId)) list.push(instance.roleDefinitionId);
        eligible.set(instance.principalId, list);
      }
    },
  );
  return eligible;
}

export const roleEligibilityInstancesQuery = () =>
  queryOptions({
    queryKey: graphKeys.roleEligibilityInstances(),
    queryFn: ({ signal }) => listRoleEligibilityInstances(signal),
    staleTime: 15 * 60_000,
  });

export function useRoleEligibilityInstances(enabled = true) {
  return useQuery({ ...roleEligibilityInstancesQuery(), enabled });
}
