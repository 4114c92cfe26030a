import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import { methodsBacking } from '../../../domain/auth-methods/default-method.ts';
import { currentDefault, type DefaultMethodValue } from './default-method-options.ts';
import type { GraphMethod, SignInPreferencesResponse } from '../../../domain/auth-methods/graph-method.ts';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';

/** What the Entra admin center's "Require re-register MFA" removes. */
const MFA_KINDS: readonly MethodKind[] = ['microsoftAuthenticator', 'softwareOath', 'phone'];
/** Removed only when the agent asks: the user loses passwordless sign-in until they register again. */
export const PASSWORDLESS_KINDS: readonly MethodKind[] = [
  'fido2',
  'windowsHelloForBusiness',
  'platformCredential',
];

// Why the rest stay: shown beside each kept method in the preview.
const KEPT_BECAUSE: Partial<Record<MethodKind, string>> = {
  password: 'the password is never deleted',
  email: 'used only for password reset, not for MFA',
  temporaryAccessPass: 'lets the user sign in to register again',
  hardwareOath: 'hardware tokens are unassigned by an admin, not deleted here',
  other: 'a method type this app does not know how to delete',
};

export type PlanStep =
  | { key: string; type: 'setDefault'; value: DefaultMethodValue }
  | { key: string; type: 'delete'; method: GraphMethod; kind: MethodKind };

export interface KeptMethod {
  method: GraphMethod;
  reason: string;
}

export interface ReRegistrationPlan {
  steps: PlanStep[];
  kept: KeptMethod[];
  /** Set when a phone must stay the default because nothing else can take over (Graph refuses its delete). */
  defaultPhoneWarning: boolean;
}

export interface PlanOptions {
  includePasswordless: boolean;
  /** Limit the plan to these method ids (a retry of the ones that failed). */
  onlyIds?: ReadonlySet<string>;
}

const PHONE_ORDER = ['alternatemobile', 'office', 'mobile'];
const phoneRank = (m: GraphMethod) =>
  PHONE_ORDER.indexOf((m as PhoneAuthenticationMethod).phoneType?.toLowerCase() ?? '');
// Non-phones first (any order), then phones with the alternate mobile before the mobile (§4.2).
const rank = (m: GraphMethod) => (methodKindOf(m) === 'phone' ? 10 + phoneRank(m) : 0);

// A non-phone method that can carry the default while every phone is deleted.
const TAKEOVER: { kind: MethodKind; value: DefaultMethodValue }[] = [
  { kind: 'microsoftAuthenticator', value: 'push' },
  { kind: 'softwareOath', value: 'oath' },
];

/**
 * The steps that remove a user's MFA methods in an order Graph accepts (docs/graph-notes.md §4.2, §4.11):
 * a phone that is the default cannot be deleted, so when another removed method can take the default it
 * becomes the default first; the methods backing the default go last; the alternate mobile goes before
 * the mobile.
 */
export function planReRegistration(
  methods: readonly GraphMethod[],
  preferences: SignInPreferencesResponse | undefined,
  options: PlanOptions,
): ReRegistrationPlan {
  const kinds = options.includePasswordless ? [...MFA_KINDS, ...PASSWORDLESS_KINDS] : MFA_KINDS;
  const inScope = methods.filter((m) => !options.onlyIds || (m.id && options.onlyIds.has(m.id)));
  const removed = inScope.filter((m) => kinds.includes(methodKindOf(m)));
  const kept = inScope
    .filter((m) => !removed.includes(m))
    .map((method) => ({ method, reason: keptReason(methodKindOf(method)) }));

  const steps: PlanStep[] = [];
  let defaultValue = currentDefault(preferences?.userPreferredMethodForSecondaryAuthentication);
  let backing = methodsBacking(defaultValue, removed);
  let defaultPhoneWarning = false;
  if (backing.some((m) => methodKindOf(m) === 'phone')) {
    const takeover = TAKEOVER.find((t) => removed.some((m) => methodKindOf(m) === t.kind));
    if (takeover) {
      steps.push({ key: 'default', type: 'setDefault', value: takeover.value });
      defaultValue = takeover.value;
      backing = methodsBacking(defaultValue, removed);
    } else defaultPhoneWarning = true;
  }
  const ordered = [...removed].sort(
    (a, b) => Number(backing.includes(a)) - Number(backing.includes(b)) || rank(a) - rank(b),
  );
  for (const method of ordered)
    steps.push({ key: `delete:${method.id}`, type: 'delete', method, kind: methodKindOf(method) });
  return { steps, kept, defaultPhoneWarning };
}

function keptReason(kind: MethodKind): string {
  if (PASSWORDLESS_KINDS.includes(kind)) return 'passwordless methods stay unless you choose to remove them';
  return KEPT_BECAUSE[kind] ?? 'not part of MFA re-registration';
}
