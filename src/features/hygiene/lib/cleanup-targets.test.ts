import { describe, expect, it } from 'vitest';
import { phraseMatches } from '../../../domain/auth-methods/bulk-confirmation.ts';
import { cleanupTargets } from './cleanup-targets.ts';
import type { MethodRef } from './finding-types.ts';

const ref = (
  userId: string,
  methodId: string,
  kind: MethodRef['kind'] = 'microsoftAuthenticator',
): MethodRef => ({
  userId,
  userDisplayName: userId,
  userPrincipalName: `${userId}@contoso.test`,
  methodId,
  kind,
  label: methodId,
});

describe('cleanupTargets', () => {
  it('groups by user, drops repeats and kinds Graph cannot delete', () => {
    const targets = cleanupTargets([
      ref('a', '1'),
      ref('b', '2'),
      ref('a', '1'),
      ref('a', '3'),
      ref('a', 'p', 'password'),
      ref('c', 'x', 'other'),
    ]);
    expect(targets.map((t) => [t.userId, t.methods.map((m) => m.methodId)])).toEqual([
      ['a', ['1', '3']],
      ['b', ['2']],
    ]);
  });
});

describe('phraseMatches', () => {
  it('wants “delete N” with the exact count, in any case and spacing', () => {
    expect(phraseMatches(' Delete  3 ', 3)).toBe(true);
    expect(phraseMatches('delete 4', 3)).toBe(false);
    expect(phraseMatches('3', 3)).toBe(false);
  });
});
