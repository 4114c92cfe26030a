import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../../components/chart-card.tsx';
import { PolicyLine } from './policy-line.tsx';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { fido2PolicyQuery } from '../../../domain/passkeys/fido2-policy-query.ts';
import { classifyPasskey } from '../../../domain/passkeys/passkey-class.ts';
import {
  policyProblems,
  profileName,
  type PasskeyPolicy,
  type PasskeyProfile,
} from '../../../domain/passkeys/passkey-profiles.ts';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphGet } from '../../../lib/graph/graph-client.ts';

const ACCESS_HINT =
  'Reading the passkey (FIDO2) policy needs Policy.Read.AuthenticationMethod and the Global Reader or Authentication Policy Administrator role.';

const ATTESTATION: Record<string, string> = {
  disabled: 'not enforced',
  registrationOnly: 'enforced at registration',
};

/** A policy's group ids, named: one small read each (GroupMember.Read.All). */
function useGroupNames(ids: readonly string[]): (id: string) => string {
  const names = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['groupName', id] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        graphGet<{ displayName?: string | null }>(
          `/groups/${encodeURIComponent(id)}?$select=id,displayName`,
          {
            scopes: SCOPES.groupMembers,
            signal,
          },
        ),
      staleTime: 10 * 60_000,
      retry: false,
    })),
  });
  return (id) => {
    if (id === 'all_users') return 'All users';
    const read = names[ids.indexOf(id)];
    return read?.data?.displayName || `group ${id}`;
  };
}

function ProfileItem(props: {
  profile: PasskeyProfile;
  policy: PasskeyPolicy;
  groupName: (id: string) => string;
  authenticator: (aaGuid: string) => string;
}) {
  const { profile, policy, groupName, authenticator } = props;
  const r = profile.keyRestrictions;
  const listed = (r?.aaGuids ?? []).flatMap((g) => (g ? [authenticator(g)] : []));
  const targets = (policy.includeTargets ?? [])
    .filter((t) => profile.id && (t.allowedPasskeyProfiles ?? []).includes(profile.id))
    .map((t) => groupName(t.id ?? ''));
  const isDefault = profile.id && profile.id === policy.defaultPasskeyProfile;
  return (
    <Box component="li" sx={{ mb: 1.5 }} data-testid="passkey-profile">
      <Typography
        variant="subtitle2"
        component="h3"
        sx={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}
      >
        {profileName(profile)}
        {isDefault ? ' (default)' : ''}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        <PolicyLine label="Passkey types">
          {(profile.passkeyTypes ?? '')
            .split(',')
            .map((t) => (t.trim() === 'deviceBound' ? 'device-bound' : t.trim()))
            .filter(Boolean)
            .join(' and ') || 'none'}
        </PolicyLine>
        <PolicyLine label="Attestation">
          {ATTESTATION[profile.attestationEnforcement ?? ''] ?? profile.attestationEnforcement ?? 'not shown'}
        </PolicyLine>
        <PolicyLine label="Authenticators">
          {r?.isEnforced && listed.length > 0
            ? `${r.enforcementType?.toLowerCase() === 'allow' ? 'only' : 'all except'} ${listed.join(', ')}`
            : r?.isEnforced && r.enforcementType?.toLowerCase() === 'allow'
              ? 'none (an allow list with nothing on it)'
              : 'any'}
        </PolicyLine>
        <PolicyLine label="Targets">{targets.join(', ') || 'none'}</PolicyLine>
      </Box>
    </Box>
  );
}

/**
 * The passkey (FIDO2) policy as it stands: on or off, self-service registration, groups excluded, each
 * passkey profile with its types, attestation, authenticators and targets, and what in it contradicts itself.
 */
export function PasskeyPolicyCard() {
  const policy = useQuery(fido2PolicyQuery());
  const data = policy.data;
  const groupIds = [
    ...new Set(
      [...(data?.includeTargets ?? []), ...(data?.excludeTargets ?? [])].flatMap((t) =>
        t.id && t.id !== 'all_users' ? [t.id] : [],
      ),
    ),
  ];
  const groupName = useGroupNames(groupIds);
  const names = useQuery(aaguidNamesQuery());
  const authenticator = (aaGuid: string) => {
    const { name } = classifyPasskey({ aaGuid, passkeyType: undefined }, names.data);
    return name ?? aaGuid;
  };
  const problems = data ? policyProblems(data) : [];
  const excluded = (data?.excludeTargets ?? []).map((t) => groupName(t.id ?? ''));
  return (
    <div data-testid="passkey-policy">
      <ChartCard title="Passkey policy and profiles">
        {policy.isPending && <Typography color="text.secondary">Reading the passkey policy…</Typography>}
        {policy.isError && <GraphErrorAlert error={policy.error} accessHint={ACCESS_HINT} />}
        {data && (
          <>
            <Box component="ul" sx={{ m: 0, pl: 2.5, mb: 1.5 }}>
              <PolicyLine label="Passkeys (FIDO2)">
                {data.state === 'disabled' ? 'disabled' : 'enabled'}
              </PolicyLine>
              <PolicyLine label="Users may register passkeys themselves">
                {data.isSelfServiceRegistrationAllowed === false ? 'no' : 'yes'}
              </PolicyLine>
              <PolicyLine label="Excluded">{excluded.join(', ') || 'nobody'}</PolicyLine>
            </Box>
            {problems.length > 0 && (
              <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="passkey-policy-problems">
                {problems.map((p) => (
                  <div key={p}>{p}</div>
                ))}
              </Alert>
            )}
            {(data.passkeyProfiles ?? []).length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No passkey profiles: the policy’s own settings apply to everyone it targets.
              </Typography>
            ) : (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                {(data.passkeyProfiles ?? []).map((profile, i) => (
                  <ProfileItem
                    key={profile.id ?? i}
                    profile={profile}
                    policy={data}
                    groupName={groupName}
                    authenticator={authenticator}
                  />
                ))}
              </Box>
            )}
            <Typography variant="caption" color="text.secondary" component="p">
              A user reached by several profiles may use a passkey that satisfies any one of them; types and
              authenticator lists also apply at sign-in, attestation only at registration (Entra’s passkey
              profiles).
            </Typography>
          </>
        )}
      </ChartCard>
    </div>
  );
}
