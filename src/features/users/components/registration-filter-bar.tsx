import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { REGISTERED_METHOD_STRINGS } from '../../../../entra-facts/report-methods.ts';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';
import { isStrengthClass, STRENGTH_LABELS } from '../../../domain/auth-methods/method-strength.ts';
import { STRENGTH_CLASSES } from '../../../../entra-facts/strength-classes.ts';
import {
  activeFilterCount,
  FEATURE_FILTERS,
  NO_FILTERS,
  type RegistrationFilters,
} from '../../../domain/reports/registration-filters.ts';

interface Props {
  filters: RegistrationFilters;
  onChange: (filters: RegistrationFilters) => void;
}

// As the top bar's search: one report call per pause in typing, not per key (the reports allow 5 per 10 s).
const SEARCH_DEBOUNCE_MS = 250;
const ANY = '';
const boolValue = (v: boolean | undefined) => (v === undefined ? ANY : String(v));
const readBool = (v: string) => (v === ANY ? undefined : v === 'true');

function FilterSelect(props: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  width?: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      // Two a row on a phone: one a row, eleven filters pushed the list a screen and a half down.
      sx={{ width: { xs: 'calc(50% - 6px)', sm: props.width ?? 170 } }}
      // "Any" stays visible, so the label sits above the value instead of being cut by the arrow.
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value={ANY}>Any</MenuItem>
      {props.options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** Search as you type (debounced, so each keystroke does not spend the reports budget) and one select per filter. */
export function RegistrationFilterBar({ filters, onChange }: Props) {
  const [text, setText] = useState(filters.search);
  const [seen, setSeen] = useState(filters.search);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The URL changed from outside (clear filters, back button): show its search text.
  if (filters.search !== seen) {
    setSeen(filters.search);
    setText(filters.search);
  }
  const methods = [...REGISTERED_METHOD_STRINGS] as string[];
  if (filters.method && !methods.includes(filters.method)) methods.push(filters.method);
  const count = activeFilterCount(filters);

  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      <TextField
        size="small"
        label="Name or UPN starts with"
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onChange({ ...filters, search: next }), SEARCH_DEBOUNCE_MS);
        }}
        sx={{ width: { xs: '100%', sm: 280 } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <FilterSelect
        label="User type"
        value={filters.userType ?? ANY}
        options={[
          { value: 'member', label: 'Members' },
          { value: 'guest', label: 'Guests' },
        ]}
        onChange={(v) => onChange({ ...filters, userType: v === 'member' || v === 'guest' ? v : undefined })}
        width={140}
      />
      <FilterSelect
        label="Admin"
        value={boolValue(filters.admin)}
        options={YES_NO}
        onChange={(v) => onChange({ ...filters, admin: readBool(v) })}
        width={120}
      />
      {FEATURE_FILTERS.map(({ param, label }) => (
        <FilterSelect
          key={param}
          label={label}
          value={boolValue(filters.features[param])}
          options={YES_NO}
          onChange={(v) => onChange({ ...filters, features: { ...filters.features, [param]: readBool(v) } })}
        />
      ))}
      <FilterSelect
        label="Has method"
        value={filters.method ?? ANY}
        options={methods.map((m) => ({ value: m, label: methodLabel(m) }))}
        onChange={(v) => onChange({ ...filters, method: v || undefined })}
        width={240}
      />
      <FilterSelect
        label="Strongest method"
        value={filters.strength ?? ANY}
        options={STRENGTH_CLASSES.map((c) => ({ value: c, label: STRENGTH_LABELS[c] }))}
        onChange={(v) => onChange({ ...filters, strength: isStrengthClass(v) ? v : undefined })}
      />
      {count > 0 && (
        <Button
          onClick={() => {
            clearTimeout(timer.current);
            onChange({ ...NO_FILTERS, sort: filters.sort });
          }}
        >
          Clear filters ({count})
        </Button>
      )}
    </Stack>
  );
}
