import { describe, expect, it } from 'vitest';
import { groupMethods, methodKindOf } from './method-kinds.ts';

const m = (type: string, id = type) => ({ '@odata.type': type, id });

describe('methodKindOf', () => {
  it('narrows on @odata.type, with or without the leading #, any case', () => {
    expect(methodKindOf(m('#microsoft.graph.fido2AuthenticationMethod'))).toBe('fido2');
    expect(methodKindOf(m('microsoft.graph.PhoneAuthenticationMethod'))).toBe('phone');
    expect(methodKindOf(m('#microsoft.graph.qrCodePinAuthenticationMethod'))).toBe('other');
    expect(methodKindOf({ id: 'x' })).toBe('other');
  });
});

describe('groupMethods', () => {
  it('groups by kind in display order and keeps unknown future types last', () => {
    const groups = groupMethods([
      m('#microsoft.graph.passwordAuthenticationMethod', 'pw'),
      m('#microsoft.graph.phoneAuthenticationMethod', 'p1'),
      m('#microsoft.graph.futureThingAuthenticationMethod', 'f'),
      m('#microsoft.graph.fido2AuthenticationMethod', 'k'),
      m('#microsoft.graph.phoneAuthenticationMethod', 'p2'),
    ]);
    expect(groups.map((g) => [g.kind, g.methods.map((x) => x.id)])).toEqual([
      ['fido2', ['k']],
      ['phone', ['p1', 'p2']],
      ['password', ['pw']],
      ['other', ['f']],
    ]);
    expect(groups[0]?.label).toBe('Passkeys (FIDO2)');
  });

  it('returns no groups for no methods', () => {
    expect(groupMethods([])).toEqual([]);
  });
});
