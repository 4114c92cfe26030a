import { describe, expect, it } from 'vitest';
import { registrationFacts } from './registration-facts.ts';

describe('registrationFacts', () => {
  it('lists the capabilities, the default method and what the system prefers', () => {
    const facts = registrationFacts({
      isMfaCapable: true,
      isMfaRegistered: true,
      isSsprRegistered: false,
      isSsprCapable: false,
      isPasswordlessCapable: false,
      defaultMfaMethod: 'microsoftAuthenticatorPush',
      isSystemPreferredAuthenticationMethodEnabled: true,
      systemPreferredAuthenticationMethods: ['push'],
    });
    expect(Object.fromEntries(facts.map((f) => [f.label, f.value]))).toEqual({
      'MFA capable': 'Yes',
      'MFA registered': 'Yes',
      'SSPR registered': 'No',
      'SSPR capable': 'No',
      'Passwordless capable': 'No',
      'Default MFA method': 'Microsoft authenticator push',
      'System preferred': 'Push',
    });
  });

  it('says None for "none" and Off when system-preferred MFA is disabled', () => {
    const facts = registrationFacts({
      defaultMfaMethod: 'none',
      isSystemPreferredAuthenticationMethodEnabled: false,
    });
    expect(facts.find((f) => f.label === 'Default MFA method')?.value).toBe('None');
    expect(facts.find((f) => f.label === 'System preferred')?.value).toBe('Off');
    expect(facts.find((f) => f.label === 'MFA capable')?.value).toBe('unknown');
  });
});
