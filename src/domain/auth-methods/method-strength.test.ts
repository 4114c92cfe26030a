import { describe, expect, it } from 'vitest';
import { classifyMethods, isStrengthClass } from './method-strength.ts';
import { STRENGTH_CLASSES } from '../../../entra-facts/strength-classes.ts';

describe('classifyMethods', () => {
  it('takes the strongest class a user has', () => {
    expect(classifyMethods(['mobilePhone', 'microsoftAuthenticatorPush', 'passKeySynced']).strength).toBe(
      'phishingResistant',
    );
    expect(classifyMethods(['email', 'softwareOneTimePasscode']).strength).toBe('strong');
    expect(classifyMethods(['hardwareOneTimePasscode']).strength).toBe('strong');
    expect(classifyMethods(['officePhone', 'securityQuestion']).strength).toBe('weakOnly');
  });

  it.each([
    'passKeyDeviceBound',
    'passKeyDeviceBoundAuthenticator',
    'passKeyDeviceBoundWindowsHello',
    'passKeySynced',
    'fido2SecurityKey',
    'windowsHelloForBusiness',
    'macOsSecureEnclaveKey',
    'platformCredential',
    // The docs' spellings (docs/graph-notes.md §9): the beta typo and the legacy `fido`.
    'windowsHellowForBusiness',
    'fido',
    'fido2',
  ])('counts %s as phishing-resistant', (method) => {
    expect(classifyMethods(['mobilePhone', method])).toEqual({
      strength: 'phishingResistant',
      unrecognised: [],
    });
  });

  it('never counts the password or a Temporary Access Pass', () => {
    expect(classifyMethods(['password', 'temporaryAccessPass'])).toEqual({
      strength: 'none',
      unrecognised: [],
    });
    expect(classifyMethods(['temporaryAccessPass', 'email']).strength).toBe('weakOnly');
  });

  it('treats empty, null and missing methodsRegistered as none', () => {
    expect(classifyMethods([])).toEqual({ strength: 'none', unrecognised: [] });
    expect(classifyMethods(null)).toEqual({ strength: 'none', unrecognised: [] });
    expect(classifyMethods(undefined)).toEqual({ strength: 'none', unrecognised: [] });
    expect(classifyMethods([null, '', undefined]).strength).toBe('none');
  });

  it('reports unknown future strings once instead of dropping them, and classifies by the rest', () => {
    expect(classifyMethods(['quantumToken', 'email', 'quantumToken'])).toEqual({
      strength: 'weakOnly',
      unrecognised: ['quantumToken'],
    });
    expect(classifyMethods(['unknownFutureValue'])).toEqual({
      strength: 'none',
      unrecognised: ['unknownFutureValue'],
    });
  });

  it('is case-sensitive like Graph’s strings: a differently cased name is unrecognised, not guessed', () => {
    expect(classifyMethods(['MobilePhone']).unrecognised).toEqual(['MobilePhone']);
  });

  it('knows its four classes', () => {
    expect(STRENGTH_CLASSES).toEqual(['phishingResistant', 'strong', 'weakOnly', 'none']);
    expect(isStrengthClass('strong')).toBe(true);
    expect(isStrengthClass('weak')).toBe(false);
    expect(isStrengthClass(null)).toBe(false);
  });
});
