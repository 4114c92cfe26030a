import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { PHONE_ID, type PhoneType } from '../lib/phone-number.ts';
import { invalidateAfterMethodChange, userPath } from './invalidate-user.ts';

export interface SavePhoneInput {
  phoneType: PhoneType;
  /** Already in Graph's `+{country code} {subscriber number}` form. */
  phoneNumber: string;
  /** One phone per type: an existing one gets its number replaced (PATCH) instead of a second POST. */
  replace: boolean;
}

export async function savePhoneMethod(userId: string, input: SavePhoneInput): Promise<void> {
  const base = `${userPath(userId)}/phoneMethods`;
  if (input.replace) {
    await graphRequest<void>(`${base}/${PHONE_ID[input.phoneType]}`, {
      method: 'PATCH',
      body: { phoneNumber: input.phoneNumber },
      scopes: SCOPES.authMethodsWrite,
    });
    return;
  }
  await graphRequest<unknown>(base, {
    method: 'POST',
    body: { phoneNumber: input.phoneNumber, phoneType: input.phoneType },
    scopes: SCOPES.authMethodsWrite,
  });
}

export function useSavePhone(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePhoneInput) => savePhoneMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
