import { describe, expect, it } from 'vitest';
import { legacyRegistrationCounts } from './credential-registration.ts';

describe('legacyRegistrationCounts', () => {
  it('orders the four statuses, zero-fills and keeps statuses the service adds', () => {
    const counts = legacyRegistrationCounts({
      totalUserCount: '40',
      userRegistrationCounts: [
        { registrationStatus: 'capable', registrationCount: 10 },
        { registrationStatus: 'registered', registrationCount: '20' },
        { registrationStatus: 'unknownFutureValue', registrationCount: 1 },
      ],
    });
    expect(counts?.total).toBe(40);
    expect(counts?.statuses.map((s) => [s.status, s.count])).toEqual([
      ['registered', 20],
      ['enabled', 0],
      ['capable', 10],
      ['mfaRegistered', 0],
      ['unknownFutureValue', 1],
    ]);
  });

  it('reads the docs’ misspelled sample keys (graph-contract.md §9.6) and no row as no data', () => {
    const counts = legacyRegistrationCounts({
      totalUserCount: 5,
      userRegistrationCounts: [{ userRegistrationStatus: 'enabled', userRegistationCount: 3 }],
    });
    expect(counts?.statuses[1]).toMatchObject({ status: 'enabled', count: 3 });
    expect(legacyRegistrationCounts(undefined)).toBeUndefined();
  });
});
