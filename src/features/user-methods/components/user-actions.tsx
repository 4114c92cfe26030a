import AlternateEmailOutlined from '@mui/icons-material/AlternateEmailOutlined';
import FingerprintOutlined from '@mui/icons-material/FingerprintOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StarOutlineOutlined from '@mui/icons-material/StarOutlineOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useId, type ReactNode } from 'react';
import { refusedAlike, type Access } from '../../../domain/auth-methods/operator-access.ts';
import { SectionCard } from './section-card.tsx';

export type PageAction =
  'tap' | 'passkey' | 'resetPassword' | 'phone' | 'email' | 'defaultMethod' | 'reRegister';

const BUTTONS: { action: PageAction; label: string; icon: ReactNode; danger?: boolean }[] = [
  { action: 'tap', label: 'Issue Temporary Access Pass', icon: <KeyOutlined /> },
  { action: 'passkey', label: 'Set up a passkey', icon: <FingerprintOutlined /> },
  { action: 'resetPassword', label: 'Reset password', icon: <LockResetOutlined /> },
  { action: 'phone', label: 'Add or replace phone', icon: <PhoneOutlined /> },
  { action: 'email', label: 'Add or replace email', icon: <AlternateEmailOutlined /> },
  { action: 'defaultMethod', label: 'Set default method', icon: <StarOutlineOutlined /> },
  { action: 'reRegister', label: 'Require MFA re-registration', icon: <RestartAltOutlined />, danger: true },
];

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
  // One box where both are refused for one cause; two where the causes differ.
  const bothReason = refusedAlike(methods, resetPassword);
  const sameReason = bothReason !== undefined;
  return (
    <SectionCard title="Actions">
      <Stack spacing={1.5}>
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          {BUTTONS.map(({ action, label, icon, danger }) => {
            const access = action === 'resetPassword' ? resetPassword : methods;
            const reason = action === 'resetPassword' && !sameReason ? passwordReason : methodsReason;
            return (
              <Button
                key={action}
                variant="outlined"
                color={danger ? 'error' : 'primary'}
                startIcon={icon}
                disabled={!access.allowed}
                aria-describedby={access.allowed ? undefined : reason}
                onClick={() => onAction(action)}
                data-testid={`action-${action}`}
              >
                {label}
              </Button>
            );
          })}
        </Stack>
        {!methods.allowed && (
          <Alert severity="info" id={methodsReason} data-testid="actions-denied">
            {bothReason ?? methods.reason}
          </Alert>
        )}
        {[methods, resetPassword]
          .flatMap((access) => (access.allowed && access.unknown ? [access.unknown] : []))
          .filter((text, i, all) => all.indexOf(text) === i)
          .map((text) => (
            <Alert severity="info" key={text} data-testid="access-unknown">
              {text}
            </Alert>
          ))}
        {!resetPassword.allowed && !sameReason && (
          <Alert severity="info" id={passwordReason} data-testid="reset-denied">
            {resetPassword.reason}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
