import { describe, expect, it } from 'vitest';
import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';
import { methodSeries } from './method-series.ts';

describe('methodSeries', () => {
  it('sorts by users, keeps zero-user methods in the table only, and shows unknown methods by a readable name', () => {
    const { bars, rows } = methodSeries({
      totalUserCount: 100,
      userRegistrationMethodCounts: [
        { authenticationMethod: 'email', userCount: 5 },
        { authenticationMethod: 'mobilePhone', userCount: 60 },
        { authenticationMethod: 'hardwareOneTimePasscode', userCount: 0 },
        { authenticationMethod: 'quantumEntangledToken', userCount: 2 },
      ],
    });
    expect(bars.map((b) => b.label)).toEqual(['Mobile phone', 'Email', 'Quantum entangled token']);
    expect(rows).toHaveLength(4);
  });

  it('merges the beta sample’s "windowsHellowForBusiness" typo into Windows Hello', () => {
    const { bars } = methodSeries({
      userRegistrationMethodCounts: [
        { authenticationMethod: 'windowsHelloForBusiness', userCount: 3 },
        { authenticationMethod: 'windowsHellowForBusiness', userCount: 4 },
      ],
    });
    expect(bars).toEqual([
      { method: 'windowsHelloForBusiness', label: 'Windows Hello for Business', users: 7 },
    ]);
  });

  it('labels the sample’s legacy "fido" as a FIDO2 key', () => {
    expect(methodLabel('fido')).toBe('FIDO2 security key');
  });
});
