import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { GraphErrorAlert } from '../../../components/graph-error-alert.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import type { CredentialRegistrationResult } from '../api/credential-registration-count.ts';
import { legacyRegistrationCounts } from '../lib/credential-registration.ts';
import type { ReactNode } from 'react';

const LEGACY_ACCESS_HINT =
  'This legacy report needs the Reports.Read.All permission for this app (a Global Administrator grants it) and a reports reader role such as Reports Reader, Security Reader or Global Reader (a Privileged Role Administrator assigns it).';

function Body({ query }: { query: UseQueryResult<CredentialRegistrationResult> }) {
  if (query.isPending)
    return <Skeleton variant="rounded" height={64} aria-label="Loading the legacy registration counts" />;
  if (query.isError)
    return (
      <GraphErrorAlert
        error={query.error}
        accessHint={LEGACY_ACCESS_HINT}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.state === 'retired')
    return (
      <Typography variant="body2" color="text.secondary" data-testid="legacy-retired">
        Microsoft Graph no longer serves this retired report (404). The tiles above come from its replacement,
        usersRegisteredByFeature.
      </Typography>
    );
  const counts = legacyRegistrationCounts(query.data.row);
  if (!counts)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="legacy-retired">
        The retired report answered with no data.
      </Typography>
    );
  return (
    <Grid container spacing={2}>
      {counts.statuses.map((s) => (
        <Grid key={s.status} size={{ xs: 6, md: 3 }} data-testid={`legacy-${s.status}`}>
          <Typography variant="caption" color="text.secondary" component="p">
            {s.label}
          </Typography>
          <Typography variant="h6" component="p" data-testid={`legacy-${s.status}-value`}>
            {formatCount(s.count)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {`${formatShare(counts.total > 0 ? s.count / counts.total : null)} of ${formatCount(counts.total)} enabled accounts`}
          </Typography>
        </Grid>
      ))}
    </Grid>
  );
}

/** getCredentialUserRegistrationCount, labelled as the retired report it is (graph-contract.md §3.10). */
export function LegacyRegistrationCard({
  query,
  note,
}: {
  query: UseQueryResult<CredentialRegistrationResult>;
  note?: ReactNode;
}) {
  return (
    <Card variant="outlined" component="section" aria-labelledby="legacy-registration-title">
      <CardHeader
        title="Registration state (legacy report)"
        subheader="From getCredentialUserRegistrationCount, a retired beta report that counts every enabled account; its numbers can differ from the tiles above."
        slotProps={{ title: { id: 'legacy-registration-title', component: 'h2', variant: 'subtitle1' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {note}
        <Body query={query} />
      </CardContent>
    </Card>
  );
}
