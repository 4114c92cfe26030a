import { describe, expect, it } from 'vitest';
import { registrationBlocks, type CaPolicy, type CaSubject } from './registration-strength.ts';

const blocksOf = (policies: CaPolicy[], who: CaSubject) =>
  registrationBlocks(policies, who, 'temporaryAccessPassOneTime');

const PHISHING_RESISTANT = {
  displayName: 'Phishing resistant MFA',
  allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
};
const policy = (over: Partial<CaPolicy> & { users?: Record<string, string[]> }): CaPolicy => ({
  id: 'p',
  displayName: 'Register with phishing-resistant MFA',
  state: 'enabled',
  conditions: {
    users: { includeUsers: ['All'], ...over.users },
    applications: { includeUserActions: ['urn:user:registersecurityinfo'] },
  },
  grantControls: { authenticationStrength: PHISHING_RESISTANT },
  ...over,
});
const subject = { id: 'u1', isGuest: false, groups: new Set<string>(), roles: new Set<string>() };

describe('registrationBlocks', () => {
  it('finds an enforced policy on registering security info whose strength a pass cannot meet', () => {
    expect(blocksOf([policy({})], subject)).toEqual([
      {
        policy: 'Register with phishing-resistant MFA',
        strength: 'Phishing resistant MFA',
        certainty: 'applies',
      },
    ]);
  });

  it('ignores report-only and disabled policies, other actions, strengths with a pass, and plain MFA grants', () => {
    const withPass = {
      displayName: 'Bootstrap and recovery',
      allowedCombinations: ['temporaryAccessPassOneTime', 'fido2'],
    };
    expect(
      blocksOf(
        [
          policy({ state: 'enabledForReportingButNotEnforced' }),
          policy({ state: 'disabled' }),
          policy({
            conditions: { users: { includeUsers: ['All'] }, applications: { includeUserActions: [] } },
          }),
          policy({ grantControls: { authenticationStrength: withPass } }),
          policy({ grantControls: { authenticationStrength: null } }),
        ],
        subject,
      ),
    ).toEqual([]);
  });

  it('lets an exclusion win and follows groups and roles, saying "may" where they were not read', () => {
    const byGroup = policy({ users: { includeUsers: [], includeGroups: ['pilot'] } });
    expect(blocksOf([byGroup], subject)).toEqual([]);
    expect(blocksOf([byGroup], { ...subject, groups: new Set(['pilot']) })).toHaveLength(1);
    expect(blocksOf([byGroup], { ...subject, groups: undefined })[0]?.certainty).toBe('mayApply');
    const excluded = policy({ users: { includeUsers: ['All'], excludeRoles: ['admin-role'] } });
    expect(blocksOf([excluded], { ...subject, roles: new Set(['admin-role']) })).toEqual([]);
    expect(blocksOf([excluded], { ...subject, roles: undefined })[0]?.certainty).toBe('mayApply');
    const guests = policy({ users: { includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] } });
    expect(blocksOf([guests], { ...subject, isGuest: true })).toEqual([]);
    expect(blocksOf([policy({ users: { includeUsers: ['All'], excludeUsers: ['u1'] } })], subject)).toEqual(
      [],
    );
  });
});

describe('registrationBlocks, the pass issued and other conditions', () => {
  it('matches the kind of pass, and says "may" where locations or risk decide', () => {
    const multiUseOnly = policy({
      grantControls: {
        authenticationStrength: {
          displayName: 'Custom',
          allowedCombinations: ['temporaryAccessPassMultiUse'],
        },
      },
    });
    expect(registrationBlocks([multiUseOnly], subject, 'temporaryAccessPassMultiUse')).toEqual([]);
    expect(registrationBlocks([multiUseOnly], subject, 'temporaryAccessPassOneTime')).toHaveLength(1);
    const located = policy({
      conditions: {
        users: { includeUsers: ['All'] },
        applications: { includeUserActions: ['urn:user:registersecurityinfo'] },
        locations: { includeLocations: ['All'] },
      },
    });
    expect(registrationBlocks([located], subject, 'temporaryAccessPassOneTime')[0]?.certainty).toBe(
      'mayApply',
    );
  });
});
