import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { USER_ROLE_OPTIONS, USER_TYPE_OPTIONS } from '../lib/scope-links.ts';

interface Props {
  scope: SummaryScope;
  onChange: (scope: SummaryScope) => void;
}

/** Graph's own report parameters (includedUserTypes / includedUserRoles), not a client-side filter. */
export function ScopeControls({ scope, onChange }: Props) {
  return (
    <Stack
      direction="row"
      useFlexGap
      sx={{ flexWrap: 'wrap', gap: 1.5 }}
      role="group"
      aria-label="Report scope"
    >
      <TextField
        select
        size="small"
        label="User type"
        value={scope.userTypes}
        onChange={(e) => onChange({ ...scope, userTypes: e.target.value as SummaryScope['userTypes'] })}
        sx={{ width: 160 }}
      >
        {USER_TYPE_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="User role"
        value={scope.userRoles}
        onChange={(e) => onChange({ ...scope, userRoles: e.target.value as SummaryScope['userRoles'] })}
        sx={{ width: 180 }}
      >
        {USER_ROLE_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
