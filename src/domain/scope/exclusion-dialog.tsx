import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  MAX_EXCLUDED_ACCOUNTS,
  MAX_REASON_LENGTH,
  normaliseExclusions,
  normaliseReason,
  normaliseUpn,
  type Exclusions,
} from './exclusions.ts';

interface Draft {
  guests: boolean;
  guestsReason: string;
  disabled: boolean;
  disabledReason: string;
  accounts: { upn: string; reason: string }[];
}

const draftOf = (e: Exclusions): Draft => ({
  guests: Boolean(e.guests),
  guestsReason: e.guests?.reason ?? '',
  disabled: Boolean(e.disabled),
  disabledReason: e.disabled?.reason ?? '',
  accounts: e.accounts.map((a) => ({ ...a })),
});

const reasonError = (text: string) => (normaliseReason(text) ? undefined : 'Write why they are left out');

function CohortField(props: {
  label: string;
  checked: boolean;
  reason: string;
  onChange: (checked: boolean, reason: string) => void;
}) {
  const { label, checked, reason, onChange } = props;
  const error = checked ? reasonError(reason) : undefined;
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={<Checkbox checked={checked} onChange={(e) => onChange(e.target.checked, reason)} />}
        label={label}
      />
      {checked && (
        <TextField
          size="small"
          label={`Reason for excluding ${label.toLowerCase()}`}
          value={reason}
          required
          error={Boolean(error)}
          helperText={error ?? ' '}
          slotProps={{ htmlInput: { maxLength: MAX_REASON_LENGTH } }}
          onChange={(e) => onChange(true, e.target.value)}
        />
      )}
    </Stack>
  );
}

/** The form behind the Exclusions button; loaded on first use, outside the Overview's first bundle. */
export function ExclusionDialog({
  exclusions,
  onChange,
  onClose,
}: {
  exclusions: Exclusions;
  onChange: (next: Exclusions) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(exclusions));
  const accountErrors = draft.accounts.map((a) => ({
    upn: normaliseUpn(a.upn) ? undefined : 'Not a user principal name (name@domain)',
    reason: reasonError(a.reason),
  }));
  const valid =
    !(draft.guests && reasonError(draft.guestsReason)) &&
    !(draft.disabled && reasonError(draft.disabledReason)) &&
    accountErrors.every((e) => !e.upn && !e.reason);

  const apply = () => {
    onChange(
      normaliseExclusions({
        guests: draft.guests ? draft.guestsReason : undefined,
        disabled: draft.disabled ? draft.disabledReason : undefined,
        accounts: draft.accounts,
      }),
    );
    onClose();
  };
  const setAccount = (i: number, patch: Partial<Draft['accounts'][number]>) =>
    setDraft((d) => ({ ...d, accounts: d.accounts.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));

  return (
    <>
      <Dialog open onClose={() => onClose()} fullWidth maxWidth="sm">
        <DialogTitle>Leave cohorts out of the figures</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Every chart shows who is left out and your reason. The exclusions are kept in the page address, so
            a link shares them, and in each day&apos;s history snapshot.
          </Typography>
          <CohortField
            label="Guests"
            checked={draft.guests}
            reason={draft.guestsReason}
            onChange={(guests, guestsReason) => setDraft((d) => ({ ...d, guests, guestsReason }))}
          />
          <CohortField
            label="Disabled accounts"
            checked={draft.disabled}
            reason={draft.disabledReason}
            onChange={(disabled, disabledReason) => setDraft((d) => ({ ...d, disabled, disabledReason }))}
          />
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
            Named accounts (service, break-glass)
          </Typography>
          <Stack spacing={1}>
            {draft.accounts.map((a, i) => (
              <Stack
                key={i}
                direction={{ xs: 'column', sm: 'row' }}
                spacing={1}
                sx={{ alignItems: 'flex-start' }}
              >
                <TextField
                  size="small"
                  label={`Account ${i + 1} UPN`}
                  value={a.upn}
                  required
                  error={Boolean(accountErrors[i]?.upn)}
                  helperText={accountErrors[i]?.upn ?? ' '}
                  onChange={(e) => setAccount(i, { upn: e.target.value })}
                  sx={{ flex: 1, width: '100%' }}
                />
                <TextField
                  size="small"
                  label={`Account ${i + 1} reason`}
                  value={a.reason}
                  required
                  error={Boolean(accountErrors[i]?.reason)}
                  helperText={accountErrors[i]?.reason ?? ' '}
                  slotProps={{ htmlInput: { maxLength: MAX_REASON_LENGTH } }}
                  onChange={(e) => setAccount(i, { reason: e.target.value })}
                  sx={{ flex: 1, width: '100%' }}
                />
                <IconButton
                  aria-label={`Remove account ${i + 1}`}
                  onClick={() => setDraft((d) => ({ ...d, accounts: d.accounts.filter((_, j) => j !== i) }))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Stack>
            ))}
            <Button
              startIcon={<AddIcon />}
              onClick={() => setDraft((d) => ({ ...d, accounts: [...d.accounts, { upn: '', reason: '' }] }))}
              disabled={draft.accounts.length >= MAX_EXCLUDED_ACCOUNTS}
              sx={{ alignSelf: 'flex-start' }}
            >
              Add account
            </Button>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button variant="contained" onClick={apply} disabled={!valid}>
            Apply exclusions
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
