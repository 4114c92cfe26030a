import { describe, expect, it } from 'vitest';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { bitOf } from '../../../domain/sign-ins/sign-in-scan.ts';
import { phoneUseFigures, phoneUsersInScope } from './phone-use.ts';

const user = (id: string, outcome: string) =>
  ({ row: { id }, outcome: { outcome } }) as unknown as RetirementUser;
const PHONE_BIT = bitOf('phone', true);

describe('phoneUsersInScope', () => {
  it('counts the users in scope, and those of them the scan saw using a phone, never an unknown scope', () => {
    const users = [
      user('a', 'mustRegisterPasskey'),
      user('b', 'losesPhoneKeepsMfa'),
      user('c', 'notInScope'),
      user('d', 'scopeUnknown'),
    ];
    const usage = new Map([
      ['a', PHONE_BIT],
      ['c', PHONE_BIT],
      ['d', PHONE_BIT],
    ]);
    const { inScope, used } = phoneUsersInScope(users, usage);
    expect(inScope).toBe(2);
    expect(used.map((u) => u.row.id)).toEqual(['a']);
    // The snapshot keeps the two counts, never who.
    expect(phoneUseFigures({ inScope, used })).toEqual({ inScope: 2, used: 1 });
  });
});
