import { describe, expect, it } from 'vitest';
import {
  exclusionLines,
  exclusionReason,
  hasExclusions,
  isExcluded,
  MAX_EXCLUDED_ACCOUNTS,
  MAX_REASON_LENGTH,
  normaliseExclusions,
} from './exclusions.ts';
import { exclusionsFromSearchParams, withExclusionParams } from './exclusions-url.ts';

const ex = normaliseExclusions({
  guests: 'Guests are managed by their home tenant',
  disabled: 'Disabled accounts cannot sign in',
  accounts: [{ upn: 'BreakGlass@Contoso.com', reason: 'Break-glass, FIDO2 in the safe' }],
});

describe('exclusion predicate', () => {
  it('excludes guests, disabled ids and named UPNs case-insensitively, and says why', () => {
    expect(exclusionReason({ userType: 'Guest' }, ex)).toBe('Guests are managed by their home tenant');
    expect(isExcluded({ id: 'd1', userType: 'member' }, ex, new Set(['d1']))).toBe(true);
    expect(exclusionReason({ userPrincipalName: 'breakglass@contoso.COM' }, ex)).toBe(
      'Break-glass, FIDO2 in the safe',
    );
    expect(isExcluded({ id: 'x', userType: 'member', userPrincipalName: 'a@contoso.com' }, ex)).toBe(false);
  });

  it('keeps everyone when nothing is excluded, and rows with missing fields', () => {
    const none = normaliseExclusions({});
    expect(hasExclusions(none)).toBe(false);
    expect(isExcluded({ userType: 'guest', id: 'd1' }, none, new Set(['d1']))).toBe(false);
    expect(isExcluded({ id: null, userPrincipalName: null, userType: null }, ex)).toBe(false);
  });

  it('does not exclude disabled accounts unless that cohort is chosen', () => {
    const onlyGuests = normaliseExclusions({ guests: 'g' });
    expect(isExcluded({ id: 'd1', userType: 'member' }, onlyGuests, new Set(['d1']))).toBe(false);
  });
});

describe('normalising exclusions', () => {
  it('drops entries without a reason or with a value that is not a UPN', () => {
    const result = normaliseExclusions({
      guests: '   ',
      disabled: 42,
      accounts: [
        { upn: 'svc@contoso.com', reason: '' },
        { upn: 'not a upn', reason: 'r' },
        { upn: '<script>alert(1)</script>@x', reason: 'r' },
        { upn: 'a|b@contoso.com', reason: 'r' },
        { upn: `${'a'.repeat(200)}@contoso.com`, reason: 'r' },
        { upn: 'ok@contoso.com', reason: 'ok' },
        { upn: 'OK@contoso.com', reason: 'duplicate' },
      ],
    });
    expect(result).toEqual({ accounts: [{ upn: 'ok@contoso.com', reason: 'ok' }] });
  });

  it('cuts very long reasons and strips control characters', () => {
    const result = normaliseExclusions({ guests: `${'x'.repeat(10_000)}`, disabled: 'a\u0000b\n\tc' });
    expect(result.guests?.reason).toHaveLength(MAX_REASON_LENGTH);
    expect(result.guests?.reason.endsWith('…')).toBe(true);
    expect(result.disabled?.reason).toBe('a b c');
  });

  it('caps the named accounts', () => {
    const accounts = Array.from({ length: 80 }, (_, i) => ({ upn: `u${i}@contoso.com`, reason: 'svc' }));
    expect(normaliseExclusions({ accounts }).accounts).toHaveLength(MAX_EXCLUDED_ACCOUNTS);
  });

  it('lists one line per exclusion for the charts', () => {
    expect(exclusionLines(ex).map((l) => l.label)).toEqual([
      'Guests',
      'Disabled accounts',
      'breakglass@contoso.com',
    ]);
  });
});

describe('exclusions in the URL', () => {
  it('round-trips through search params and keeps unrelated params', () => {
    const params = withExclusionParams(new URLSearchParams('userTypes=member'), ex);
    expect(params.get('userTypes')).toBe('member');
    expect(exclusionsFromSearchParams(new URLSearchParams(params.toString()))).toEqual(ex);
  });

  it('ignores unknown params and malformed accounts', () => {
    const params = new URLSearchParams();
    params.set('exFoo', 'bar');
    params.append('exAccount', 'no-separator@contoso.com');
    params.append('exAccount', '|reason without upn');
    params.append('exAccount', 'svc@contoso.com|Service account | nightly sync');
    expect(exclusionsFromSearchParams(params)).toEqual({
      accounts: [{ upn: 'svc@contoso.com', reason: 'Service account | nightly sync' }],
    });
  });

  it('replaces earlier exclusions when written again', () => {
    const first = withExclusionParams(new URLSearchParams(), ex);
    const second = withExclusionParams(first, normaliseExclusions({ guests: 'only guests' }));
    expect(second.getAll('exAccount')).toEqual([]);
    expect(second.get('exGuests')).toBe('only guests');
    expect(second.has('exDisabled')).toBe(false);
  });

  it('encodes hostile text safely and decodes it unchanged', () => {
    const hostile = normaliseExclusions({ guests: '"><img src=x onerror=alert(1)>&exDisabled=x#frag' });
    const url = `https://app.example/?${withExclusionParams(new URLSearchParams(), hostile).toString()}`;
    const back = exclusionsFromSearchParams(new URL(url).searchParams);
    expect(back).toEqual(hostile);
    expect(back.disabled).toBeUndefined();
  });
});
