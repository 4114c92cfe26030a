import { describe, expect, it } from 'vitest';
import { registrationBlocks, type CaPolicy } from './registration-strength.ts';

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
    expect(registrationBlocks([policy({})], subject)).toEqual([
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
      registrationBlocks(
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
    expect(registrationBlocks([byGroup], subject)).toEqual([]);
    expect(registrationBlocks([byGroup], { ...subject, groups: new Set(['pilot']) })).toHaveLength(1);
    expect(registrationBlocks([byGroup], { ...subject, groups: undefined })[0]?.certainty).toBe('mayApply');
    const excluded = policy({ users: { includeUsers: ['All'], excludeRoles: ['admin-role'] } });
    expect(registrationBlocks([excluded], { ...subject, roles: new Set(['admin-role']) })).toEqual([]);
    expect(registrationBlocks([excluded], { ...subject, roles: undefined })[0]?.certainty).toBe('mayApply');
    const guests = policy({ users: { includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] } });
    expect(registrationBlocks([guests], { ...subject, isGuest: true })).toEqual([]);
    expect(
      registrationBlocks([policy({ users: { includeUsers: ['All'], excludeUsers: ['u1'] } })], subject),
    ).toEqual([]);
  });
});
