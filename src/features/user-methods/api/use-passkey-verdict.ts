import { useQuery } from '@tanstack/react-query';
import type { Fido2Method, GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import { keyVerdict, passkeyReach } from '../../../domain/passkeys/passkey-profiles.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { fido2PolicyQuery } from '../../../domain/passkeys/fido2-policy-query.ts';

/**
 * What the passkey policy says today of each of the user's passkeys, as a line for the passkey: accepted by a
 * profile that reaches the user, refused (and so unusable for sign-in: types and key restrictions hold at
 * sign-in too), or not known. Reads the policy only for a user with a passkey (cached for ten minutes); the
 * user's groups come with the page. An operator who cannot read the policy is told so once per passkey.
 */
export function usePasskeyVerdict(
  userId: string | undefined,
  methods: readonly GraphMethod[] | undefined,
  /** The user's groups from the page's batch: undefined while unread, failed or cut short (more pages). */
  groups: ReadonlyMap<string, string> | undefined,
  groupsFailed: boolean,
): ((method: GraphMethod) => string | undefined) | undefined {
  const hasPasskey = Boolean(methods?.some((m) => methodKindOf(m) === 'fido2'));
  const policy = useQuery({ ...fido2PolicyQuery(), enabled: Boolean(userId) && hasPasskey });
  if (!hasPasskey || policy.isPending || (!groups && !groupsFailed)) return undefined;
  if (policy.isError) {
    const error = policy.error;
    const line =
      error instanceof GraphError && error.status === 403
        ? 'Not checked: reading the passkey policy needs Global Reader or Authentication Policy Administrator'
        : `Not checked: the passkey policy could not be read${error instanceof GraphError ? ` (${error.code})` : ''}`;
    return () => line;
  }
  const reach = passkeyReach(policy.data, groups);
  return (method) => {
    if (methodKindOf(method) !== 'fido2') return undefined;
    const verdict = keyVerdict(reach, method as Fido2Method, false);
    if (verdict.status === 'allowed') return `Allowed by ${verdict.by}`;
    if (verdict.status === 'refused')
      return `Refused today, so it cannot be used to sign in: ${verdict.reasons.join('; ')}`;
    return `Not known: ${verdict.why}${groupsFailed ? ' (the user’s groups could not be read)' : ''}`;
  };
}
