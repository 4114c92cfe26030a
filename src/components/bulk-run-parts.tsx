import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Pieces every run over many users shares: what to type to confirm, how far it got, and stop or close. */

export function ConfirmField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete="off"
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    />
  );
}

export function RunProgress({
  children,
  done,
  total,
  label,
  testId,
}: {
  children: ReactNode;
  done: number;
  total: number;
  label: string;
  testId: string;
}) {
  return (
    <>
      <Typography role="status" data-testid={testId}>
        {children}
      </Typography>
      <LinearProgress variant="determinate" value={total ? (done / total) * 100 : 100} aria-label={label} />
    </>
  );
}

/** While running, a stop that takes effect between steps; otherwise Cancel, or Close once finished. */
export function StopOrClose({
  running,
  finished,
  stopLabel,
  onStop,
  onClose,
  testIdPrefix,
}: {
  running: boolean;
  finished: boolean;
  stopLabel: string;
  onStop: () => void;
  onClose: () => void;
  testIdPrefix: string;
}) {
  return running ? (
    <Button onClick={onStop} data-testid={`${testIdPrefix}-stop`}>
      {stopLabel}
    </Button>
  ) : (
    <Button onClick={onClose} data-testid={`${testIdPrefix}-close`}>
      {finished ? 'Close' : 'Cancel'}
    </Button>
  );
}
