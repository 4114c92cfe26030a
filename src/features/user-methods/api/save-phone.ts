import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { PHONE_ID, PHONE_TYPE_LABEL, type PhoneType } from '../lib/phone-number.ts';
import { settleAmbiguousWrite } from './ambiguous-write.ts';
import { invalidateAfterMethodChange, userPath } from '../../../domain/auth-methods/invalidate-user.ts';

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
  try {
    await graphRequest<unknown>(base, {
      method: 'POST',
      body: { phoneNumber: input.phoneNumber, phoneType: input.phoneType },
      scopes: SCOPES.authMethodsWrite,
    });
  } catch (error) {
    // There was no phone of this type before (else it would be a replace): one now means the POST landed.
    await settleAmbiguousWrite(
      error,
      async () =>
        (
          await graphRequest<{ value: { phoneType?: string }[] }>(base, { scopes: SCOPES.authMethodsRead })
        ).value.some((p) => p.phoneType === input.phoneType),
      `${PHONE_TYPE_LABEL[input.phoneType].toLowerCase()} phone`,
    );
  }
}

export function useSavePhone(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePhoneInput) => savePhoneMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
