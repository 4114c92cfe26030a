import { describe, expect, it } from 'vitest';
import { defaultMarks } from './default-method.ts';

const phone = (id: string, phoneType: string) => ({
  '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
  id,
  phoneType,
});
const METHODS = [
  phone('mob', 'mobile'),
  phone('alt', 'alternateMobile'),
  phone('off', 'office'),
  { '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', id: 'app' },
  { '@odata.type': '#microsoft.graph.softwareOathAuthenticationMethod', id: 'otp' },
  { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: 'pw' },
];

const marked = (pref: string | null, system: string | null = null) =>
  Object.fromEntries(
    defaultMarks(METHODS, {
      userPreferredMethodForSecondaryAuthentication: pref as never,
      systemPreferredAuthenticationMethod: system,
    }),
  );

describe('defaultMarks', () => {
  it.each([
    ['push', 'app'],
    ['sms', 'mob'],
    ['voiceMobile', 'mob'],
    ['voiceAlternateMobile', 'alt'],
    ['voiceOffice', 'off'],
    ['oath', 'otp'],
  ])('%s marks %s as the default', (pref, id) => {
    expect(marked(pref)).toEqual({ [id]: ['default'] });
  });

  it('matches the capitalised system-preferred string too, and both marks can land on one method', () => {
    expect(marked('sms', 'Sms')).toEqual({ mob: ['default', 'systemPreferred'] });
    expect(marked('push', 'Sms')).toEqual({ app: ['default'], mob: ['systemPreferred'] });
  });

  it('marks nothing when nothing is set or the preferred method is not registered', () => {
    expect(marked(null)).toEqual({});
    expect(
      Object.fromEntries(
        defaultMarks([METHODS[5]!], { userPreferredMethodForSecondaryAuthentication: 'push' }),
      ),
    ).toEqual({});
    expect(Object.fromEntries(defaultMarks(METHODS, undefined))).toEqual({});
  });
});
