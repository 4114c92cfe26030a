import type { UnifiedRoleEligibilityScheduleInstance } from '@microsoft/microsoft-graph-types-beta';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { graphKeys } from '../../lib/graph/query-keys.ts';

interface InstancePage {
  value: Pick<UnifiedRoleEligibilityScheduleInstance, 'id' | 'principalId' | 'roleDefinitionId'>[];
  '@odata.nextLink'?: string;
}

/** Eligible role template ids per principal id. */
export type EligibleRoles = Map<string, string[]>;

/**
 * Every PIM eligibility of the tenant (docs/graph-notes.md §11.3), all pages. RoleManagement.Read.Directory
 * serves it too; Graph refuses it with 403 to operators outside the PIM reader roles and with
 * `AadPremiumLicenseRequired` to tenants without P2: the page says so and counts active roles only.
 */
export async function listRoleEligibilityInstances(signal: AbortSignal): Promise<EligibleRoles> {
  const eligible: EligibleRoles = new Map();
  let link: string | undefined =
    '/roleManagement/directory/roleEligibilityScheduleInstances?$select=id,principalId,roleDefinitionId';
  while (link) {
    const page: InstancePage = await graphGet<InstancePage>(link, {
      scopes: SCOPES.directoryRoleNames,
      signal,
    });
    for (const instance of page.value) {
      if (!instance.principalId || !instance.roleDefinitionId) continue;
      const list = eligible.get(instance.principalId) ?? [];
      if (!list.includes(instance.roleDefinitionId)) list.push(instance.roleDefinitionId);
      eligible.set(instance.principalId, list);
    }
    link = page['@odata.nextLink'];
  }
  return eligible;
}

export const roleEligibilityInstancesQuery = () =>
  queryOptions({
    queryKey: graphKeys.roleEligibilityInstances(),
    queryFn: ({ signal }) => listRoleEligibilityInstances(signal),
    staleTime: 15 * 60_000,
  });

export function useRoleEligibilityInstances() {
  return useQuery(roleEligibilityInstancesQuery());
}
