import { describe, expect, it } from 'vitest';
import { getSignInScan, type SignInScanState } from './sign-in-scan.ts';
import { signInSectionName, trendSectionName } from './sign-in-snapshot.ts';

const at = (iso: string) => Date.parse(iso);
const TODAY = '2026-12-07';
const scan = (patch: Partial<SignInScanState>): SignInScanState => ({
  ...getSignInScan(),
  status: 'done',
  days: 7,
  until: at('2026-12-07T10:00:00Z'),
  finishedAt: at('2026-12-07T10:01:10Z'),
  ...patch,
});

describe('signInSectionName', () => {
  it('names a finished scan’s section by its window', () => {
    expect(signInSectionName('usedForMfa', scan({}), TODAY)).toBe('usedForMfa7d');
    expect(signInSectionName('smsVoiceUse', scan({ days: 30 }), TODAY)).toBe('smsVoiceUse30d');
    expect(trendSectionName('usedForMfa')).toBe('usedForMfa7d');
  });

  it('records nothing half-counted: a scan reading, cancelled or failed, or one that ran past midnight', () => {
    for (const status of ['idle', 'scanning', 'cancelled', 'failed'] as const)
      expect(signInSectionName('usedForMfa', scan({ status }), TODAY)).toBeUndefined();
    expect(
      signInSectionName(
        'usedForMfa',
        scan({ until: at('2026-12-06T23:59:30Z'), finishedAt: at('2026-12-07T00:00:40Z') }),
        TODAY,
      ),
    ).toBeUndefined();
    expect(signInSectionName('usedForMfa', scan({ finishedAt: undefined }), TODAY)).toBeUndefined();
    // A whole read of an earlier day, still in a tab left open: not today's.
    expect(signInSectionName('usedForMfa', scan({}), '2026-12-10')).toBeUndefined();
  });
});
