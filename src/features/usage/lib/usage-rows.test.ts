import { describe, expect, it } from 'vitest';
import { usageRows, usageTotals } from './usage-rows.ts';

describe('usageRows', () => {
  it('computes failure rates, sorts by rate then volume, and keeps idle rows last', () => {
    const rows = usageRows([
      { feature: 'reset', authMethod: 'mobileSMS', successfulActivityCount: 30, failureActivityCount: 10 },
      { feature: 'registration', authMethod: 'email', successfulActivityCount: 5, failureActivityCount: 5 },
      { feature: 'reset', authMethod: 'email', successfulActivityCount: 0, failureActivityCount: 0 },
      { feature: 'reset', authMethod: 'appCode', successfulActivityCount: 95, failureActivityCount: 5 },
    ]);
    expect(rows.map((r) => [r.key, r.failureRate])).toEqual([
      ['registration:email', 0.5],
      ['reset:mobileSMS', 0.25],
      ['reset:appCode', 0.05],
      ['reset:email', null],
    ]);
    expect(rows[0]?.label).toBe('Email · Registration');
  });

  it('reads Int64 strings, merges duplicates, and names unknown future methods', () => {
    const rows = usageRows([
      {
        feature: 'reset',
        authMethod: 'quantumToken',
        successfulActivityCount: '3',
        failureActivityCount: '1',
      },
      { feature: 'reset', authMethod: 'quantumToken', successfulActivityCount: 1, failureActivityCount: 0 },
      {
        feature: 'reset',
        authMethod: 'unknownFutureValue',
        successfulActivityCount: 1,
        failureActivityCount: 1,
      },
    ]);
    expect(rows.find((r) => r.method === 'quantumToken')).toMatchObject({
      successes: 4,
      failures: 1,
      label: 'Quantum token · Password reset',
    });
    expect(rows.find((r) => r.method === 'unknownFutureValue')?.label).toContain('Newer method');
    expect(usageTotals(rows)).toEqual({ successes: 5, failures: 2, failureRate: 2 / 7 });
  });
});
