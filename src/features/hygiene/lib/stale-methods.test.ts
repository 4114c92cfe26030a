import { describe, expect, it } from 'vitest';
import { staleMethods } from './stale-methods.ts';
import { TYPE, userWith } from './test-users.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const daysAgo = (d: number, extraMs = 0) => new Date(NOW - d * 86_400_000 - extraMs).toISOString();

describe('staleMethods', () => {
  it('counts a method as old from exactly N days unused, not a millisecond before', () => {
    const user = userWith('u1', [
      { '@odata.type': TYPE.authenticator, id: 'a', displayName: 'Phone', lastUsedDateTime: daysAgo(90) },
      { '@odata.type': TYPE.fido2, id: 'b', displayName: 'Key', lastUsedDateTime: daysAgo(89, 86_399_999) },
      { '@odata.type': TYPE.phone, id: 'c', phoneNumber: '+1 5555550100', lastUsedDateTime: daysAgo(400) },
    ]);
    const { old, unknown } = staleMethods([user], NOW, 90);
    expect(old.map((m) => [m.methodId, m.daysUnused])).toEqual([
      ['c', 400],
      ['a', 90],
    ]);
    expect(unknown).toEqual([]);
  });

  it('keeps methods without a usable last-used date apart from old ones', () => {
    const user = userWith('u1', [
      { '@odata.type': TYPE.authenticator, id: 'a', lastUsedDateTime: null },
      { '@odata.type': TYPE.hello, id: 'b' },
      { '@odata.type': TYPE.fido2, id: 'c', lastUsedDateTime: 'not a date' },
    ]);
    const { old, unknown } = staleMethods([user], NOW, 30);
    expect(old).toEqual([]);
    expect(unknown.map((m) => m.methodId)).toEqual(['a', 'b', 'c']);
  });

  it('never offers the password or a pass, and keeps method types Graph adds later', () => {
    const user = userWith('u1', [
      { '@odata.type': TYPE.password, id: 'p', lastUsedDateTime: daysAgo(500) },
      { '@odata.type': TYPE.tap, id: 't', lastUsedDateTime: daysAgo(500) },
      { '@odata.type': TYPE.future, id: 'f', lastUsedDateTime: daysAgo(500) },
    ]);
    const { old } = staleMethods([user], NOW, 90);
    expect(old.map((m) => [m.methodId, m.kind])).toEqual([['f', 'other']]);
  });

  it('follows the chosen number of days', () => {
    const user = userWith('u1', [{ '@odata.type': TYPE.fido2, id: 'k', lastUsedDateTime: daysAgo(45) }]);
    expect(staleMethods([user], NOW, 30).old).toHaveLength(1);
    expect(staleMethods([user], NOW, 60).old).toHaveLength(0);
  });
});
