import { describe, expect, it } from 'vitest';
import { generateActivity } from './generate-activity.ts';
import { generateTenant } from './generate-tenant.ts';
import { HOSTILE_REASONS } from './failure-reasons.ts';
import { HOSTILE_USERS } from './hostile-users.ts';
import { HOSTILE_NAMES } from './names.ts';
import { PERSONAS } from './personas.ts';
import { ROLE } from './roles.ts';

const NOW = Date.parse('2026-11-01T12:00:00Z');

describe('generateTenant', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateTenant({ users: 300, seed: 's1', now: NOW });
    const b = generateTenant({ users: 300, seed: 's1', now: NOW });
    const c = generateTenant({ users: 300, seed: 's2', now: NOW });
    expect(a.users.map((u) => [u.id, u.displayName, u.methods.length])).toEqual(
      b.users.map((u) => [u.id, u.displayName, u.methods.length]),
    );
    expect(a.id).not.toBe(c.id);
  });

  it('makes exactly the requested number of users, personas first with their roles', () => {
    const tenant = generateTenant({ users: 1000, seed: 'contoso', now: NOW });
    expect(tenant.users).toHaveLength(1000);
    expect(tenant.users.slice(0, PERSONAS.length).map((u) => u.displayName)).toEqual(
      PERSONAS.map((p) => p.displayName),
    );
    const byUpn = (alias: string) => tenant.usersByUpn.get(`${alias}@${tenant.domain}`);
    expect(byUpn('meganb')?.roles).toEqual([ROLE.authenticationAdministrator]);
    expect(byUpn('lidiah')?.roles).toEqual([ROLE.securityReader, ROLE.reportsReader]);
    expect(byUpn('nestorw')?.roles).toEqual([]);
  });

  it('has the mixes a real tenant has', () => {
    const { users } = generateTenant({ users: 2000, seed: 'contoso', now: NOW });
    const share = (pred: (u: (typeof users)[number]) => boolean) => users.filter(pred).length / users.length;
    expect(share((u) => u.userType === 'guest')).toBeGreaterThan(0.04);
    expect(share((u) => !u.accountEnabled)).toBeGreaterThan(0.01);
    expect(share((u) => u.roles.length > 0)).toBeGreaterThan(0.01);
    expect(share((u) => u.methods.every((m) => m.kind === 'password'))).toBeGreaterThan(0.05);
    const smsOnly = (u: (typeof users)[number]) =>
      u.methods.filter((m) => m.kind !== 'password').every((m) => m.kind === 'phone') &&
      u.methods.some((m) => m.kind === 'phone');
    expect(share(smsOnly)).toBeGreaterThan(0.05);
    expect(share((u) => u.methods.some((m) => m.kind === 'fido2'))).toBeGreaterThan(0.05);
    expect(users.some((u) => u.methods.some((m) => m.kind === 'temporaryAccessPass'))).toBe(true);
    expect(
      users.some((u) => u.methods.some((m) => m.lastUsedDateTime === null && m.kind !== 'password')),
    ).toBe(true);
  });

  it('plants every hostile string in names, and some in device names', () => {
    const { users } = generateTenant({ users: 1000, seed: 'contoso', now: NOW });
    const names = new Set(users.map((u) => u.displayName));
    for (const hostile of HOSTILE_NAMES) expect(names.has(hostile)).toBe(true);
    const deviceNames = users.flatMap((u) =>
      u.methods.flatMap((m) => ('displayName' in m ? [m.displayName] : [])),
    );
    expect(deviceNames.some((n) => HOSTILE_NAMES.includes(n))).toBe(true);
  });

  it('ends with the hostile users: hostile in name, UPN and every device name, UPNs still valid', () => {
    const { users } = generateTenant({ users: 1000, seed: 'contoso', now: NOW });
    expect(users).toHaveLength(1000);
    const hostile = users.slice(-HOSTILE_USERS.length);
    expect(hostile.map((u) => u.displayName)).toEqual(HOSTILE_USERS.map((h) => h.displayName));
    for (const [i, user] of hostile.entries()) {
      // Entra allows letters, digits and ' . - _ ! # ^ ~ before the @.
      expect(user.userPrincipalName).toMatch(/^[A-Za-z0-9'._!#^~-]+@contoso\.onmicrosoft\.com$/);
      const named = user.methods.flatMap((m) => ('displayName' in m ? [m.displayName] : []));
      expect(new Set(named)).toEqual(new Set(HOSTILE_USERS[i]!.deviceNames));
    }
    expect([...hostile[2]!.displayName]).toHaveLength(5000);
    expect(hostile[0]!.userPrincipalName[0]).toBe('-');
  });

  it('follows Graph’s phone rules: one phone per type, alternate mobile only beside a mobile', () => {
    const { users } = generateTenant({ users: 2000, seed: 'contoso', now: NOW });
    for (const user of users) {
      const types = user.methods.flatMap((m) => (m.kind === 'phone' ? [m.phoneType] : []));
      expect(new Set(types).size).toBe(types.length);
      if (types.includes('alternateMobile')) expect(types).toContain('mobile');
      for (const m of user.methods)
        if (m.kind === 'phone') expect(m.phoneNumber).toMatch(/^\+\d{1,3} \d+(x\d+)?$/);
    }
  });

  it('leaves the hostile strings and users out when asked (npm start without --hostile-users)', () => {
    const calm = generateTenant({ users: 1000, seed: 'contoso', now: NOW, hostile: false });
    const hostile = new Set<string>(HOSTILE_NAMES);
    const strings = calm.users.flatMap((u) => [
      u.displayName,
      u.userPrincipalName,
      ...u.methods.map((m) => ('displayName' in m ? m.displayName : '')),
    ]);
    expect(strings.filter((s) => hostile.has(s))).toEqual([]);
    expect(calm.users.filter((u) => HOSTILE_USERS.some((h) => u.displayName === h.displayName))).toEqual([]);
    expect(calm.users).toHaveLength(1000);
    const activity = generateActivity(calm);
    expect([...activity.events.reasons].filter((r) => HOSTILE_REASONS.includes(r))).toEqual([]);
  });
});
