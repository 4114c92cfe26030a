import { describe, expect, it } from 'vitest';
import { bitOf, type SignInScanState } from '../../../domain/sign-ins/sign-in-scan.ts';
import type { MethodRef } from './finding-types.ts';
import { logUseLabel, logUseOf } from './log-use.ts';

const ref = (userId: string, kind: MethodRef['kind']): MethodRef => ({
  userId,
  userDisplayName: userId,
  userPrincipalName: `${userId}@x.test`,
  methodId: `${userId}-${kind}`,
  kind,
  label: kind,
});
const scan = (status: SignInScanState['status'], usage: [string, number][]) =>
  ({ status, days: 7, revision: 1, usage: new Map(usage) }) as unknown as SignInScanState;

describe('logUseOf', () => {
  const usage: [string, number][] = [['a', bitOf('phone', true) | bitOf('softwareOath', true)]];

  it('says used where the user signed in with the kind, unused only once the whole window was read', () => {
    expect(logUseOf(scan('done', usage), ref('a', 'phone'))).toBe('used');
    expect(logUseOf(scan('done', usage), ref('a', 'fido2'))).toBe('unused');
    expect(logUseOf(scan('scanning', usage), ref('a', 'fido2'))).toBeUndefined();
    expect(logUseLabel(scan('done', usage), ref('b', 'fido2'))).toBe('not within 7\u00a0days');
  });

  it('reads hardware tokens from the OATH codes the log names, and says nothing of an email', () => {
    expect(logUseOf(scan('done', usage), ref('a', 'hardwareOath'))).toBe('used');
    expect(logUseOf(scan('done', usage), ref('a', 'email'))).toBeUndefined();
    expect(logUseLabel(scan('done', usage), ref('a', 'email'))).toBe('—');
  });
});
