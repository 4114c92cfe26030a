import { describe, expect, it } from 'vitest';
import { featureKpis } from './feature-kpis.ts';

describe('featureKpis', () => {
  it('gives count and share for all five features, in order', () => {
    const { total, kpis } = featureKpis({
      totalUserCount: 200,
      userRegistrationFeatureCounts: [
        { feature: 'passwordlessCapable', userCount: 20 },
        { feature: 'mfaCapable', userCount: 150 },
        { feature: 'ssprCapable', userCount: 100 },
        { feature: 'ssprRegistered', userCount: 120 },
        { feature: 'ssprEnabled', userCount: 180 },
        { feature: 'unknownFutureValue', userCount: 7 },
      ],
    });
    expect(total).toBe(200);
    expect(kpis.map((k) => [k.feature, k.count, k.share])).toEqual([
      ['mfaCapable', 150, 0.75],
      ['ssprRegistered', 120, 0.6],
      ['ssprEnabled', 180, 0.9],
      ['ssprCapable', 100, 0.5],
      ['passwordlessCapable', 20, 0.1],
    ]);
  });

  it('reads Int64 counts sent as strings, treats missing features as zero and an empty tenant as no share', () => {
    const { kpis } = featureKpis({
      totalUserCount: '10' as unknown as number,
      userRegistrationFeatureCounts: [{ feature: 'mfaCapable', userCount: '4' as unknown as number }],
    });
    expect(kpis[0]?.count).toBe(4);
    expect(kpis[0]?.share).toBe(0.4);
    expect(kpis[4]?.count).toBe(0);
    expect(featureKpis({ totalUserCount: 0, userRegistrationFeatureCounts: [] }).kpis[0]?.share).toBeNull();
  });
});
