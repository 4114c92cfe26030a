import { describe, expect, it } from 'vitest';
import {
  deleteSegmentOf,
  kindOfTypeName,
  METHOD_CATALOGUE,
  METHOD_KINDS_IN_ORDER,
} from './method-catalogue.ts';

describe('the method catalogue', () => {
  it('maps every Graph type back to its own row, in any case, and anything else to other', () => {
    for (const kind of METHOD_KINDS_IN_ORDER) {
      const type = METHOD_CATALOGUE[kind].graphType;
      if (type) expect(kindOfTypeName(type.toUpperCase())).toBe(kind);
    }
    expect(kindOfTypeName('qrCodePinAuthenticationMethod')).toBe('other');
    expect(kindOfTypeName('')).toBe('other');
  });

  it('deletes each kind through its own collection, never the password or unknown types', () => {
    expect(deleteSegmentOf('fido2')).toBe('fido2Methods');
    expect(deleteSegmentOf('phone')).toBe('phoneMethods');
    expect(deleteSegmentOf('password')).toBeUndefined();
    expect(deleteSegmentOf('other')).toBeUndefined();
    for (const kind of METHOD_KINDS_IN_ORDER) {
      const segment = deleteSegmentOf(kind);
      // §4.0: a collection is named after its type, e.g. fido2AuthenticationMethod → fido2Methods.
      if (segment)
        expect(METHOD_CATALOGUE[kind].graphType).toBe(segment.replace(/Methods$/, 'AuthenticationMethod'));
    }
  });

  it('asks a typed confirmation for passkeys only, and gives one default value to one kind (oath aside)', () => {
    expect(METHOD_KINDS_IN_ORDER.filter((k) => METHOD_CATALOGUE[k].typedConfirmation)).toEqual(['fido2']);
    const owners = new Map<string, string[]>();
    for (const kind of METHOD_KINDS_IN_ORDER)
      for (const value of METHOD_CATALOGUE[kind].defaultValues)
        owners.set(value, [...(owners.get(value) ?? []), kind]);
    expect(owners.get('oath')).toEqual(['softwareOath', 'hardwareOath']);
    for (const [value, kinds] of owners) if (value !== 'oath') expect(kinds).toHaveLength(1);
  });
});
