import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { deleteSegmentOf, kindNoun } from '../../../domain/auth-methods/method-catalogue.ts';
import Button from '@mui/material/Button';
import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import type { DefaultMark } from '../../../domain/auth-methods/default-method.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';

import { shortName } from '../lib/confirmation-text.ts';
import { describeMethod } from '../lib/method-details.ts';
import type { PhoneType } from '../lib/phone-number.ts';
import { smsSignInChange } from '../lib/sms-sign-in-change.ts';

/** The dialogs a method's own buttons open. */
export type MethodDialog =
  | { type: 'delete'; method: GraphMethod; isDefault: boolean; replace?: boolean }
  | { type: 'phone'; phoneType?: PhoneType }
  | { type: 'email' }
  | { type: 'smsSignIn'; phoneNumber: string; smsSignInState: string | null | undefined };

interface Props {
  method: GraphMethod;
  marks: DefaultMark[];
  allowed: boolean;
  reasonId: string;
  onOpen: (dialog: MethodDialog) => void;
}

/**
 * The buttons beside one method: delete for every deletable kind, replace for phones and email, and for a
 * passkey (a lost key) delete then set up a new one.
 */
export function MethodActions({ method, marks, allowed, reasonId, onOpen }: Props) {
  const described = describeMethod(method);
  if (!deleteSegmentOf(described.kind)) return null;
  const name = `${kindNoun(described.kind)} ${shortName(described.title, 40)}`;
  const phone = method as PhoneAuthenticationMethod;
  const phoneType =
    described.kind === 'phone' ? (phone.phoneType as PhoneType | null | undefined) : undefined;
  const sms = phoneType === 'mobile' ? smsSignInChange(phone.smsSignInState) : undefined;
  const common = {
    size: 'small',
    disabled: !allowed,
    'aria-describedby': allowed ? undefined : reasonId,
  } as const;
  return (
    <>
      {sms && (
        <Button
          {...common}
          onClick={() =>
            onOpen({
              type: 'smsSignIn',
              phoneNumber: phone.phoneNumber ?? '',
              smsSignInState: phone.smsSignInState,
            })
          }
          data-testid="sms-sign-in"
        >
          {sms.change === 'disable' ? 'Disable SMS sign-in' : 'Enable SMS sign-in'}
        </Button>
      )}
      {(phoneType || described.kind === 'email') && (
        <Button
          {...common}
          onClick={() => onOpen(phoneType ? { type: 'phone', phoneType } : { type: 'email' })}
          aria-label={`${phoneType ? 'Replace number of' : 'Replace'} ${name}`}
        >
          Replace
        </Button>
      )}
      {described.kind === 'fido2' && (
        <Button
          {...common}
          onClick={() => onOpen({ type: 'delete', method, isDefault: false, replace: true })}
          aria-label={`Replace ${name}`}
          data-testid="replace-passkey"
        >
          Replace
        </Button>
      )}
      <Button
        {...common}
        color="error"
        startIcon={<DeleteOutlined />}
        onClick={() => onOpen({ type: 'delete', method, isDefault: marks.includes('default') })}
        aria-label={`Delete ${name}`}
        data-testid="delete-method"
        sx={{ flexShrink: 0 }}
      >
        Delete
      </Button>
    </>
  );
}
