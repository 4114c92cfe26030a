import { describe, expect, it } from 'vitest';
import { claimsChallengeOf } from './claims-challenge.ts';

const withHeader = (value: string) => ({ headers: new Headers({ 'WWW-Authenticate': value }) });
const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';

describe('claimsChallengeOf', () => {
  it('decodes the claims of an insufficient_claims challenge', () => {
    const header = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`;
    expect(claimsChallengeOf(withHeader(header))).toBe(claims);
  });

  it('ignores other 401s and unreadable claims', () => {
    expect(claimsChallengeOf(withHeader('Bearer realm="", error="invalid_token"'))).toBeUndefined();
    expect(claimsChallengeOf({ headers: new Headers() })).toBeUndefined();
    expect(claimsChallengeOf(withHeader('Bearer error="insufficient_claims", claims="%%%"'))).toBeUndefined();
  });
});
