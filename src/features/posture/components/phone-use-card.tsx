import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { OUTCOME_LABEL } from '../../../domain/posture/sms-voice/retirement-outcome.ts';
import type { RetirementSummary } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { useSignInScan } from '../../../domain/sign-ins/sign-in-scan.ts';
import { SignInScanControls, signInScanBasis } from '../../../domain/sign-ins/sign-in-scan-controls.tsx';
import { TitledCard } from '../../../components/titled-card.tsx';
import { formatCount } from '../../../lib/format.ts';
import { signInSectionName } from '../../../domain/sign-ins/sign-in-snapshot.ts';
import { useToday } from '../../../domain/history/use-today.ts';
import type { Exclusions } from '../../../domain/scope/exclusions.ts';
import { phoneUsersInScope, phoneUseFigures, PHONE_USE_SECTION } from '../lib/phone-use.ts';
import { useRecordSection } from '../lib/use-record-section.ts';
import { ExportCohortButton } from './export-cohort-button.tsx';

const SHOWN = 50;

/**
 * Who in the retirement's scope actually used SMS or voice lately: the sign-in log over a chosen window, read in
 * the background (one request per 1,000 sign-ins, paced with the reports), kept as counts per user only.
 */
export function PhoneUseCard({
  summary,
  exclusions,
}: {
  summary: RetirementSummary;
  exclusions: Exclusions;
}) {
  const scan = useSignInScan();
  const counted = scan.status !== 'idle' && scan.revision > 0;
  const result = useMemo(
    () => (counted ? phoneUsersInScope(summary.users, scan.usage) : undefined),
    // The usage map grows in place (copying it per page would cost a large tenant dearly); its revision says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counted, summary.users, scan.usage, scan.revision],
  );
  const final = scan.status === 'done';
  // Only a scan that read its whole window goes into today's snapshot; counts only, never who.
  const today = useToday();
  // Nor a day whose scope was assumed or partly unknown: "in scope" would then mean something else.
  const scopeKnown = !summary.policyAssumed && summary.counts.scopeUnknown === 0;
  const section = scopeKnown ? signInSectionName(PHONE_USE_SECTION, scan, today) : undefined;
  const figures = useMemo(() => (section && result ? phoneUseFigures(result) : undefined), [section, result]);
  useRecordSection(section, figures, exclusions);
  const usedRows = useMemo(() => result?.used.map((u) => u.row) ?? [], [result]);

  return (
    <TitledCard
      title="Who still uses SMS or voice"
      intro={
        <>
          The sign-in log shows who actually signed in with a text message or a call: they will notice the
          retirement first. Reading it takes one request per 1,000 sign-ins, paced under Graph’s report limit.
        </>
      }
    >
      <SignInScanControls scan={scan} />
      {result && (
        <Stack spacing={1} sx={{ mt: 2 }}>
          <Typography variant="body1" data-testid="phone-use-count">
            {final ? '' : 'So far: '}
            <strong>{formatCount(result.used.length)}</strong> of {formatCount(result.inScope)} users in scope
            signed in with SMS or voice in {signInScanBasis(scan)}.
          </Typography>
          {final && (
            <div>
              <ExportCohortButton
                cohort="used-sms-voice"
                label="the users in scope who signed in with SMS or voice"
                rows={usedRows}
              />
            </div>
          )}
          {result.used.length > 0 && (
            <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5, overflowWrap: 'anywhere' }}>
              {result.used.slice(0, SHOWN).map(({ row, outcome }) => (
                <li key={row.id}>
                  <Link component={RouterLink} to={`/users/${encodeURIComponent(row.id ?? '')}`}>
                    {row.userDisplayName || row.userPrincipalName}
                  </Link>{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {OUTCOME_LABEL[outcome.outcome]}
                  </Typography>
                </li>
              ))}
            </Stack>
          )}
          {result.used.length > SHOWN && (
            <Typography variant="body2" color="text.secondary">
              and {formatCount(result.used.length - SHOWN)} more.
            </Typography>
          )}
          {scan.unknownNames.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              The log also names methods this app does not know, not counted: {scan.unknownNames.join(', ')}.
            </Typography>
          )}
        </Stack>
      )}
    </TitledCard>
  );
}
