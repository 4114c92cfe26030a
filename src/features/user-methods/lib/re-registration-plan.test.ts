import type { UserDefaultAuthenticationMethodType } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { planReRegistration, type PlanStep } from './re-registration-plan.ts';

const m = (type: string, id: string, extra: object = {}) => ({
  '@odata.type': `#microsoft.graph.${type}AuthenticationMethod`,
  id,
  ...extra,
});
const mobile = m('phone', 'mobile', { phoneType: 'mobile' });
const alternate = m('phone', 'alternate', { phoneType: 'alternateMobile' });
const office = m('phone', 'office', { phoneType: 'office' });
const authenticator = m('microsoftAuthenticator', 'authenticator');
const oath = m('softwareOath', 'oath');
const key = m('fido2', 'key');
const hello = m('windowsHelloForBusiness', 'hello');
const password = m('password', 'password');
const email = m('email', 'email');
const tap = m('temporaryAccessPass', 'tap');
const future = m('quantumToken', 'future');

const describeSteps = (steps: PlanStep[]) =>
  steps.map((s) => (s.type === 'setDefault' ? `default=${s.value}` : s.method.id));
const prefs = (value: UserDefaultAuthenticationMethodType) => ({
  userPreferredMethodForSecondaryAuthentication: value,
});

describe('planReRegistration', () => {
  it('removes what the admin center removes and keeps the rest, each with a reason', () => {
    const plan = planReRegistration(
      [password, email, mobile, authenticator, oath, key, hello, tap, future],
      prefs('push'),
      { includePasswordless: false },
    );
    expect(describeSteps(plan.steps)).toEqual(['oath', 'mobile', 'authenticator']);
    expect(plan.kept.map((k) => k.method.id)).toEqual(['password', 'email', 'key', 'hello', 'tap', 'future']);
    for (const k of plan.kept) expect(k.reason).toMatch(/\w+ \w+/);
    expect(plan.defaultPhoneWarning).toBe(false);
  });

  it('also removes passkeys and Windows Hello when asked', () => {
    const plan = planReRegistration([mobile, key, hello], prefs('sms'), { includePasswordless: true });
    expect(describeSteps(plan.steps)).toEqual(['key', 'hello', 'mobile']);
  });

  it('moves a phone default to the Authenticator first, so every phone can go, and deletes the default last', () => {
    const plan = planReRegistration([mobile, alternate, office, authenticator, oath], prefs('sms'), {
      includePasswordless: false,
    });
    expect(describeSteps(plan.steps)).toEqual([
      'default=push',
      'oath',
      'alternate',
      'office',
      'mobile',
      'authenticator',
    ]);
  });

  it('falls back to a software OATH token to carry the default', () => {
    const plan = planReRegistration([office, oath], prefs('voiceOffice'), { includePasswordless: false });
    expect(describeSteps(plan.steps)).toEqual(['default=oath', 'office', 'oath']);
  });

  it('warns when only phones are left to carry the default, and deletes the default phone last', () => {
    const plan = planReRegistration([mobile, alternate, office], prefs('sms'), {
      includePasswordless: false,
    });
    expect(describeSteps(plan.steps)).toEqual(['alternate', 'office', 'mobile']);
    expect(plan.defaultPhoneWarning).toBe(true);
  });

  it('deletes the alternate mobile before the mobile even when neither is the default', () => {
    const plan = planReRegistration([mobile, alternate], undefined, { includePasswordless: false });
    expect(describeSteps(plan.steps)).toEqual(['alternate', 'mobile']);
  });

  it('limits a retry to the methods that failed', () => {
    const plan = planReRegistration([mobile, authenticator, oath], prefs('sms'), {
      includePasswordless: false,
      onlyIds: new Set(['mobile', 'authenticator']),
    });
    expect(describeSteps(plan.steps)).toEqual(['default=push', 'mobile', 'authenticator']);
    expect(plan.kept).toEqual([]);
  });

  it('has nothing to do for a user with only a password', () => {
    const plan = planReRegistration([password], undefined, { includePasswordless: true });
    expect(plan.steps).toEqual([]);
  });
});
