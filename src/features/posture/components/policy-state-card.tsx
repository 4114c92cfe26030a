import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { ChartCard } from '../../../components/chart-card.tsx';
import { PolicyLine } from './policy-line.tsx';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { MethodTarget } from '../../../domain/posture/sms-voice/phone-scope.ts';
import type { PhonePolicyView } from '../api/phone-policy.ts';
import type { PolicyGroup } from '../api/policy-groups.ts';

export const POLICY_ACCESS_HINT =
  'Reading the authentication methods policy needs Policy.Read.AuthenticationMethod and the Global Reader or Authentication Policy Administrator role. Without it the page cannot tell who is enabled for SMS or voice.';

/** A target as the reader knows it: "all users", a group by name, or what became of it. */
function targetName(target: MethodTarget, groups: readonly PolicyGroup[] | undefined): string {
  if (target.id === 'all_users') return 'all users';
  if (target.targetType === 'user') return `user ${target.id}`;
  const group = groups?.find((g) => g.id === target.id);
  if (!group) return `group ${target.id}`;
  if ('name' in group) return `${group.name} (${group.members.size} users)`;
  if ('gone' in group) return `group ${target.id}, which no longer exists (it reaches no one)`;
  return `group ${target.id} (could not be read)`;
}

function targetsText(
  include: readonly MethodTarget[] | null | undefined,
  exclude: readonly MethodTarget[] | null | undefined,
  groups: readonly PolicyGroup[] | undefined,
): string {
  const inc = (include ?? []).map((t) => targetName(t, groups)).join(', ') || 'nobody';
  const exc = (exclude ?? []).map((t) => targetName(t, groups)).join(', ');
  return `for ${inc}${exc ? `, except ${exc}` : ''}`;
}

const CAMPAIGN_STATE: Record<string, string> = {
  default: 'Microsoft managed',
  enabled: 'enabled',
  disabled: 'disabled',
};

/**
 * The tenant's side of the retirement (docs/sms-voice-retirement.md): SMS and voice and who they reach,
 * passkeys, the registration campaign Microsoft manages from 1 September 2026, the beta-only opt-out, the
 * policy's migration state, and what Graph does not show (legacy MFA settings, a telephony provider).
 */
export function PolicyStateCard({
  policy,
  groups,
}: {
  policy: UseQueryResult<PhonePolicyView>;
  groups: UseQueryResult<PolicyGroup[]>;
}) {
  const data = policy.data;
  const unreadGroups = (groups.data ?? []).filter((g) => 'error' in g);
  return (
    <ChartCard title="The tenant’s policy">
      {policy.isError ? (
        <Box data-testid="policy-unreadable">
          {policy.error instanceof GraphError && policy.error.status === 403 ? (
            // A role that cannot read the policy is a fact about the operator, not a failure: said calmly.
            <Alert severity="info" role="status">
              {POLICY_ACCESS_HINT} (Graph answered {policy.error.code}.)
            </Alert>
          ) : (
            <GraphErrorAlert
              error={policy.error}
              accessHint={POLICY_ACCESS_HINT}
              onRetry={() => void policy.refetch()}
            />
          )}
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            The cohorts below therefore assume every user is enabled for SMS and voice (office phones
            included): they say what the retirement would do to each user by what they registered, not who is
            in scope.
          </Typography>
        </Box>
      ) : !data ? (
        <Typography variant="body2" color="text.secondary">
          Reading the authentication methods policy…
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="policy-state">
          <PolicyLine label="SMS" testId="policy-sms">
            {data.sms?.state === 'enabled'
              ? `enabled ${targetsText(data.sms.includeTargets, data.sms.excludeTargets, groups.data)}${
                  data.sms.includeTargets?.some((t) => t.isUsableForSignIn) ? '; SMS sign-in allowed' : ''
                }`
              : 'disabled'}
          </PolicyLine>
          <PolicyLine label="Voice call" testId="policy-voice">
            {data.voice?.state === 'enabled'
              ? `enabled ${targetsText(data.voice.includeTargets, data.voice.excludeTargets, groups.data)}; office phones ${data.voice.isOfficePhoneAllowed ? 'allowed' : 'not allowed'}`
              : 'disabled'}
          </PolicyLine>
          <PolicyLine label="Passkeys (FIDO2)" testId="policy-passkeys">
            {data.fido2?.state === 'enabled'
              ? `enabled ${targetsText(data.fido2.includeTargets, [], groups.data)}${
                  data.fido2.passkeyProfiles?.length
                    ? `; profiles: ${data.fido2.passkeyProfiles.map((p) => `${p.name ?? p.id} (${p.passkeyTypes ?? 'types not shown'})`).join(', ')}`
                    : ''
                }`
              : 'disabled'}
          </PolicyLine>
          <PolicyLine label="Registration campaign" testId="policy-campaign">
            {data.campaign
              ? `${CAMPAIGN_STATE[data.campaign.state ?? ''] ?? data.campaign.state ?? 'state not shown'}, targeting ${
                  data.campaign.includeTargets?.map((t) => t.targetedAuthenticationMethod).join(', ') ||
                  'nothing'
                } ${targetsText(data.campaign.includeTargets, data.campaign.excludeTargets, groups.data)}; snooze ${
                  data.campaign.snoozeDurationInDays ?? '?'
                } day(s), ${
                  data.campaign.enforceRegistrationAfterAllowedSnoozes === true
                    ? 'registration enforced after 3 snoozes'
                    : data.campaign.enforceRegistrationAfterAllowedSnoozes === false
                      ? 'unlimited snoozes'
                      : 'snooze limit not shown'
                }`
              : 'not shown by Graph'}
          </PolicyLine>
          <PolicyLine label="Opt-out of the automatic passkey migration" testId="policy-opt-out">
            {data.optOut === undefined
              ? 'not shown by Graph (the FAQ sets it through the beta policy; no reference page documents it)'
              : data.optOut
                ? 'on: counts only until 1 February 2027, and never against enforcement'
                : 'off'}
          </PolicyLine>
          <PolicyLine label="Policy migration" testId="policy-migration">
            {data.migrationState ?? 'not shown'}
            {data.migrationState && data.migrationState.toLowerCase() !== 'migrationcomplete'
              ? ': the legacy MFA settings still count, and Graph does not show them'
              : ''}
          </PolicyLine>
          <PolicyLine label="Telephony provider" testId="policy-provider">
            not readable through Graph (configured in the Entra admin center); users moved to one keep SMS and
            voice
          </PolicyLine>
        </Box>
      )}
      {groups.isError && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          The groups the policy targets could not be read ({groups.error.message}): users they decide are
          counted as “scope unknown”. Reading them needs GroupMember.Read.All.
        </Alert>
      )}
      {unreadGroups.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="policy-groups-unread">
          {unreadGroups.length} group(s) the policy names could not be read: users they decide are counted as
          “scope unknown”, never guessed.
        </Alert>
      )}
    </ChartCard>
  );
}
