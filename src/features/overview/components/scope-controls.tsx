import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import { USER_ROLE_OPTIONS, USER_TYPE_OPTIONS } from '../lib/scope-links.ts';

interface Props {
  scope: SummaryScope;
  onChange: (scope: SummaryScope) => void;
}

/**
 * One of the scope's choices, as the browser's own select: the Overview needs no menu of its own (MUI's Select
 * brings Menu, Popover and Modal into the page's first download for two short lists).
 */
function ScopeSelect<T extends string>({
  label,
  value,
  options,
  width,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  width: number;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ width }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        input={<OutlinedInput label={label} notched id={id} />}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
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
      <ScopeSelect
        label="User type"
        value={scope.userTypes}
        options={USER_TYPE_OPTIONS}
        width={160}
        onChange={(userTypes) => onChange({ ...scope, userTypes })}
      />
      <ScopeSelect
        label="User role"
        value={scope.userRoles}
        options={USER_ROLE_OPTIONS}
        width={180}
        onChange={(userRoles) => onChange({ ...scope, userRoles })}
      />
    </Stack>
  );
}
