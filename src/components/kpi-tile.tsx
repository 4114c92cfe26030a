import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

interface Props {
  label: string;
  value: string;
  caption?: string;
  /** 0..1, drawn as a bar under the value. */
  share?: number | null;
  description?: string;
  testId?: string;
  /** Links or buttons under the tile, e.g. to the users behind the number. */
  actions?: ReactNode;
  /** Where the figure itself leads: the users behind it. A figure that looks like a link is one. */
  valueTo?: string;
}

export function KpiTile({ label, value, caption, share, description, testId, actions, valueTo }: Props) {
  return (
    <Card
      variant="outlined"
      sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      data-testid={testId}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="subtitle2" color="text.secondary" component="h3">
          {label}
        </Typography>
        <Typography
          variant="h4"
          component="p"
          sx={{ my: 0.5, fontWeight: 600 }}
          data-testid={testId && `${testId}-value`}
        >
          {valueTo ? (
            <Link component={RouterLink} to={valueTo} aria-label={`${value}: show these users (${label})`}>
              {value}
            </Link>
          ) : (
            value
          )}
        </Typography>
        {caption && (
          <Typography variant="body2" color="text.secondary" data-testid={testId && `${testId}-caption`}>
            {caption}
          </Typography>
        )}
        {share != null && (
          <LinearProgress
            variant="determinate"
            value={share * 100}
            sx={{ mt: 1.5, height: 6, borderRadius: 3 }}
            aria-label={`${label}: ${Math.round(share * 100)}%`}
          />
        )}
        {description && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
            {description}
          </Typography>
        )}
      </CardContent>
      {actions && (
        <CardActions disableSpacing sx={{ px: 1, pt: 0, pb: 1.5, flexWrap: 'wrap', gap: 0.5 }}>
          {actions}
        </CardActions>
      )}
    </Card>
  );
}

/**
 * A loading tile laid out like a loaded one (label, value, caption, bar, two lines of description, a link), so
 * the cards below do not jump when the figures arrive.
 */
export function KpiTileSkeleton() {
  return (
    <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }} aria-hidden>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="subtitle2">
          <Skeleton width="50%" />
        </Typography>
        <Typography variant="h4" sx={{ my: 0.5 }}>
          <Skeleton width="40%" />
        </Typography>
        <Typography variant="body2">
          <Skeleton width="70%" />
        </Typography>
        <Skeleton variant="rounded" height={6} sx={{ mt: 1.5 }} />
        <Typography variant="caption" component="p" sx={{ mt: 1.5 }}>
          <Skeleton />
          <Skeleton width="60%" />
        </Typography>
      </CardContent>
      <CardActions sx={{ px: 2, pt: 0, pb: 1.5 }}>
        <Skeleton variant="rounded" width={96} height={30} />
      </CardActions>
    </Card>
  );
}
