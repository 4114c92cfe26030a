import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionControls } from '../../../domain/scope/exclusion-controls.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatCount } from '../../../lib/format.ts';
import { RECORDED_OUTCOMES } from '../../../domain/posture/retirement-cohorts.ts';
import { OUTCOME_LABEL } from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import { useExclusionScope } from '../../../domain/scope/use-exclusion-scope.ts';
import { usePolicyGroupsProgress } from '../api/policy-groups.ts';
import { useRetirementFigures } from '../api/use-retirement-figures.ts';
import { CohortTiles } from '../components/cohort-tiles.tsx';
import { CohortUsersCard } from '../components/cohort-users-card.tsx';
import { LensHistoryCard } from '../components/lens-history-card.tsx';
import { PhoneUseCard } from '../components/phone-use-card.tsx';
import { PolicyStateCard } from '../components/policy-state-card.tsx';
import { RetirementCountdowns } from '../components/retirement-countdown.tsx';
import { LensScanState } from '../components/lens-scan-state.tsx';
import { UnrecognisedMethods } from '../components/unrecognised-methods.tsx';
import { cohortFrom } from '../lib/lens-params.ts';
import { PHONE_USE_SECTION } from '../lib/phone-use.ts';
import { trendSectionName } from '../../../domain/sign-ins/sign-in-snapshot.ts';

// The outcomes the daily snapshot keeps (registered methods alone, everyone assumed enabled).
const PHONE_USE_SERIES = [
  { key: 'inScope', label: 'In scope' },
  { key: 'used', label: 'Signed in with SMS or voice' },
];
const TREND_SERIES = RECORDED_OUTCOMES.map((key) => ({ key, label: OUTCOME_LABEL[key] }));
// The policy's view: who loses SMS or voice on each date.
const POLICY_SERIES = [
  { key: 'february', label: 'Lose SMS or voice on 1 February 2027' },
  { key: 'july', label: 'Lose SMS or voice on 1 July 2027' },
  { key: 'notInScope', label: OUTCOME_LABEL.notInScope },
];

/**
 * Who the SMS and voice retirement reaches, on which date, and what it does to them: from the registration
 * report, the authentication methods policy and the groups it targets, and the admins' roles
 * (docs/sms-voice-retirement.md).
 */
export function RetirementPage() {
  const [searchParams] = useSearchParams();
  const cohort = cohortFrom(searchParams) ?? 'mustRegisterPasskey';
  const scope = useExclusionScope();
  const { isExcludedRow, disabled } = scope;
  const { scan, policy, groups, summary } = useRetirementFigures(isExcludedRow, scope.exclusions);
  const groupRead = usePolicyGroupsProgress();
  const note = <ExclusionNote lines={scope.lines} />;

  return (
    <Stack spacing={3}>
      <PageHeader
        title="SMS and voice retirement"
        actions={<ExclusionControls exclusions={scope.exclusions} onChange={scope.setExclusions} />}
      >
        <Typography color="text.secondary">
          Microsoft-provided SMS and voice authentication stops on 1 February 2027, and on 1 July 2027 for
          Global Administrators and external users (internal guests keep 1 February), in the public cloud
          (Microsoft’s FAQ, 23 September 2026). It reaches users enabled for SMS or voice in the
          authentication methods policy: those whose only MFA method is SMS or voice must register a passkey
          at sign-in; the others lose SMS and voice. Tenants with a telephony provider keep them.
        </Typography>
      </PageHeader>
      <RetirementCountdowns summary={summary} />
      <PolicyStateCard policy={policy} groups={groups} />
      <LensScanState
        scan={scan}
        disabled={disabled}
        ready={Boolean(summary)}
        instead={
          !scan.scanning && groupRead
            ? `Reading who the policy’s groups reach: ${groupRead.name} (group ${groupRead.group} of ${groupRead.groupCount}), ${formatCount(groupRead.membersRead)} members so far…`
            : undefined
        }
      >
        {!summary ? null : summary.total === 0 ? (
          <EmptyState title="No users in the registration report yet">
            The report lists users once Entra has refreshed it; new tenants can take a few hours.
          </EmptyState>
        ) : (
          <>
            <div>
              {note}
              {summary.policyAssumed && (
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{ mb: 1.5 }}
                  data-testid="cohorts-assumed"
                >
                  If every user is enabled for SMS and voice (the policy could not be read):
                </Typography>
              )}
              <CohortTiles summary={summary} selected={cohort} />
            </div>
            {summary.smsSignIn > 0 && (
              <Typography variant="body2" data-testid="sms-sign-in-count">
                {formatCount(summary.smsSignIn)} user(s) may sign in with an SMS code instead of a password
                (the policy allows SMS sign-in and they have a mobile phone). Microsoft’s telephony-provider
                FAQ says SMS sign-in as a primary method retires too, and gives no date.
              </Typography>
            )}
            <UnrecognisedMethods methods={summary.unrecognised} counted="never counted as strong" />
            <CohortUsersCard cohort={cohort} summary={summary} note={note} />
            <PhoneUseCard summary={summary} exclusions={scope.exclusions} />
          </>
        )}
      </LensScanState>
      <LensHistoryCard
        title="Toward zero, by date"
        section="smsVoice"
        series={POLICY_SERIES}
        what="the users the policy puts in scope who lose SMS or voice on each date (recorded on days this page is opened by someone who can read the policy)"
      />
      <LensHistoryCard
        title="SMS and voice in use, by day"
        section={trendSectionName(PHONE_USE_SECTION)}
        series={PHONE_USE_SERIES}
        what="the users in the retirement's scope, and those of them who signed in with SMS or voice in the 7 days before each day"
        joins="A day joins this history when the sign-in log is read in full over 7 days (“Who still uses SMS or voice”) on this page."
      />
      <LensHistoryCard
        title="Phone dependence over time"
        section="retirement"
        series={TREND_SERIES}
        what="the users in each outcome by their registered methods alone, everyone assumed enabled for SMS and voice"
      />
    </Stack>
  );
}

export default RetirementPage;
