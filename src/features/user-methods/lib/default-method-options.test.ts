import { describe, expect, it } from 'vitest';
import { currentDefault, defaultMethodOptions, labelOfDefault } from './default-method-options.ts';

const method = (type: string, extra: object = {}) => ({
  '@odata.type': `#microsoft.graph.${type}`,
  id: type,
  ...extra,
});
const mobile = method('phoneAuthenticationMethod', { phoneType: 'mobile' });
const office = method('phoneAuthenticationMethod', { phoneType: 'office' });
const authenticator = method('microsoftAuthenticatorAuthenticationMethod');
const oath = method('softwareOathAuthenticationMethod');
const key = method('fido2AuthenticationMethod');

const values = (methods: object[]) => defaultMethodOptions(methods).map((o) => o.value);

describe('defaultMethodOptions', () => {
  it('offers only what registered methods back', () => {
    expect(values([mobile])).toEqual(['sms', 'voiceMobile']);
    expect(values([office])).toEqual(['voiceOffice']);
    expect(values([oath])).toEqual(['oath']);
    expect(values([authenticator, mobile])).toEqual(['push', 'oath', 'sms', 'voiceMobile']);
  });

  it('offers nothing for methods that are never a default, like a passkey', () => {
    expect(values([key])).toEqual([]);
    expect(values([])).toEqual([]);
  });
});

describe('currentDefault', () => {
  it('matches Graph’s values whatever their case, and ignores unknown ones', () => {
    expect(currentDefault('push')).toBe('push');
    expect(currentDefault('Sms')).toBe('sms');
    expect(currentDefault('voiceAlternateMobile')).toBe('voiceAlternateMobile');
    expect(currentDefault('unknownFutureValue')).toBeUndefined();
    expect(currentDefault(null)).toBeUndefined();
    expect(labelOfDefault('sms')).toBe('Text message to the mobile phone');
  });
});
