import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import type { GraphMethod, SignInPreferencesResponse } from './graph-method.ts';
import { METHOD_CATALOGUE } from './method-catalogue.ts';
import { methodKindOf } from './method-kinds.ts';

export type DefaultMark = 'default' | 'systemPreferred';

// A phone backs the values of its own type only (docs/graph-notes.md §11.5); keys lower-cased because the
// system-preferred extra comes capitalised ("Sms").
const PHONE_TYPE_OF_VALUE: Record<string, string> = {
  sms: 'mobile',
  voicemobile: 'mobile',
  voicealternatemobile: 'alternatemobile',
  voiceoffice: 'office',
};

function backs(value: string, method: GraphMethod): boolean {
  const kind = methodKindOf(method);
  if (!METHOD_CATALOGUE[kind].defaultValues.includes(value)) return false;
  return (
    kind !== 'phone' ||
    (method as PhoneAuthenticationMethod).phoneType?.toLowerCase() === PHONE_TYPE_OF_VALUE[value]
  );
}

export function methodsBacking(
  preference: string | null | undefined,
  methods: readonly GraphMethod[],
): GraphMethod[] {
  const value = preference?.toLowerCase();
  return value ? methods.filter((m) => backs(value, m)) : [];
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
