import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import type { GraphMethod, SignInPreferencesResponse } from './graph-method.ts';
import { methodKindOf } from './method-kinds.ts';

export type DefaultMark = 'default' | 'systemPreferred';

const phoneOfType = (type: string) => (m: GraphMethod) =>
  methodKindOf(m) === 'phone' && (m as PhoneAuthenticationMethod).phoneType?.toLowerCase() === type;
const ofKind =
  (...kinds: string[]) =>
  (m: GraphMethod) =>
    kinds.includes(methodKindOf(m));

// userDefaultAuthenticationMethodType → the methods that back it (docs/graph-notes.md §11.5); keys lower-cased
// because the system-preferred extra comes capitalised ("Sms").
const BACKED_BY: Record<string, (m: GraphMethod) => boolean> = {
  push: ofKind('microsoftAuthenticator'),
  sms: phoneOfType('mobile'),
  voicemobile: phoneOfType('mobile'),
  voicealternatemobile: phoneOfType('alternatemobile'),
  voiceoffice: phoneOfType('office'),
  oath: ofKind('softwareOath', 'hardwareOath'),
  // Values only the system-preferred string is seen to carry.
  fido2: ofKind('fido2'),
  passkey: ofKind('fido2'),
  windowshelloforbusiness: ofKind('windowsHelloForBusiness'),
  temporaryaccesspass: ofKind('temporaryAccessPass'),
};

export function methodsBacking(
  preference: string | null | undefined,
  methods: readonly GraphMethod[],
): GraphMethod[] {
  const matches = preference ? BACKED_BY[preference.toLowerCase()] : undefined;
  return matches ? methods.filter(matches) : [];
}

/** Method id → its marks: the user's default MFA method and what the system prefers. */
export function defaultMarks(
  methods: readonly GraphMethod[],
  preferences: SignInPreferencesResponse | undefined,
): Map<string, DefaultMark[]> {
  const marks = new Map<string, DefaultMark[]>();
  const mark = (list: GraphMethod[], what: DefaultMark) => {
    for (const m of list) if (m.id) marks.set(m.id, [...(marks.get(m.id) ?? []), what]);
  };
  mark(methodsBacking(preferences?.userPreferredMethodForSecondaryAuthentication, methods), 'default');
  mark(methodsBacking(preferences?.systemPreferredAuthenticationMethod, methods), 'systemPreferred');
  return marks;
}
