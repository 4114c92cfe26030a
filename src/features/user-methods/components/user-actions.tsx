import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { Access } from '../lib/operator-access.ts';
import { SectionCard } from './section-card.tsx';

export type PageAction = 'tap' | 'resetPassword' | 'phone';

interface Props {
  methods: Access;
  resetPassword: Access;
  onAction: (action: PageAction) => void;
  /** Id of the reason text, so the per-method buttons can point at it too. */
  methodsReasonId: string;
}

/** The page-level actions; ones the operator may not do stay visible, disabled, with the reason. */
export function UserActions({ methods, resetPassword, onAction, methodsReasonId: methodsReason }: Props) {
  const passwordReason = useId();
  const sameReason = !methods.allowed && !resetPassword.allowed && methods.reason === resetPassword.reason;
  return (
    <SectionCard title="Actions">
      <Stack spacing={1.5}>
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            startIcon={<KeyOutlined />}
            disabled={!methods.allowed}
            aria-describedby={methods.allowed ? undefined : methodsReason}
            onClick={() => onAction('tap')}
          >
            Issue Temporary Access Pass
          </Button>
          <Button
            variant="outlined"
            startIcon={<LockResetOutlined />}
            disabled={!resetPassword.allowed}
            aria-describedby={resetPassword.allowed ? undefined : sameReason ? methodsReason : passwordReason}
            onClick={() => onAction('resetPassword')}
          >
            Reset password
          </Button>
          <Button
            variant="outlined"
            startIcon={<PhoneOutlined />}
            disabled={!methods.allowed}
            aria-describedby={methods.allowed ? undefined : methodsReason}
            onClick={() => onAction('phone')}
          >
            Add or replace phone
          </Button>
        </Stack>
        {!methods.allowed && (
          <Alert severity="info" id={methodsReason} data-testid="actions-denied">
            {methods.reason}
          </Alert>
        )}
        {!resetPassword.allowed && !sameReason && (
          <Alert severity="info" id={passwordReason} data-testid="reset-denied">
            {resetPassword.reason}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
