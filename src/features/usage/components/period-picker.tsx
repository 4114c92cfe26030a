import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { PERIODS, type UsagePeriod } from '../lib/usage-period.ts';

export function PeriodPicker({
  value,
  onChange,
}: {
  value: UsagePeriod;
  onChange: (period: UsagePeriod) => void;
}) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      onChange={(_, next: UsagePeriod | null) => next && onChange(next)}
      aria-label="Period"
    >
      {PERIODS.map((p) => (
        <ToggleButton
          key={p.value}
          value={p.value}
          aria-label={`Last ${p.label}`}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {p.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
