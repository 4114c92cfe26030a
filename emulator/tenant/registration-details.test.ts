import { describe, expect, it } from 'vitest';
import { generateTenant } from './generate-tenant.ts';
import { WELL_KNOWN_ID } from './method-catalog.ts';
import type { AuthMethod, TenantUser } from './model.ts';
import { markUserChanged, registrationRowOf } from './registration-details.ts';
import { usersRegisteredByFeature, usersRegisteredByMethod } from './registration-summaries.ts';

const NOW = Date.parse('2026-11-01T12:00:00Z');
const tenant = generateTenant({ users: 50, seed: 'rules', now: NOW });

function userWith(methods: AuthMethod[], overrides: Partial<TenantUser> = {}): TenantUser {
  const base = tenant.users[10] as TenantUser;
  return {
    ...base,
    roles: [],
    userType: 'member',
    ssprTargeted: true,
    securityQuestions: false,
    methods,
    version: 0,
    ...overrides,
  };
}

const mobile: AuthMethod = {
  kind: 'phone',
  id: WELL_KNOWN_ID.mobile,
  phoneType: 'mobile',
  phoneNumber: '+1 4255550100',
  smsSignInState: 'notAllowedByPolicy',
  createdDateTime: null,
  lastUsedDateTime: null,
};
const office: AuthMethod = { ...mobile, id: WELL_KNOWN_ID.office, phoneType: 'office' } as AuthMethod;
const email: AuthMethod = {
  kind: 'email',
  id: WELL_KNOWN_ID.email,
  emailAddress: 'a@b.example',
  createdDateTime: null,
  lastUsedDateTime: null,
};

describe('registration report row', () => {
  it('counts a policy-disabled method as registered but not capable', () => {
    const row = registrationRowOf(tenant, userWith([office]), NOW);
    expect(row.methodsRegistered).toEqual(['officePhone']);
    expect(row.isMfaRegistered).toBe(true);
    expect(row.isMfaCapable).toBe(false);
  });

  it('needs two SSPR methods for admins and one for everyone else', () => {
    expect(registrationRowOf(tenant, userWith([mobile]), NOW).isSsprRegistered).toBe(true);
    const admin = registrationRowOf(
      tenant,
      userWith([mobile], { roles: ['62e90394-69f5-4237-9190-012177145e10'] }),
      NOW,
    );
    expect(admin.isAdmin).toBe(true);
    expect(admin.isSsprRegistered).toBe(false);
    expect(
      registrationRowOf(
        tenant,
        userWith([mobile, email], { roles: ['62e90394-69f5-4237-9190-012177145e10'] }),
        NOW,
      ).isSsprCapable,
    ).toBe(true);
  });

  it('never counts email or the password as MFA', () => {
    const row = registrationRowOf(
      tenant,
      userWith(
        [
          email,
          { kind: 'password', id: WELL_KNOWN_ID.password, createdDateTime: null, lastUsedDateTime: null },
          // With no method to back a default (the base user's would be stale otherwise).
        ],
        { defaultMethod: 'none' },
      ),
      NOW,
    );
    expect(row.isMfaRegistered).toBe(false);
    expect(row.methodsRegistered).toEqual(['email']);
    expect(row.userPreferredMethodForSecondaryAuthentication).toBe('none');
  });

  it('lists a Temporary Access Pass only while it is usable', () => {
    const tap: AuthMethod = {
      kind: 'temporaryAccessPass',
      id: 't',
      startDateTime: new Date(NOW).toISOString(),
      lifetimeInMinutes: 60,
      isUsableOnce: true,
      used: false,
      createdDateTime: null,
      lastUsedDateTime: null,
    };
    const user = userWith([tap]);
    expect(registrationRowOf(tenant, user, NOW + 30 * 60_000).methodsRegistered).toContain(
      'temporaryAccessPass',
    );
    expect(registrationRowOf(tenant, user, NOW + 61 * 60_000).methodsRegistered).not.toContain(
      'temporaryAccessPass',
    );
  });

  it('recomputes a cached row once the user changes', () => {
    const user = userWith([mobile]);
    expect(registrationRowOf(tenant, user, NOW).isMfaRegistered).toBe(true);
    user.methods = [];
    markUserChanged(tenant, user, NOW);
    expect(registrationRowOf(tenant, user, NOW).isMfaRegistered).toBe(false);
  });
});

describe('registration summaries', () => {
  const big = generateTenant({ users: 1500, seed: 'sums', now: NOW });
  const feature = (types: 'all' | 'member' | 'guest', roles: 'all' | 'admin' | 'user' | 'privilegedAdmin') =>
    usersRegisteredByFeature(big, { userTypes: types, userRoles: roles }, NOW);

  it('leaves disabled accounts out, and splits consistently by type and role', () => {
    const all = feature('all', 'all');
    expect(all.totalUserCount).toBe(big.users.filter((u) => u.accountEnabled).length);
    expect(feature('member', 'all').totalUserCount + feature('guest', 'all').totalUserCount).toBe(
      all.totalUserCount,
    );
    expect(feature('all', 'admin').totalUserCount + feature('all', 'user').totalUserCount).toBe(
      all.totalUserCount,
    );
    expect(feature('all', 'privilegedAdmin').totalUserCount).toBeLessThanOrEqual(
      feature('all', 'admin').totalUserCount,
    );
  });

  it('always reports every feature, with capable never above registered', () => {
    const counts = Object.fromEntries(
      feature('all', 'all').userRegistrationFeatureCounts.map((c) => [c.feature, c.userCount]),
    );
    expect(Object.keys(counts).sort()).toEqual([
      'mfaCapable',
      'passwordlessCapable',
      'ssprCapable',
      'ssprEnabled',
      'ssprRegistered',
    ]);
    expect(counts.ssprCapable).toBeLessThanOrEqual(
      Math.min(counts.ssprRegistered as number, counts.ssprEnabled as number),
    );
  });

  it('counts users per method including the ones nobody has, with totalUserCount always present', () => {
    const byMethod = usersRegisteredByMethod(big, { userTypes: 'all', userRoles: 'all' }, NOW);
    expect(byMethod.totalUserCount).toBe(feature('all', 'all').totalUserCount);
    expect(
      byMethod.userRegistrationMethodCounts.find((c) => c.authenticationMethod === 'hardwareOneTimePasscode')
        ?.userCount,
    ).toBe(0);
    expect(
      byMethod.userRegistrationMethodCounts.find((c) => c.authenticationMethod === 'mobilePhone')?.userCount,
    ).toBeGreaterThan(0);
  });
});

describe('report lag', () => {
  it('shows the row from before a change until the lag has passed', () => {
    const lagging = generateTenant({ users: 30, seed: 'lag', now: NOW });
    lagging.reportLagMs = 60 * 60_000;
    const user = lagging.users[8] as TenantUser;
    user.methods = [mobile];
    markUserChanged(lagging, user, NOW);
    expect(registrationRowOf(lagging, user, NOW).methodsRegistered).toEqual(['mobilePhone']);
    user.methods = [];
    markUserChanged(lagging, user, NOW + 1000);
    expect(registrationRowOf(lagging, user, NOW + 2000).methodsRegistered).toEqual(['mobilePhone']);
    expect(registrationRowOf(lagging, user, NOW + 61 * 60_000).methodsRegistered).toEqual([]);
  });
});
