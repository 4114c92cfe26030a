export type SmsSignInChange = { change: 'enable' | 'disable' } | { change: null; reason: string };

/**
 * What an agent can do about SMS sign-in on the mobile phone, from its `smsSignInState`
 * (docs/graph-notes.md §4.2: only the mobile receives SMS; enabling needs policy and a unique number).
 */
export function smsSignInChange(state: string | null | undefined): SmsSignInChange {
  switch (state) {
    case 'ready':
      return { change: 'disable' };
    case 'notEnabled':
    case 'notConfigured':
      return { change: 'enable' };
    case 'notAllowedByPolicy':
      return {
        change: null,
        reason:
          'The authentication methods policy does not allow SMS sign-in for this user. An Authentication Policy Administrator can add them to the SMS method’s targets.',
      };
    case 'phoneNumberNotUnique':
      return {
        change: null,
        reason:
          'Another user already signs in with this number by SMS. A number can serve SMS sign-in for one user only.',
      };
    case 'notSupported':
      return { change: null, reason: 'Graph reports that SMS sign-in is not supported for this phone.' };
    default:
      return {
        change: 'enable',
      };
  }
}
