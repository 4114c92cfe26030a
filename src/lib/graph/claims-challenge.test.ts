import { describe, expect, it } from 'vitest';
import { readClaimsChallenge } from './claims-challenge.ts';

const header = (value: string) => new Headers({ 'WWW-Authenticate': value });
const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';

describe('readClaimsChallenge', () => {
  it('decodes the claims of an insufficient_claims challenge', () => {
    const value = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`;
    expect(readClaimsChallenge(header(value))).toEqual({ claims });
  });

  it('ignores other 401s', () => {
    expect(readClaimsChallenge(header('Bearer realm="", error="invalid_token"'))).toBeUndefined();
    expect(readClaimsChallenge(new Headers())).toBeUndefined();
  });

  it('keeps a challenge whose claims are not base64 JSON apart, with the header that carried it', () => {
    for (const value of [
      'Bearer error="insufficient_claims", claims="%%%"',
      `Bearer error="insufficient_claims", claims="${btoa('not json')}"`,
      'Bearer error="insufficient_claims"',
    ])
      expect(readClaimsChallenge(header(value))).toEqual({ undecodable: value });
  });
});
