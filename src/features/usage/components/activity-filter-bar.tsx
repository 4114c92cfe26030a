import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { ActivityFilters } from '../lib/activity-filters.ts';
import { usageMethodLabel } from '../lib/usage-methods.ts';

const METHODS = [
  'email',
  'mobileSMS',
  'mobileCall',
  'alternateMobileCall',
  'officePhone',
  'appNotification',
  'appCode',
  'securityQuestion',
  'fido',
];

/** Feature, outcome, method and user: the filters Graph applies server-side. */
export function ActivityFilterBar({
  filters,
  onChange,
}: {
  filters: ActivityFilters;
  onChange: (next: ActivityFilters) => void;
}) {
  const [user, setUser] = useState(filters.user);
  // Typing settles for a moment before it becomes a Graph request.
  useEffect(() => {
    if (user === filters.user) return;
    const timer = setTimeout(() => onChange({ ...filters, user }), 350);
    return () => clearTimeout(timer);
  }, [user, filters, onChange]);
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label="Feature"
        value={filters.feature}
        onChange={(e) => onChange({ ...filters, feature: e.target.value as ActivityFilters['feature'] })}
        sx={{ minWidth: 170 }}
      >
        <MenuItem value="all">All features</MenuItem>
        <MenuItem value="registration">Registration</MenuItem>
        <MenuItem value="reset">Password reset</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label="Outcome"
        value={filters.outcome}
        onChange={(e) => onChange({ ...filters, outcome: e.target.value as ActivityFilters['outcome'] })}
        sx={{ minWidth: 150 }}
      >
        <MenuItem value="all">All outcomes</MenuItem>
        <MenuItem value="failure">Failed</MenuItem>
        <MenuItem value="success">Succeeded</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label="Method"
        value={filters.method}
        onChange={(e) => onChange({ ...filters, method: e.target.value })}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="all">All methods</MenuItem>
        {[...new Set([...METHODS, filters.method])]
          .filter((m) => m !== 'all')
          .map((m) => (
            <MenuItem key={m} value={m}>
              {usageMethodLabel(m)}
            </MenuItem>
          ))}
      </TextField>
      <TextField
        size="small"
        label="User name or UPN starts with"
        value={user}
        onChange={(e) => setUser(e.target.value)}
        sx={{ minWidth: 260, flexGrow: 1 }}
      />
    </Stack>
  );
}
