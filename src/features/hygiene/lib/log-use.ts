import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import { usedKind, type SignInScanState } from '../../../domain/sign-ins/sign-in-scan.ts';
import { loggedKindOf } from '../../../domain/sign-ins/step-kinds.ts';
import type { MethodRef } from './finding-types.ts';

/** Kinds that never sign anyone in: the log has nothing to say about them. */
const NOT_SIGN_IN: ReadonlySet<MethodKind> = new Set(['email', 'other']);

/**
 * What the sign-in scan says about a method's use: its kind used by the user in the window, or (only once the
 * whole window was read) not. The log names kinds, not devices: a user with two phones used "a phone".
 */
export function logUseOf(scan: SignInScanState, ref: MethodRef): 'used' | 'unused' | undefined {
  if (scan.revision === 0 || NOT_SIGN_IN.has(ref.kind)) return undefined;
  if (usedKind(scan.usage.get(ref.userId), loggedKindOf(ref.kind))) return 'used';
  return scan.status === 'done' ? 'unused' : undefined;
}

export function logUseLabel(scan: SignInScanState, ref: MethodRef): string {
  const use = logUseOf(scan, ref);
  // The number and its unit stay on one line in a narrow column.
  const window = `${scan.days}\u00a0day${scan.days === 1 ? '' : 's'}`;
  return use === 'used' ? `used within ${window}` : use === 'unused' ? `not within ${window}` : '—';
}
