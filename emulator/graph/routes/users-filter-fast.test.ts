import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../tenant/generate-tenant.ts';
import { parseFilter } from '../odata/index.ts';
import { searchColumn } from '../search/user-search-index.ts';
import { compileUserFilter } from './users-filter.ts';
import { compileFastUserFilter } from './users-filter-fast.ts';

const tenant = generateTenant({ users: 1500, seed: 'fast-filter', now: Date.parse('2026-06-01T00:00:00Z') });
const column = searchColumn(tenant.users);
const someone = tenant.users[42];
const guest = tenant.users.find((u) => u.userType === 'guest');

describe('compileFastUserFilter', () => {
  it.each([
    "startswith(displayName,'al')",
    "startswith(givenName,'ZO')",
    "startswith(surname,'w')",
    "startswith(userPrincipalName,'a') or startswith(mail,'b')",
    "endswith(mail,'@GMAIL.com')",
    "endswith(userPrincipalName,'#EXT#@contoso.onmicrosoft.com')",
    `id eq '${someone?.id.toUpperCase()}'`,
    `id eq ${someone?.id}`,
    `userPrincipalName eq '${someone?.userPrincipalName}'`,
    `mail eq '${guest?.mail?.toUpperCase()}'`,
    `displayName eq '${someone?.displayName}'`,
    "displayName ne 'nobody'",
    'accountEnabled eq false',
    'accountEnabled ne false',
    "userType eq 'Guest'",
    "userType ne 'member'",
    "not(startswith(displayName,'a')) and accountEnabled eq true",
    "(startswith(surname,'k') or startswith(surname,'m')) and userType eq 'Member'",
  ])('agrees with the generic evaluator on %s', (filter) => {
    const node = parseFilter(filter);
    const fast = compileFastUserFilter(node);
    expect(fast).toBeDefined();
    const generic = compileUserFilter(node);
    const want = tenant.users.filter(generic).map((u) => u.id);
    const got = column.users.filter((u, i) => fast?.(u, column.entries[i]!)).map((u) => u.id);
    expect(got).toEqual(want);
  });

  it.each(['mail eq null', "mail eq ''", "startswith(mail,'')"])(
    'leaves %s to the generic evaluator',
    (filter) => {
      expect(compileFastUserFilter(parseFilter(filter))).toBeUndefined();
    },
  );
});
