import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { UserRegistrationDetails } from '@microsoft/microsoft-graph-types-beta';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import type { BatchResult } from '../../../lib/graph/graph-batch.ts';
import { REGISTRATION_REPORT_ROLES, registrationFacts } from '../lib/registration-facts.ts';
import { FactList } from './fact-list.tsx';
import { SectionCard } from './section-card.tsx';

/** The registration report's row for this user; a role without report access gets one quiet line. */
export function RegistrationSummary({
  result,
}: {
  result: BatchResult<UserRegistrationDetails> | undefined;
}) {
  return (
    <SectionCard title="Registration summary">
      {!result ? (
        <Skeleton
          role="progressbar"
          variant="rounded"
          height={56}
          aria-label="Loading registration summary"
        />
      ) : result.ok ? (
        <div data-testid="registration-summary">
          <FactList
            facts={registrationFacts(result.data).map((f) => ({
              label: f.label,
              value:
                f.flag == null ? (
                  f.value
                ) : (
                  <Chip
                    label={f.value}
                    size="small"
                    color={f.flag ? 'success' : 'default'}
                    variant="outlined"
                  />
                ),
            }))}
          />
        </div>
      ) : result.error.status === 403 ? (
        <Typography variant="body2" color="text.secondary" data-testid="registration-no-access">
          Your role cannot read the registration report; it needs {REGISTRATION_REPORT_ROLES}.
        </Typography>
      ) : result.error.status === 404 ? (
        <Typography variant="body2" color="text.secondary">
          The registration report has no row for this user yet; it refreshes every few hours.
        </Typography>
      ) : (
        <GraphErrorAlert error={result.error} />
      )}
    </SectionCard>
  );
}
