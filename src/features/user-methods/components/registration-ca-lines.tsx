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

const named = (policies: readonly CaPolicy[], field: 'Groups' | 'Roles') =>
  policies.some(
    (p) =>
      (p.conditions?.users?.[`include${field}`] ?? []).length +
        (p.conditions?.users?.[`exclude${field}`] ?? []).length >
      0,
  );

const READERS_HINT =
  ': reading its policies needs Policy.Read.All and the Security Reader, Security Administrator, Global Reader or Conditional Access Administrator role';

interface Props {
  userId: string;
  userName: string;
  /** Undefined while the user's passkeys are not known. */
  hasPasskey: boolean | undefined;
  /** The pass about to be issued: a strength may allow a multi-use pass and not a one-time one. */
  isUsableOnce: boolean;
}

/**
 * Before a pass is issued for a passkey: the Conditional Access policies on "Register security information"
 * whose authentication strength a pass cannot meet (the bootstrap loop), when the operator's role may read
 * them; the user's groups and roles are read only when a policy names some.
 */
export function RegistrationCaLines({ userId, userName, hasPasskey, isUsableOnce }: Props) {
  const policies = useQuery(caPoliciesQuery());
  const list = policies.data ?? [];
  const byGroups = named(list, 'Groups');
  const byRoles = named(list, 'Roles');
  const groups = useQuery({ ...userGroupsQuery(userId), enabled: byGroups });
  const roles = useQuery({ ...directoryRolesOfUsersQuery([userId]), enabled: byRoles });
  if (policies.isPending || (byGroups && groups.isPending) || (byRoles && roles.isPending)) return null;
  if (policies.isError) {
    const error = policies.error;
    const why =
      error instanceof GraphError && error.status === 403
        ? READERS_HINT
        : ` (its policies could not be read${error instanceof GraphError ? `: ${error.code}` : ''})`;
    return (
      <Alert severity="info" data-testid="ca-unknown">
        Conditional Access was not checked{why}. A policy that asks for phishing-resistant MFA to register
        security info would stop the pass.
      </Alert>
    );
  }
  // Roles Graph would not give, or gave without their template id, are unknown, never "none".
  const roleIds = roles.data?.roles.get(userId);
  const rolesKnown =
    roles.data !== undefined && !roles.data.unreadable.has(userId) && !roleIds?.includes(null);
  const blocks = registrationBlocks(
    list,
    {
      id: userId,
      // A pass cannot be added to an external guest at all: the user here is a member.
      isGuest: false,
      groups: groups.data ? new Set(groups.data.keys()) : undefined,
      roles: rolesKnown ? new Set((roleIds ?? []).flatMap((r) => (r ? [r] : []))) : undefined,
    },
    isUsableOnce ? 'temporaryAccessPassOneTime' : 'temporaryAccessPassMultiUse',
  );
  if (blocks.length === 0) return null;
  const outcome =
    hasPasskey === undefined
      ? `Unless ${userName} can sign in with a passkey or Windows Hello they already have, a pass alone will not let them register one.`
      : hasPasskey
        ? `${userName} can meet it only by signing in with a passkey they still have.`
        : `With a pass alone, ${userName} cannot register a passkey.`;
  return (
    <Alert severity="error" data-testid="ca-blocks">
      {blocks.map((b) => (
        <div key={b.policy}>
          Conditional Access policy “{b.policy}” {b.certainty === 'mayApply' ? 'may require' : 'requires'} “
          {b.strength}” to register security info, and this Temporary Access Pass does not satisfy it
          {b.certainty === 'mayApply'
            ? ` (whether it applies to ${userName} depends on groups, roles or conditions not known here)`
            : ''}
          .
        </div>
      ))}
      <div>
        {outcome} Exclude them from the policy for the appointment, or have a Conditional Access Administrator
        use a custom strength that includes the pass (Entra’s “Bootstrap and recovery”).
      </div>
    </Alert>
  );
}
