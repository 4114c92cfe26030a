import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { PasskeyAdoption, PasskeyCohort } from '../../../domain/posture/passkey-adoption.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { passkeyCohortHref } from '../lib/lens-params.ts';

export interface PasskeyTileSpec {
  key: PasskeyCohort;
  label: string;
  rule: string;
}

/** One cohort: its users (a link to them), their share, and for the kinds of passkey the admins among them. */
function Tile({
  spec,
  adoption,
  selected,
}: {
  spec: PasskeyTileSpec;
  adoption: PasskeyAdoption;
  selected: boolean;
}) {
  const [params] = useSearchParams();
  const rows = adoption.cohorts[spec.key];
  const admins = spec.key.startsWith('none') ? undefined : rows.filter((r) => r.isAdmin).length;
  return (
    <Card
      variant="outlined"
      sx={{
        height: '100%',
        borderColor: selected ? 'primary.main' : undefined,
        borderWidth: selected ? 2 : undefined,
      }}
      data-testid={`passkeys-${spec.key}`}
    >
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary" component="h3">
          {spec.label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ my: 0.5, fontWeight: 600 }}>
          <Link
            component={RouterLink}
            to={passkeyCohortHref(spec.key, params)}
            data-testid={`passkeys-${spec.key}-count`}
            // On the link, where a screen reader moving between links hears which group is shown.
            aria-current={selected ? 'true' : undefined}
            aria-label={`${formatCount(rows.length)} users: ${spec.label} (show them)`}
          >
            {formatCount(rows.length)}
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {spec.key === 'noneAdmins'
            ? `${formatShare(adoption.admins ? rows.length / adoption.admins : null)} of ${formatCount(adoption.admins)} admins`
            : `${formatShare(adoption.total ? rows.length / adoption.total : null)} of ${formatCount(adoption.total)} users`}
        </Typography>
        {admins !== undefined && (
          <Typography variant="body2" color="text.secondary" data-testid={`passkeys-${spec.key}-admins`}>
            {`${formatCount(admins)} of ${formatCount(adoption.admins)} admins`}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {spec.rule}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** A titled row of cohort tiles, the chosen one marked. */
export function PasskeyTiles({
  title,
  specs,
  adoption,
  selected,
}: {
  title: string;
  specs: readonly PasskeyTileSpec[];
  adoption: PasskeyAdoption;
  selected: PasskeyCohort;
}) {
  return (
    <section aria-label={title}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Grid container spacing={2}>
        {specs.map((spec) => (
          <Grid key={spec.key} size={{ xs: 12, sm: 6, md: 4, lg: 'grow' }}>
            <Tile spec={spec} adoption={adoption} selected={spec.key === selected} />
          </Grid>
        ))}
      </Grid>
    </section>
  );
}
