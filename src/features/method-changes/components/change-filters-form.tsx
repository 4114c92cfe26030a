import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { AUTH_METHODS_ACTIVITIES } from '../../../../entra-facts/audit-activities.ts';
import { NO_CHANGE_FILTERS, type ChangeFilters } from '../lib/change-filters.ts';

interface Props {
  filters: ChangeFilters;
  onApply: (filters: ChangeFilters) => void;
}

/**
 * The changes page's filters, applied together (each one more request against the reports' limit, so not on
 * every keystroke). The page keys it by the applied filters, so a link or the back button shows them.
 * Activities are the docs' list; one from a link that the list lacks is kept as it came.
 */
export function ChangeFiltersForm({ filters, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof ChangeFilters) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const activities: readonly string[] =
    draft.activity && !AUTH_METHODS_ACTIVITIES.some((a) => a === draft.activity)
      ? [draft.activity, ...AUTH_METHODS_ACTIVITIES]
      : AUTH_METHODS_ACTIVITIES;
  const rangeReversed = draft.from !== '' && draft.to !== '' && draft.from > draft.to;

  return (
    <Card variant="outlined">
      <CardContent>
        <Box
          component="form"
          aria-label="Filter method changes"
          onSubmit={(event) => {
            event.preventDefault();
            if (!rangeReversed)
              onApply({ ...draft, initiator: draft.initiator.trim(), target: draft.target.trim() });
          }}
        >
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
            }}
          >
            <TextField select label="Activity" size="small" value={draft.activity} onChange={set('activity')}>
              <MenuItem value="">Any activity</MenuItem>
              {activities.map((activity) => (
                <MenuItem key={activity} value={activity}>
                  {activity}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="Made by"
              helperText="Start of their sign-in name"
              size="small"
              value={draft.initiator}
              onChange={set('initiator')}

              slotProps={{ htmlInput: { 'data-testid': 'changes-initiator', maxLength: 256 } }}
            />
            <TextField
              label="Made to"
              helperText="Name, sign-in name or object ID"
              size="small"
              value={draft.target}
              onChange={set('target')}

              slotProps={{ htmlInput: { 'data-testid': 'changes-target', maxLength: 256 } }}
            />
            <TextField
              label="From"
              type="date"
              size="small"
              value={draft.from}
              onChange={set('from')}

              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label="To"
              type="date"
              size="small"
              value={draft.to}
              onChange={set('to')}
              error={rangeReversed}
              helperText={rangeReversed ? 'Ends before it starts' : undefined}

              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField select label="Result" size="small" value={draft.result} onChange={set('result')}>
              <MenuItem value="">Any result</MenuItem>
              <MenuItem value="success">Success</MenuItem>
              <MenuItem value="failure">Failure</MenuItem>
            </TextField>
          </Box>
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
              type="submit"
              variant="contained"
              disabled={rangeReversed}
              data-testid="apply-change-filters"
            >
              Apply filters
            </Button>
            <Button
              onClick={() => {
                setDraft(NO_CHANGE_FILTERS);
                onApply(NO_CHANGE_FILTERS);
              }}
            >
              Clear
            </Button>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
