import { describe, expect, it } from 'vitest';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { phoneCleanupTargets } from './phone-cleanup-targets.ts';

const user = (id: string | null, methods: string[]): RetirementUser => ({
  row: {
    id,
    userPrincipalName: `${id}@contoso.example`,
    userDisplayName: `User ${id}`,
    methodsRegistered: methods,
  },
  outcome: { outcome: 'losesPhoneKeepsMfa', phones: [], remaining: [], smsSignIn: false },
  deadline: { deadline: 'february' },
  unrecognised: [],
});

describe('phoneCleanupTargets', () => {
  it('takes every phone, the alternate mobile before the mobile, and leaves other methods', () => {
    const [target] = phoneCleanupTargets([
      user('u1', [
        'mobilePhone',
        'microsoftAuthenticatorPush',
        'alternateMobilePhone',
        'officePhone',
        'email',
      ]),
    ]);
    expect(target!.methods.map((m) => m.label)).toEqual([
      'Alternate mobile phone',
      'Office phone',
      'Mobile phone',
    ]);
    expect(target!.methods.every((m) => m.kind === 'phone')).toBe(true);
    expect(target!.methods.at(-1)!.methodId).toBe('3179e48a-750b-4051-897c-87b9720928f7');
    expect(target).toMatchObject({
      userId: 'u1',
      userPrincipalName: 'u1@contoso.example',
      displayName: 'User u1',
    });
  });

  it('skips users without a phone or without an id', () => {
    expect(
      phoneCleanupTargets([user('u2', ['softwareOneTimePasscode']), user(null, ['mobilePhone'])]),
    ).toEqual([]);
  });
});
