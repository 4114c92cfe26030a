import type { SignIn } from '@microsoft/microsoft-graph-types-beta';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { METHOD_KINDS_IN_ORDER, type MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';

/** A sign-in, as far as use is read from it (graph-docs-contrib beta resources/signin.md, authenticationdetail.md). */
export type SignInEvent = Pick<SignIn, 'id' | 'createdDateTime' | 'authenticationDetails'>;

/**
 * The method kind each `authenticationMethod` string stands for (docs/graph-notes.md §12.2): the names the
 * docs list and the ones the sign-in log is seen to write. "Previously satisfied" and "Satisfied by token" reuse
 * an earlier sign-in and are no use of a method.
 */
const KIND_OF_STEP: Readonly<Record<string, MethodKind>> = {
  password: 'password',
  sms: 'phone',
  'text message': 'phone',
  voice: 'phone',
  'phone call': 'phone',
  'authenticator app': 'microsoftAuthenticator',
  'mobile app notification': 'microsoftAuthenticator',
  'passwordless phone sign-in': 'microsoftAuthenticator',
  'passwordless microsoft authenticator': 'microsoftAuthenticator',
  'software oath token': 'softwareOath',
  'oath verification code': 'softwareOath',
  'fido2 security key': 'fido2',
  'passkey (device-bound)': 'fido2',
  'passkey (synced)': 'fido2',
  'windows hello for business': 'windowsHelloForBusiness',
  'platform credential': 'platformCredential',
  'temporary access pass': 'temporaryAccessPass',
};
const NOT_A_USE = new Set(['previously satisfied', 'satisfied by token']);

export interface KindUse {
  kind: MethodKind;
  /** Latest successful use as the first step of a sign-in, and as its second (multifactor) step. */
  lastPrimary?: string;
  lastMfa?: string;
  /** Sign-ins in the window where a step of this kind succeeded. */
  signIns: number;
  /** Graph's `lastUsedDateTime`, the latest over the user's methods of this kind. */
  graphLastUsed?: string;
  /** Undefined where the user's methods could not be read. */
  registered: boolean | undefined;
}

export interface SignInUse {
  kinds: KindUse[];
  /** Method names the log used that the app does not know: shown as they came, never counted on a guess. */
  unknownSteps: string[];
  signIns: number;
}

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Per kind of method: when the sign-in log last saw it succeed, first step or second, beside Graph's date.
 * `methods` is undefined when the operator cannot read them: nothing is then said about what is registered.
 */
export function signInUse(
  events: readonly SignInEvent[],
  methods: readonly GraphMethod[] | undefined,
): SignInUse {
  const byKind = new Map<MethodKind, KindUse>();
  const entry = (kind: MethodKind) => {
    let use = byKind.get(kind);
    if (!use) byKind.set(kind, (use = { kind, signIns: 0, registered: methods ? false : undefined }));
    return use;
  };
  for (const method of methods ?? []) {
    const use = entry(methodKindOf(method));
    use.registered = true;
    use.graphLastUsed = later(use.graphLastUsed, method.lastUsedDateTime ?? undefined);
  }
  const unknown = new Set<string>();
  for (const event of events) {
    const seen = new Set<MethodKind>();
    for (const step of event.authenticationDetails ?? []) {
      const name = (step.authenticationMethod ?? '').trim();
      if (!step.succeeded || !name || NOT_A_USE.has(name.toLowerCase())) continue;
      // "Phone call approval (Authentication phone)" and its kin name the phone after the call.
      const kind = KIND_OF_STEP[name.toLowerCase().replace(/^phone call approval \(.*\)$/, 'phone call')];
      if (!kind) {
        unknown.add(name);
        continue;
      }
      const use = entry(kind);
      const at = step.authenticationStepDateTime ?? event.createdDateTime ?? undefined;
      if (/multi/i.test(step.authenticationStepRequirement ?? '')) use.lastMfa = later(use.lastMfa, at);
      else use.lastPrimary = later(use.lastPrimary, at);
      seen.add(kind);
    }
    for (const kind of seen) entry(kind).signIns += 1;
  }
  const kinds = METHOD_KINDS_IN_ORDER.flatMap((kind) => byKind.get(kind) ?? []);
  return { kinds, unknownSteps: [...unknown].sort(), signIns: events.length };
}

/** Registered kinds the log never saw succeed in the window: worth asking whether they are still needed. */
export const unusedKinds = (use: SignInUse) =>
  use.kinds.filter((k) => k.registered && k.signIns === 0 && k.kind !== 'email');
