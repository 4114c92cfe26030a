import { describe, expect, it } from 'vitest';
import { guestKindOf } from './guest-kind.ts';
import { phoneEnablementOf, policyGroupIds, type PhoneMethodConfig } from './phone-scope.ts';
import { deadlineOf, FEBRUARY_2027, JULY_2027, timeUntil } from './retirement-dates.ts';
import { outcomeOf } from './retirement-outcome.ts';

// Each case is named after the sentence of docs/sms-voice-retirement.md it encodes.

describe('deadlineOf', () => {
  it('"the retirement applies to all users except Global Administrators and external users" (1 February 2027)', () => {
    expect(deadlineOf({ globalAdministrator: 'no', kind: 'member' })).toEqual({ deadline: 'february' });
    expect(FEBRUARY_2027).toBe(Date.parse('2027-02-01T00:00:00Z'));
  });

  it('"retired on July 1, 2027 for Global Administrators and external users"', () => {
    expect(deadlineOf({ globalAdministrator: 'active', kind: 'member' }).deadline).toBe('july');
    expect(deadlineOf({ globalAdministrator: 'no', kind: 'externalGuest' }).deadline).toBe('july');
    expect(JULY_2027).toBe(Date.parse('2027-07-01T00:00:00Z'));
  });

  it('"Internal guest users aren\'t included in that July 1 group"', () => {
    expect(deadlineOf({ globalAdministrator: 'no', kind: 'internalGuest' })).toEqual({
      deadline: 'february',
    });
  });

  it('the FAQ is silent on eligible Global Administrators and external members: the earlier date, with a note', () => {
    for (const facts of [
      { globalAdministrator: 'eligible', kind: 'member' },
      { globalAdministrator: 'no', kind: 'externalMember' },
    ] as const) {
      const { deadline, note } = deadlineOf(facts);
      expect(deadline).toBe('february');
      expect(note).toMatch(/does not say|may include/);
    }
  });

  it('counts down in whole days, hours and minutes, and stops at zero', () => {
    expect(timeUntil(FEBRUARY_2027, FEBRUARY_2027 - (2 * 1440 + 3 * 60 + 4) * 60_000)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      passed: false,
    });
    expect(timeUntil(FEBRUARY_2027, FEBRUARY_2027 + 1).passed).toBe(true);
  });
});

describe('guestKindOf', () => {
  const domains = ['contoso.onmicrosoft.com', 'contoso.com'];
  it('an internal guest has "internal credentials": a guest signing in with the tenant\'s own identity', () => {
    expect(
      guestKindOf(
        {
          userType: 'Guest',
          userPrincipalName: 'kim@contoso.onmicrosoft.com',
          identities: [{ signInType: 'userPrincipalName', issuer: 'contoso.onmicrosoft.com' }],
        },
        domains,
      ),
    ).toBe('internalGuest');
  });

  it('an external user has "an account in an external Microsoft Entra organization or an external identity provider"', () => {
    expect(
      guestKindOf(
        {
          userType: 'Guest',
          userPrincipalName: 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com',
          identities: [],
        },
        domains,
      ),
    ).toBe('externalGuest');
    expect(
      guestKindOf(
        {
          userType: 'Member',
          userPrincipalName: 'kim@contoso.onmicrosoft.com',
          identities: [{ signInType: 'federated', issuer: 'ExternalAzureAD' }],
        },
        domains,
      ),
    ).toBe('externalMember');
  });
});

describe('phoneEnablementOf', () => {
  const sms = (over: Partial<PhoneMethodConfig> = {}): PhoneMethodConfig => ({
    state: 'enabled',
    includeTargets: [{ id: 'all_users', targetType: 'group', isUsableForSignIn: true }],
    excludeTargets: [],
    ...over,
  });
  const member = (groups: Record<string, boolean | undefined>) => (id: string) => groups[id];

  it('"users enabled for SMS or Voice in the Entra Authentication Methods Policy": all users, SMS sign-in with it', () => {
    expect(phoneEnablementOf('u1', { sms: sms(), voice: undefined }, member({}))).toEqual({
      sms: true,
      smsSignIn: true,
      voice: false,
      officePhone: false,
    });
  });

  it('"If a user is in a group that is excluded and a group that is included, the user will be excluded"', () => {
    const policy = { sms: sms({ excludeTargets: [{ id: 'pilot', targetType: 'group' }] }), voice: undefined };
    expect(phoneEnablementOf('u1', policy, member({ pilot: true }))).toMatchObject({ sms: false });
    expect(phoneEnablementOf('u2', policy, member({ pilot: false }))).toMatchObject({ sms: true });
  });

  it('a disabled configuration enables no one; office phones only where voice allows them', () => {
    const voice: PhoneMethodConfig = {
      state: 'enabled',
      includeTargets: [{ id: 'centre', targetType: 'group' }],
      isOfficePhoneAllowed: true,
    };
    expect(
      phoneEnablementOf('u1', { sms: sms({ state: 'disabled' }), voice }, member({ centre: true })),
    ).toEqual({ sms: false, smsSignIn: false, voice: true, officePhone: true });
  });

  it('a group that could not be read and decides the case leaves scope unknown, never a guess', () => {
    const policy = { sms: sms({ includeTargets: [{ id: 'gone', targetType: 'group' }] }), voice: undefined };
    expect(phoneEnablementOf('u1', policy, member({}))).toBe('unknown');
    expect(policyGroupIds(policy)).toEqual(['gone']);
  });
});

describe('outcomeOf', () => {
  const both = { sms: true, smsSignIn: false, voice: true, officePhone: false };

  it('"users whose only available MFA method is SMS or voice will be required to register a passkey during sign-in"', () => {
    expect(outcomeOf(['password', 'mobilePhone', 'email'], both)).toMatchObject({
      outcome: 'mustRegisterPasskey',
      phones: ['mobilePhone'],
    });
  });

  it('others "will no longer be able to use SMS or voice to satisfy MFA requirements", and keep the rest', () => {
    expect(outcomeOf(['mobilePhone', 'microsoftAuthenticatorPush'], both)).toMatchObject({
      outcome: 'losesPhoneKeepsMfa',
      remaining: ['microsoftAuthenticatorPush'],
    });
  });

  it('alternate mobile and office phones are "usable only for voice calls": SMS alone leaves them unusable', () => {
    const smsOnly = { sms: true, smsSignIn: false, voice: false, officePhone: false };
    expect(outcomeOf(['officePhone', 'alternateMobilePhone'], smsOnly).outcome).toBe('noPhoneToLose');
  });

  it('a passkey makes a user passkey-ready; users not enabled for SMS or voice are not in scope', () => {
    expect(outcomeOf(['mobilePhone', 'passKeyDeviceBound'], both).outcome).toBe('passkeyReady');
    const off = { sms: false, smsSignIn: false, voice: false, officePhone: false };
    expect(outcomeOf(['mobilePhone'], off).outcome).toBe('notInScope');
    expect(outcomeOf(['mobilePhone'], 'unknown').outcome).toBe('scopeUnknown');
  });

  it('"The retirement of SMS sign-in as a primary authentication method": marked where SMS sign-in is allowed', () => {
    expect(outcomeOf(['mobilePhone'], { ...both, smsSignIn: true }).smsSignIn).toBe(true);
  });
});
