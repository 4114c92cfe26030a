import Button, { type ButtonProps } from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';

interface Props {
  onCancel: () => void;
  onSubmit: () => void;
  /** Besides while the write is under way, when the form does not allow sending yet. */
  disabled?: boolean;
  pending: boolean;
  label: string;
  pendingLabel?: string;
  color?: ButtonProps['color'];
  testId: string;
}

/** Cancel and the dialog's one write, which says so while it is under way and cannot be sent twice. */
export function WriteDialogActions({
  onCancel,
  onSubmit,
  disabled = false,
  pending,
  label,
  pendingLabel = 'Saving…',
  color,
  testId,
}: Props) {
  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      <Button
        variant="contained"
        color={color}
        onClick={onSubmit}
        disabled={disabled || pending}
        data-testid={testId}
      >
        {pending ? pendingLabel : label}
      </Button>
    </DialogActions>
  );
}
