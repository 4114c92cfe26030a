import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { CountryCode } from 'libphonenumber-js';
import { useMemo, useRef, useState } from 'react';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useSavePhone } from '../api/save-phone.ts';
import { shortName } from '../lib/confirmation-text.ts';
import { countryOptions, PHONE_TYPE_LABEL, toGraphPhoneNumber, type PhoneType } from '../lib/phone-number.ts';
import type { TargetUser } from './user-identity.ts';
import { WRITE_ACCESS_HINT } from './write-access-hint.ts';
import { WriteDialogActions } from './write-dialog-actions.tsx';

export interface ExistingPhone {
  phoneType: PhoneType;
  phoneNumber: string;
}

interface Props {
  user: TargetUser;
  phones: readonly ExistingPhone[];
  initialType?: PhoneType;
  onClose: () => void;
  onDone: (message: string) => void;
}

const TYPES: PhoneType[] = ['mobile', 'alternateMobile', 'office'];

/** Adds a phone of a type the user lacks, or replaces the number of the one they have (one per type). */
export function AddPhoneDialog({ user, phones, initialType = 'mobile', onClose, onDone }: Props) {
  const [phoneType, setPhoneType] = useState<PhoneType>(initialType);
  const [country, setCountry] = useState<CountryCode>('US');
  const [number, setNumber] = useState('');
  const [touched, setTouched] = useState(false);
  const countries = useMemo(() => countryOptions(), []);
  const mutation = useSavePhone(user.id);
  const sending = useRef(false);
  const existing = phones.find((p) => p.phoneType === phoneType);
  const needsMobile = phoneType === 'alternateMobile' && !phones.some((p) => p.phoneType === 'mobile');
  const check = toGraphPhoneNumber(number, country);
  const typeLabel = PHONE_TYPE_LABEL[phoneType].toLowerCase();
  const name = shortName(user.displayName);

  const submit = () => {
    setTouched(true);
    if (!check.ok || needsMobile || sending.current) return;
    sending.current = true;
    mutation.mutate(
      { phoneType, phoneNumber: check.graphNumber, replace: !!existing },
      {
        onSuccess: () =>
          onDone(
            existing
              ? `Replaced ${name}’s ${typeLabel} number with ${check.graphNumber}.`
              : `Added ${check.graphNumber} as ${name}’s ${typeLabel} phone.`,
          ),
        onError: () => {
          sending.current = false;
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{existing ? 'Replace phone number' : 'Add phone'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          <DialogContentText>
            For{' '}
            <strong dir="auto" style={{ unicodeBidi: 'isolate' }}>
              {name}
            </strong>{' '}
            (<span style={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}>{user.upn}</span>). A user has
            at most one phone of each type; only the mobile receives text messages.
          </DialogContentText>
          <TextField
            select
            label="Phone type"
            value={phoneType}
            onChange={(e) => setPhoneType(e.target.value as PhoneType)}
            slotProps={{ htmlInput: { 'data-testid': 'phone-type' } }}
          >
            {TYPES.map((t) => (
              <MenuItem key={t} value={t}>
                {PHONE_TYPE_LABEL[t]}
              </MenuItem>
            ))}
          </TextField>
          {existing && (
            <Alert severity="info" data-testid="phone-replace-note">
              {name} already has a {typeLabel} phone ({existing.phoneNumber}). Saving replaces its number.
            </Alert>
          )}
          {needsMobile && (
            <Alert severity="warning" data-testid="phone-needs-mobile">
              An alternate mobile can only be added when the user has a mobile phone. Add the mobile first.
            </Alert>
          )}
          <TextField
            select
            label="Country or region (for numbers without +)"
            value={country}
            onChange={(e) => setCountry(e.target.value as CountryCode)}
            slotProps={{ select: { native: true } }}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </TextField>
          <TextField
            label="Phone number"
            type="tel"
            autoComplete="off"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && !check.ok}
            helperText={
              touched && !check.ok
                ? check.message
                : check.ok
                  ? `Will be saved as ${check.graphNumber}`
                  : 'For example +44 20 7946 0018, or a national number for the selected country. Add x123 for an extension.'
            }
            slotProps={{ htmlInput: { 'data-testid': 'phone-number' } }}
          />
          {mutation.isError && <GraphErrorAlert error={mutation.error} accessHint={WRITE_ACCESS_HINT} />}
        </Stack>
      </DialogContent>
      <WriteDialogActions
        onCancel={onClose}
        onSubmit={submit}
        disabled={needsMobile}
        pending={mutation.isPending}
        label={existing ? 'Replace number' : 'Add phone'}
        testId="phone-submit"
      />
    </Dialog>
  );
}
