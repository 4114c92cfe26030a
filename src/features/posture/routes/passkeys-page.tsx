import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExclusionNote } from '../../../components/exclusion-note.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import {
  NO_PASSKEY_COHORTS,
  PASSKEY_KINDS,
  type PasskeyCohort,
} from '../../../domain/posture/passkey-adoption.ts';
import { ExclusionControls } from '../../../domain/scope/exclusion-controls.tsx';
import { useExclusionScope } from '../../../domain/scope/use-exclusion-scope.ts';
import { usePasskeyFigures } from '../api/use-passkey-figures.ts';
import { LensHistoryCard } from '../components/lens-history-card.tsx';
import { AuthenticatorHistoryCard } from '../components/authenticator-history-card.tsx';
import { PasskeyInventoryCard } from '../components/passkey-inventory-card.tsx';
import { PasskeyPolicyCard } from '../components/passkey-policy-card.tsx';
import { PasskeyTiles, type PasskeyTileSpec } from '../components/passkey-tiles.tsx';
import { PasskeyUsersCard } from '../components/passkey-users-card.tsx';
import { LensScanState } from '../components/lens-scan-state.tsx';
import { passkeyCohortFrom } from '../lib/lens-params.ts';

const HAVE: readonly PasskeyTileSpec[] = [
  { key: 'any', label: 'Any passkey', rule: 'At least one passkey of any kind.' },
  ...PASSKEY_KINDS,
];
const SPECS: readonly PasskeyTileSpec[] = [...HAVE, ...NO_PASSKEY_COHORTS];
const labelOf = (cohort: PasskeyCohort) => SPECS.find((s) => s.key === cohort)?.label ?? cohort;
const TREND_SERIES = HAVE.map(({ key, label }) => ({ key, label }));

/** Who has which kind of passkey, and who has none yet, admins first: from the registration report. */
export function PasskeysPage() {
  const [searchParams] = useSearchParams();
  const cohort = passkeyCohortFrom(searchParams);
  const scope = useExclusionScope();
  const { isExcludedRow, disabled } = scope;
  const { scan, adoption } = usePasskeyFigures(isExcludedRow, scope.exclusions);
  const note = <ExclusionNote lines={scope.lines} />;

  return (
    <Stack spacing={3}>
      <PageHeader
        title="Passkeys"
        actions={<ExclusionControls exclusions={scope.exclusions} onChange={scope.setExclusions} />}
      >
        <Typography color="text.secondary">
          Who registered which kind of passkey, and who has none yet, from the registration report’s methods
          and its admin flag. A user with two kinds counts under both. Each number opens its users.
        </Typography>
      </PageHeader>
      <LensScanState scan={scan} disabled={disabled} ready={Boolean(adoption)}>
        {adoption && adoption.total === 0 ? (
          <EmptyState title="No users in the registration report yet">
            The report lists users once Entra has refreshed it; new tenants can take a few hours.
          </EmptyState>
        ) : (
          adoption && (
            <>
              {note}
              <PasskeyTiles title="Who has a passkey" specs={HAVE} adoption={adoption} selected={cohort} />
              <PasskeyTiles
                title="Who has none yet"
                specs={NO_PASSKEY_COHORTS}
                adoption={adoption}
                selected={cohort}
              />
              <PasskeyUsersCard
                cohort={cohort}
                label={labelOf(cohort)}
                rows={adoption.cohorts[cohort]}
                note={note}
              />
              <PasskeyInventoryCard rows={adoption.cohorts.any} exclusions={scope.exclusions} />
            </>
          )
        )}
      </LensScanState>
      <PasskeyPolicyCard />
      <AuthenticatorHistoryCard />
      <LensHistoryCard
        title="Passkeys over time"
        section="passkeys"
        series={TREND_SERIES}
        what="the users with a passkey of each kind"
      />
    </Stack>
  );
}

export default PasskeysPage;
