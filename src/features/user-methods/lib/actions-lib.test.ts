import { describe, expect, it } from 'vitest';
import { deleteSegmentOf } from '../../../domain/auth-methods/method-catalogue.ts';

import { confirmationMatches, shortName } from './confirmation-text.ts';
import { passwordProblem } from './password-policy.ts';
import { toGraphPhoneNumber } from './phone-number.ts';
import { tapBoundsOf, tapRequestFrom } from './tap-options.ts';

describe('method actions', () => {
  it('every deletable kind has its own path; the password has none', () => {
    expect(deleteSegmentOf('fido2')).toBe('fido2Methods');
    expect(deleteSegmentOf('platformCredential')).toBe('platformCredentialMethods');
    expect(deleteSegmentOf('password')).toBeUndefined();
  });
  it('typed confirmation: the UPN or the key name, both in any case (one rule)', () => {
    expect(confirmationMatches(' ALICE@contoso.com ', 'alice@contoso.com', 'Key')).toBe(true);
    expect(confirmationMatches('key', 'alice@contoso.com', 'Key')).toBe(true);
    expect(confirmationMatches('YubiKey 5', 'alice@contoso.com', 'yubikey 5 ')).toBe(true);
    expect(confirmationMatches('Key 2', 'alice@contoso.com', 'Key')).toBe(false);
    expect(confirmationMatches('', 'alice@contoso.com', undefined)).toBe(false);
  });
  it('shortens long names', () => expect(shortName('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`));
});

describe('phone numbers', () => {
  it('formats into +{cc} {subscriber}[x{ext}]', () => {
    expect(toGraphPhoneNumber('206-555-0100', 'US')).toEqual({ ok: true, graphNumber: '+1 2065550100' });
    expect(toGraphPhoneNumber('+49 30 901820', 'US')).toEqual({ ok: true, graphNumber: '+49 30901820' });
    expect(toGraphPhoneNumber('+1 425 555 0142 x123', 'US')).toEqual({
      ok: true,
      graphNumber: '+1 4255550142x123',
    });
    // A dangling extension marker is a typo to fix, not something to drop silently.
    for (const dangling of [
      '+1 425 555 0142 x',
      '+1 425 555 0142 ext.',
      '+1 425 555 0142 ext ',
      '425 555 0142 #',
    ])
      expect(toGraphPhoneNumber(dangling, 'US')).toEqual({
        ok: false,
        message: 'The extension is empty: add its digits after the “x”, or remove it.',
      });
    expect(toGraphPhoneNumber('12', 'US').ok).toBe(false);
  });
});

describe('password policy', () => {
  it('8+ characters and 3 of 4 classes', () => {
    expect(passwordProblem('Ab1!')).toMatch(/8/);
    expect(passwordProblem('abcdefgh1')).toMatch(/three/);
    expect(passwordProblem('Abcdefgh1')).toBeUndefined();
  });
});

describe('TAP request', () => {
  const bounds = tapBoundsOf({
    state: 'enabled',
    minimumLifetimeInMinutes: 60,
    maximumLifetimeInMinutes: 480,
    defaultLifetimeInMinutes: 60,
    isUsableOnce: true,
  });
  const choices = { startLater: false, startAt: '', lifetimeMinutes: '90', isUsableOnce: false };
  it('forces one-time when the policy does', () => {
    expect(tapRequestFrom(choices, bounds, 0)).toEqual({
      ok: true,
      body: { lifetimeInMinutes: 90, isUsableOnce: true },
    });
  });
  it('unknown policy: only the start time is sent', () => {
    const later = { ...choices, startLater: true, startAt: '2030-01-01T10:00' };
    const result = tapRequestFrom(later, { known: false }, 0);
    expect(result.ok && Object.keys(result.body)).toEqual(['startDateTime']);
  });
});
