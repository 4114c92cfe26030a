import { describe, expect, it } from 'vitest';
import { topFailureReasons } from './failure-reasons.ts';

describe('topFailureReasons', () => {
  it('counts failures only, per method, most frequent reasons first, limited per method', () => {
    const events = [
      { authMethod: 'mobileSMS', isSuccess: false, failureReason: 'SMS code expired' },
      { authMethod: 'mobileSMS', isSuccess: false, failureReason: 'SMS code expired' },
      { authMethod: 'mobileSMS', isSuccess: false, failureReason: 'User abandoned' },
      { authMethod: 'mobileSMS', isSuccess: true, failureReason: '' },
      { authMethod: 'email', isSuccess: false, failureReason: '' },
    ];
    expect(topFailureReasons(events, 1)).toEqual([
      {
        method: 'mobileSMS',
        label: 'Mobile phone (SMS)',
        failures: 3,
        reasons: [{ reason: 'SMS code expired', count: 2 }],
      },
      { method: 'email', label: 'Email', failures: 1, reasons: [{ reason: 'No reason given', count: 1 }] },
    ]);
  });
});
