import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { formatCount, formatShare } from '../../../lib/format.ts';
import type { PrivilegedCoverage } from '../../../domain/posture/privileged-coverage.ts';
import { coverageSelectionHref } from '../lib/lens-params.ts';

/** "N of M admins lack a phishing-resistant method", both numbers opening the admins behind them. */
export function PrivilegedHeadline({ coverage }: { coverage: PrivilegedCoverage }) {
  const n = coverage.lackingPhishingResistant;
  const m = coverage.total;
  const [params] = useSearchParams();
  return (
    <Typography variant="h5" component="p" data-testid="privileged-headline">
      <Link
        component={RouterLink}
        to={coverageSelectionHref({ tier: 'all', strength: 'lacking' }, params)}
        data-testid="headline-lacking"
        aria-label={`${formatCount(n)} admins lack a phishing-resistant method (show them)`}
      >
        {formatCount(n)}
      </Link>
      {' of '}
      <Link
        component={RouterLink}
        to={coverageSelectionHref({ tier: 'all', strength: 'all' }, params)}
        data-testid="headline-total"
        aria-label={`${formatCount(m)} admins in all (show them)`}
      >
        {formatCount(m)}
      </Link>
      {` admins lack a phishing-resistant method`}
      <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
        ({formatShare(m > 0 ? n / m : null)})
      </Typography>
    </Typography>
  );
}
