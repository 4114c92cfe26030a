import { describe, expect, it } from 'vitest';
import { normalisePhone, sharedPhones } from './shared-phones.ts';
import { TYPE, userWith } from './test-users.ts';

const phone = (id: string, phoneNumber: string, phoneType = 'mobile') => ({
  '@odata.type': TYPE.phone,
  id,
  phoneNumber,
  phoneType,
});

describe('normalisePhone', () => {
  it('drops spaces and punctuation, keeps the extension', () => {
    expect(normalisePhone('+1 5555551234')).toBe('+15555551234');
    expect(normalisePhone('+1 (555) 555-1234')).toBe('+15555551234');
    expect(normalisePhone('+1 5555551234x123')).toBe('+15555551234x123');
    expect(normalisePhone('+1 5555551234 X 123')).toBe('+15555551234x123');
  });

  it('refuses masked, empty and too short numbers', () => {
    expect(normalisePhone('+1 XXXXXXXX34')).toBeUndefined();
    expect(normalisePhone('+1 ******1234')).toBeUndefined();
    expect(normalisePhone('')).toBeUndefined();
    expect(normalisePhone(null)).toBeUndefined();
    expect(normalisePhone('+1 23')).toBeUndefined();
  });
});

describe('sharedPhones', () => {
  it('finds one number on several users, however it was typed', () => {
    const users = [
      userWith('u1', [phone('m', '+1 5555551234')]),
      userWith('u2', [phone('o', '+1 555-555-1234', 'office')]),
      userWith('u3', [phone('m', '+44 2071234567')]),
    ];
    const { shared, masked } = sharedPhones(users);
    expect(masked).toBe(0);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.number).toBe('+15555551234');
    expect(shared[0]?.holders.map((h) => [h.userId, h.phoneType])).toEqual([
      ['u1', 'mobile'],
      ['u2', 'office'],
    ]);
  });

  it('does not call one user’s two phones shared, nor different extensions, and counts masked ones', () => {
    const users = [
      userWith('u1', [phone('m', '+1 5555551234'), phone('a', '+1 5555551234', 'alternateMobile')]),
      userWith('u2', [phone('o', '+1 5555551234x1', 'office')]),
      userWith('u3', [phone('o', '+1 5555551234x2', 'office')]),
      userWith('u4', [phone('m', '+1 XXXXXXXX34')]),
    ];
    const { shared, masked } = sharedPhones(users);
    expect(shared).toEqual([]);
    expect(masked).toBe(1);
  });
});
