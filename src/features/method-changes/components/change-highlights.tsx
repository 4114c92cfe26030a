import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { TitledCard } from '../../../components/titled-card.tsx';
import { formatCount, formatMoment } from '../../../lib/format.ts';
import { changeFiltersToParams } from '../lib/change-filters.ts';
import { AFTER_TAP_WINDOW_HOURS, BULK_DELETION_MINIMUM, type Highlight } from '../lib/change-highlights.ts';

interface Props {
  loaded: number;
  /** Graph has older matching changes than those loaded. */
  hasMore: boolean;
  oldest: string | null | undefined;
  bulkDeletions: readonly Highlight[];
  afterTap: readonly Highlight[];
  /** Undefined while the admins are being read or could not be. */
  admins: readonly Highlight[] | undefined;
  adminsState: 'loading' | 'error' | 'ready' | 'off';
}

function Group({
  title,
  explanation,
  items,
  none,
  testId,
}: {
  title: string;
  explanation: string;
  items: readonly Highlight[] | undefined;
  none: string;
  testId: string;
}) {
  const id = useId();
  return (
    <div data-testid={testId}>
      <Typography component="h3" variant="subtitle2" id={id}>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {explanation}
      </Typography>
      {items && items.length > 0 ? (
        <Stack
          component="ul"
          aria-labelledby={id}
          spacing={0.5}
          sx={{ m: 0, mt: 0.5, pl: 2.5, overflowWrap: 'anywhere' }}
        >
          {items.map((item) => (
            <li key={item.key}>
              <Link component={RouterLink} to={`?${changeFiltersToParams(item.filters).toString()}`}>
                {item.title}
              </Link>{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                {item.detail}
              </Typography>
            </li>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {none}
        </Typography>
      )}
    </div>
  );
}

/**
 * Patterns worth a look among the changes loaded, each a link to the filter that shows its events: the same
 * link works for anyone who may read the audit log.
 */
export function ChangeHighlights({
  loaded,
  hasMore,
  oldest,
  bulkDeletions,
  afterTap,
  admins,
  adminsState,
}: Props) {
  const adminNone =
    adminsState === 'loading'
      ? 'Reading who holds an admin role…'
      : adminsState === 'error'
        ? 'The admin roles’ members could not be read, so admins are not picked out.'
        : adminsState === 'off'
          ? 'Admins are picked out once changes are loaded.'
          : 'No admin’s methods were changed.';
  return (
    <TitledCard title="Worth a look">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="highlights-coverage">
        {hasMore
          ? `Found in the ${formatCount(loaded)} changes loaded${oldest ? `, back to ${formatMoment(oldest)}` : ''}. Load older changes or narrow the dates to look further.`
          : `Found in all ${formatCount(loaded)} matching change${loaded === 1 ? '' : 's'} the audit log holds.`}
      </Typography>
      <Stack spacing={2}>
        <Group
          testId="highlight-bulk-deletions"
          title="One person removing many methods"
          explanation={`Someone who removed methods from ${BULK_DELETION_MINIMUM} or more other users.`}
          items={bulkDeletions}
          none="Nobody removed methods from that many users."
        />
        <Group
          testId="highlight-admins"
          title="Admins’ methods changed"
          explanation="Changes to the methods of users who hold an active admin role (eligible-only admins are not included)."
          items={admins}
          none={adminNone}
        />
        <Group
          testId="highlight-after-tap"
          title="Registrations right after a Temporary Access Pass"
          explanation={`Users who registered a method within ${AFTER_TAP_WINDOW_HOURS} hours of being issued a pass: expected during onboarding, worth a check otherwise.`}
          items={afterTap}
          none="No registrations followed a pass."
        />
      </Stack>
    </TitledCard>
  );
}
