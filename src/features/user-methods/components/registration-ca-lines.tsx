import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { caPoliciesQuery } from '../../../domain/conditional-access/ca-policies-query.ts';
import {
  registrationBlocks,
  type CaPolicy,
} from '../../../domain/conditional-access/registration-strength.ts';
import { directoryRolesOfUsersQuery } from '../../../domain/roles/directory-roles-of-users.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { userGroupsQuery } from '../api/user-groups.ts';

const usesGroups = (policies: readonly CaPolicy[]) =>
  policies.some(
    (p) =>
      (p.conditions?.users?.includeGroups ?? []).length + (p.conditions?.users?.excludeGroups ?? []).length >
      0,
  );
const usesRoles = (policies: readonly CaPolicy[]) =>
  policies.some(
    (p) =>
      (p.conditions?.users?.includeRoles ?? []).length + (p.conditions?.users?.excludeRoles ?? []).length > 0,
  );

/**
 * Before a pass is issued for a passkey: the Conditional Access policies on "Register security information"
 * whose authentication strength a pass cannot meet (the bootstrap loop), when the operator's role may read
 * them; the user's groups and roles are read only when a policy names some.
 */
export function RegistrationCaLines({
  userId,
  userName,
  hasPasskey,
}: {
  userId: string;
  userName: string;
  hasPasskey: boolean;
}) {
  const policies = useQuery(caPoliciesQuery());
  const list = policies.data ?? [];
  const groups = useQuery({ ...userGroupsQuery(userId), enabled: usesGroups(list) });
  const roles = useQuery({ ...directoryRolesOfUsersQuery([userId]), enabled: usesRoles(list) });
  if (policies.isPending || (usesGroups(list) && groups.isPending) || (usesRoles(list) && roles.isPending))
    return null;
  if (policies.isError)
    return (
      <Alert severity="info" data-testid="ca-unknown">
        Conditional Access was not checked
        {policies.error instanceof GraphError && policies.error.status === 403
          ? ': reading its policies needs Policy.Read.All and the Security Reader, Global Reader or Conditional Access Administrator role'
          : ' (its policies could not be read)'}
        . A policy that asks for phishing-resistant MFA to register security info would stop the pass.
      </Alert>
    );
  const blocks = registrationBlocks(list, {
    id: userId,
    isGuest: false,
    groups: groups.data ? new Set(groups.data.keys()) : undefined,
    roles: roles.data
      ? new Set((roles.data.roles.get(userId) ?? []).flatMap((r) => (r ? [r] : [])))
      : undefined,
  });
  if (blocks.length === 0) return null;
  return (
    <Alert severity="error" data-testid="ca-blocks">
      {blocks.map((b) => (
        <div key={b.policy}>
          Conditional Access policy “{b.policy}” {b.certainty === 'mayApply' ? 'may require' : 'requires'} “
          {b.strength}” to register security info, and a Temporary Access Pass does not satisfy it
          {b.certainty === 'mayApply'
            ? ` (whether it reaches ${userName} depends on groups or roles not read)`
            : ''}
          .
        </div>
      ))}
      <div>
        {hasPasskey
          ? `${userName} can meet it only by signing in with a passkey they still have.`
          : `With a pass alone, ${userName} cannot register a passkey.`}{' '}
        Exclude them from the policy for the appointment, or have a Conditional Access Administrator use a
        custom strength that includes the pass (Entra’s “Bootstrap and recovery”).
      </div>
    </Alert>
  );
}
