import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';

/** `userDefaultAuthenticationMethodType` values an admin may PATCH (docs/graph-notes.md §11.5; no `none`). */
export type DefaultMethodValue =
  'push' | 'oath' | 'sms' | 'voiceMobile' | 'voiceAlternateMobile' | 'voiceOffice';

export interface DefaultMethodOption {
  value: DefaultMethodValue;
  label: string;
}

const phone = (type: string) => (m: GraphMethod) =>
  methodKindOf(m) === 'phone' && (m as PhoneAuthenticationMethod).phoneType === type;
const kind =
  (...kinds: MethodKind[]) =>
  (m: GraphMethod) =>
    kinds.includes(methodKindOf(m));

// Which registered method makes each value possible; the §11.5 mapping (oath also from Authenticator's codes).
const OPTIONS: { value: DefaultMethodValue; label: string; backedBy: (m: GraphMethod) => boolean }[] = [
  { value: 'push', label: 'Microsoft Authenticator notification', backedBy: kind('microsoftAuthenticator') },
  {
    value: 'oath',
    label: 'Code from an authenticator app or token',
    backedBy: kind('softwareOath', 'hardwareOath', 'microsoftAuthenticator'),
  },
  { value: 'sms', label: 'Text message to the mobile phone', backedBy: phone('mobile') },
  { value: 'voiceMobile', label: 'Phone call to the mobile phone', backedBy: phone('mobile') },
  {
    value: 'voiceAlternateMobile',
    label: 'Phone call to the alternate mobile',
    backedBy: phone('alternateMobile'),
  },
  { value: 'voiceOffice', label: 'Phone call to the office phone', backedBy: phone('office') },
];

/** Only the values the user's registered methods back: Graph refuses the others (§11.5). */
export function defaultMethodOptions(methods: readonly GraphMethod[]): DefaultMethodOption[] {
  return OPTIONS.filter((o) => methods.some(o.backedBy)).map(({ value, label }) => ({ value, label }));
}

/** Graph's current value matched case-insensitively, since the system-preferred extra comes capitalised. */
export function currentDefault(value: string | null | undefined): DefaultMethodValue | undefined {
  const lower = value?.toLowerCase();
  return OPTIONS.find((o) => o.value.toLowerCase() === lower)?.value;
}

export const labelOfDefault = (value: string | null | undefined): string | undefined =>
  OPTIONS.find((o) => o.value === currentDefault(value))?.label;
