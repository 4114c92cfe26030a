import { describe, expect, it } from 'vitest';
import { generateTenant } from './generate-tenant.ts';
import { PERSONAS } from './personas.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('leftover registrations', () => {
  const tenant = generateTenant({ users: 1000, seed: 'contoso', now: NOW });
  const doubled = tenant.users.filter((u) => {
    const names = u.methods
      .filter((m) => m.kind === 'microsoftAuthenticator' || m.kind === 'windowsHelloForBusiness')
      .map((m) => `${m.kind}|${'displayName' in m ? m.displayName : ''}`);
    return new Set(names).size < names.length;
  });

  it('gives some users, admins among them, the same device registered twice with distinct ids', () => {
    expect(doubled.length).toBeGreaterThan(10);
    expect(doubled.some((u) => u.roles.length > 0)).toBe(true);
    for (const user of doubled) expect(new Set(user.methods.map((m) => m.id)).size).toBe(user.methods.length);
  });

  it('leaves the demo operators alone and is the same for the same seed', () => {
    const aliases = new Set(PERSONAS.map((p) => p.alias));
    expect(doubled.filter((u) => aliases.has(u.userPrincipalName.split('@')[0] ?? ''))).toEqual([]);
    const again = generateTenant({ users: 1000, seed: 'contoso', now: NOW });
    expect(again.users.map((u) => u.methods.length)).toEqual(tenant.users.map((u) => u.methods.length));
  });
});
