import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { activeFilterCount } from '../../../domain/reports/registration-filters.ts';
import type { CohortKind, CohortSpec } from '../lib/cohort.ts';

interface Props {
  cohort: CohortSpec;
  days: number;
  running: boolean;
  /** The operator's roles read no other user's methods: the scan is not offered. */
  blocked: boolean;
  onCohortChange: (kind: CohortKind) => void;
  onDaysChange: (days: number) => void;
  onStart: () => void;
  onCancel: () => void;
}

/** Which users to scan and what "unused" means; the filtered cohort comes from the Users list's link. */
export function ScanControls({
  cohort,
  days,
  running,
  blocked,
  onCohortChange,
  onDaysChange,
  onStart,
  onCancel,
}: Props) {
  const filterCount = cohort.kind === 'filtered' ? activeFilterCount(cohort.filters) : 0;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ alignItems: { md: 'flex-end' } }}>
          <div>
            <Typography component="h2" variant="subtitle1" id="cohort-label" sx={{ fontWeight: 600 }}>
              Cohort
            </Typography>
            <RadioGroup
              row
              aria-labelledby="cohort-label"
              value={cohort.kind}
              onChange={(event) => onCohortChange(event.target.value as CohortKind)}
            >
              <FormControlLabel value="admins" control={<Radio />} label="Admins" disabled={running} />
              <FormControlLabel
                value="filtered"
                control={<Radio />}
                label={`Filtered users${cohort.kind === 'filtered' ? ` (${filterCount} filter${filterCount === 1 ? '' : 's'})` : ''}`}
                disabled={running}
              />
              <FormControlLabel value="tenant" control={<Radio />} label="Whole tenant" disabled={running} />
            </RadioGroup>
          </div>
          <TextField
            label="Unused for (days)"
            type="number"
            size="small"
            value={days}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value >= 1 && value <= 3650) onDaysChange(value);
            }}
            slotProps={{ htmlInput: { min: 1, max: 3650, 'data-testid': 'stale-days' } }}
            sx={{ width: 170 }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              onClick={onStart}
              disabled={running || blocked}
              data-testid="start-scan"
            >
              Scan methods
            </Button>
            {running && (
              <Button onClick={onCancel} data-testid="cancel-scan">
                Cancel
              </Button>
            )}
          </Stack>
        </Stack>
        {cohort.kind === 'filtered' && filterCount === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            No filters yet: this scans everyone in the registration report. Filter the{' '}
            <RouterLink to="/registration">Users list</RouterLink> and use its “Check method hygiene” link to
            scan just those users.
          </Typography>
        )}
        {cohort.kind === 'tenant' && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Reads every user’s methods, 20 users to a request, paced under Microsoft Graph’s limits: a large
            tenant takes minutes. The scan keeps going while you open other pages.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
