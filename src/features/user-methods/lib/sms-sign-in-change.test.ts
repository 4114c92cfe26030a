import { describe, expect, it } from 'vitest';
import { smsSignInChange } from './sms-sign-in-change.ts';

describe('smsSignInChange', () => {
  it('offers to disable a ready phone and to enable one that is not enabled', () => {
    expect(smsSignInChange('ready')).toEqual({ change: 'disable' });
    expect(smsSignInChange('notEnabled')).toEqual({ change: 'enable' });
    expect(smsSignInChange('notConfigured')).toEqual({ change: 'enable' });
  });

  it.each(['notAllowedByPolicy', 'phoneNumberNotUnique', 'notSupported'])(
    'explains why %s blocks it',
    (state) => {
      const result = smsSignInChange(state);
      expect(result.change).toBeNull();
      expect(result.change === null && result.reason).toMatch(/\w+ \w+ \w+/);
    },
  );

  it('lets Graph decide for states it may add later, or none at all', () => {
    expect(smsSignInChange('unknownFutureValue')).toEqual({ change: 'enable' });
    expect(smsSignInChange(undefined)).toEqual({ change: 'enable' });
  });
});
