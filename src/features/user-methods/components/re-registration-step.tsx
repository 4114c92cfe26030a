import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import RemoveCircleOutlineOutlined from '@mui/icons-material/RemoveCircleOutlineOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import type { StepResult, StepStatus } from '../api/re-registration.ts';
import type { PlanStep } from '../lib/re-registration-plan.ts';
import { stepLabel } from '../lib/re-registration-step-label.ts';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';

const STATUS_TEXT: Record<StepStatus, string> = {
  pending: 'Waiting',
  running: 'In progress…',
  done: 'Done',
  alreadyGone: 'Already removed elsewhere',
  failed: 'Failed',
  skipped: 'Skipped',
};

function StatusIcon({ status }: { status: StepStatus }) {
  if (status === 'running') return <CircularProgress size={18} aria-hidden />;
  if (status === 'done' || status === 'alreadyGone')
    return <CheckCircleOutlined color="success" fontSize="small" aria-hidden />;
  if (status === 'failed') return <ErrorOutlined color="error" fontSize="small" aria-hidden />;
  if (status === 'skipped')
    return <RemoveCircleOutlineOutlined color="disabled" fontSize="small" aria-hidden />;
  return <ScheduleOutlined color="disabled" fontSize="small" aria-hidden />;
}

/** One line of the wizard's run: what the step does, where it stands, and Graph's answer if it failed. */
export function ReRegistrationStep({ step, result }: { step: PlanStep; result: StepResult | undefined }) {
  const status = result?.status ?? 'pending';
  return (
    <Box component="li" data-testid="rereg-step" data-status={status} sx={{ py: 0.75 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ pt: 0.25, width: 20, flexShrink: 0 }}>
          <StatusIcon status={status} />
        </Box>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere', unicodeBidi: 'isolate' }}>
            {stepLabel(step)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {STATUS_TEXT[status]}
            {status === 'skipped' && result?.error !== undefined && ' — Graph refused an earlier step'}
          </Typography>
          {status === 'failed' && (
            <Box sx={{ mt: 0.5 }}>
              <GraphErrorAlert error={result?.error} accessHint={WRITE_ACCESS_HINT} />
            </Box>
          )}
        </Box>
      </Stack>
    </Box>
  );
}
