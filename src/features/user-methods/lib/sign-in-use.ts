import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import { METHOD_KINDS_IN_ORDER, type MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import { loggedKindOf, stepUses, succeeded, type SignInEvent } from '../../../domain/sign-ins/step-kinds.ts';

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
  /** Successful sign-ins in the window, and those that failed (a wrong password, a declined second factor). */
  signIns: number;
  failed: number;
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
  // The log names hardware and software OATH codes alike: its uses go to the OATH kind the user has.
  const held = new Set((methods ?? []).map(methodKindOf));
  const oath: MethodKind =
    !held.has('softwareOath') && held.has('hardwareOath') ? 'hardwareOath' : 'softwareOath';
  for (const method of methods ?? []) {
    const use = entry(methodKindOf(method));
    use.registered = true;
    use.graphLastUsed = later(use.graphLastUsed, method.lastUsedDateTime ?? undefined);
  }
  const unknown = new Set<string>();
  for (const event of events) {
    const seen = new Set<MethodKind>();
    for (const step of stepUses(event)) {
      if (!step.kind) {
        unknown.add(step.name);
        continue;
      }
      const kind = loggedKindOf(step.kind) === 'softwareOath' ? oath : step.kind;
      const use = entry(kind);
      if (step.secondFactor) use.lastMfa = later(use.lastMfa, step.at);
      else use.lastPrimary = later(use.lastPrimary, step.at);
      seen.add(kind);
    }
    for (const kind of seen) entry(kind).signIns += 1;
  }
  const kinds = METHOD_KINDS_IN_ORDER.flatMap((kind) => byKind.get(kind) ?? []);
  const signIns = events.filter(succeeded).length;
  return { kinds, unknownSteps: [...unknown].sort(), signIns, failed: events.length - signIns };
}

/** Registered kinds the log never saw succeed in the window: worth asking whether they are still needed. */
export const unusedKinds = (use: SignInUse) =>
  use.kinds.filter((k) => k.registered && k.signIns === 0 && k.kind !== 'email');
