import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { classifyPasskey } from '../../../domain/passkeys/passkey-class.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { fido2PolicyQuery } from '../../../domain/passkeys/fido2-policy-query.ts';
import { userGroupsQuery } from '../api/user-groups.ts';
import { passkeyReadiness } from '../lib/passkey-readiness.ts';

/**
 * What in the passkey policy stands in the way of this user, when the operator's role may read it: the
 * profiles that reach the user are resolved from their groups when those can be read, else from the "all
 * users" targets alone, and the lines say which.
 */
export function PasskeyPolicyLines({ userId, userName }: { userId: string; userName: string }) {
  const policy = useQuery(fido2PolicyQuery());
  const targetsGroups = (policy.data?.includeTargets ?? [])
    .concat(policy.data?.excludeTargets ?? [])
    .some((t) => t.id !== 'all_users');
  const groups = useQuery({ ...userGroupsQuery(userId), enabled: targetsGroups });
  const listsModels = (policy.data?.passkeyProfiles ?? []).some(
    (p) => (p.keyRestrictions?.aaGuids ?? []).length > 0,
  );
  const names = useQuery({ ...aaguidNamesQuery(), enabled: listsModels });
  if (policy.isPending || (targetsGroups && groups.isPending)) return null;
  if (policy.isError)
    return (
      <Alert severity="info" data-testid="passkey-policy-unknown">
        {policy.error instanceof GraphError && policy.error.status === 403
          ? `The passkey policy could not be read with your role (Global Reader or Authentication Policy Administrator can), so whether it lets ${userName} register a passkey is not checked here.`
          : `The passkey policy could not be read${policy.error instanceof GraphError ? ` (${policy.error.code})` : ''}, so whether it lets ${userName} register a passkey is not checked here.`}
      </Alert>
    );
  const nameOf = (aaGuid: string) => {
    const { name } = classifyPasskey({ aaGuid, passkeyType: undefined }, names.data);
    return name ? `${name} (${aaGuid})` : aaGuid;
  };
  const { warnings, notes } = passkeyReadiness(policy.data, groups.data, nameOf);
  const groupsNote = groups.isError
    ? ` ${userName}'s groups could not be read, so only profiles for all users are checked.`
    : '';
  return (
    <>
      {warnings.length === 0 ? (
        <Alert severity="success" data-testid="passkey-policy-ok">
          Nothing in the passkey policy stands in the way of {userName}.{groupsNote}
        </Alert>
      ) : (
        <Alert severity="warning" data-testid="passkey-policy-warning">
          {warnings.map((line) => (
            <div key={line}>{line}</div>
          ))}
          {groupsNote && <div>{groupsNote.trim()}</div>}
        </Alert>
      )}
      {notes.length > 0 && (
        <Alert severity="info" data-testid="passkey-policy-notes" sx={{ overflowWrap: 'anywhere' }}>
          {notes.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
    </>
  );
}
