import type { User } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTUAL } from '../../testing/collect-pages.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';
import type { TenantUser } from '../../tenant/model.ts';

let emulator: TestEmulator;
let admin: string;
const named: Record<string, TenantUser> = {};

/** Gives generated users known names, bumping `version` as every model change must. */
function rename(user: TenantUser, displayName: string, alias: string): TenantUser {
  const domain = emulator.state.tenant.domain;
  user.displayName = displayName;
  user.userPrincipalName = `${alias}@${domain}`;
  user.mail = `${alias}@${domain}`;
  user.version++;
  emulator.state.tenant.usersByUpn.set(user.userPrincipalName, user);
  return user;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ users: 600 });
  admin = await emulator.token('global-admin');
  // Warm the search index first, so the renames below exercise its refresh.
  await emulator.graph('/v1.0/users?$search="displayName:a"', { token: admin, headers: EVENTUAL });
  const spare = emulator.state.tenant.users
    .filter((u) => u.roles.length === 0 && u.userType === 'member')
    .slice(20);
  const names: [string, string, string][] = [
    ['oscar', 'Oscar Ward', 'oscar.ward'],
    ['edward', 'Edward Swann', 'edward.swann'],
    ['wanda', 'Wanda Maximoff', 'wanda.maximoff'],
    ['latoya', 'LaToya DeWalt', 'latoya.dewalt'],
    ['jeanluc', 'Jean-Luc Picard', 'jeanluc.picard'],
    ['quoted', 'Quincy "Marks" Quill', 'quincy.quill'],
    ['backslash', 'Back\\Slash Qwerty', 'back.slash'],
  ];
  names.forEach(([key, name, alias], i) => {
    named[key] = rename(spare[i] as TenantUser, name, alias);
  });
});
afterAll(() => emulator.close());

async function search(expression: string, extra = '') {
  const response = await emulator.graph(
    `/v1.0/users?$search=${encodeURIComponent(expression)}&$select=id,displayName,userPrincipalName,mail&$top=999${extra}`,
    { token: admin, headers: EVENTUAL },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.value as User[];
}
const ids = (users: User[]) => users.map((u) => u.id);

/** An independent oracle for plain ASCII names: a word or camel-case part starting with the prefix. */
function plainWordPrefix(displayName: string, prefix: string): boolean {
  return displayName
    .split(' ')
    .flatMap((word) => word.split(/(?<=[a-z])(?=[A-Z])/))
    .some((part) => part.toLowerCase().startsWith(prefix));
}

describe('$search: header and syntax', () => {
  it('needs ConsistencyLevel: eventual, with Graph’s message', async () => {
    const response = await emulator.graph('/v1.0/users?$search="displayName:wa"', { token: admin });
    expectGraphError(response, 400, 'Request_UnsupportedQuery');
    expect(response.body.error.message).toBe(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  });

  it.each([
    ['displayName:wa', 'BadRequest'],
    ['"displayName:wa', 'BadRequest'],
    ['"displayName:wa" OR', 'BadRequest'],
    ['("displayName:wa"', 'BadRequest'],
    ['"displayName:w\\a"', 'BadRequest'],
    ['"displayName:wa" or "mail:wa"', 'Request_UnsupportedQuery'],
    ['"wa"', 'Request_UnsupportedQuery'],
    ['"shoeSize:9"', 'Request_UnsupportedQuery'],
    ['"department:IT"', 'Request_UnsupportedQuery'],
    ['NOT "displayName:wa"', 'Request_UnsupportedQuery'],
  ])('answers %s with 400 %s', async (expression, code) => {
    const response = await emulator.graph(`/v1.0/users?$search=${encodeURIComponent(expression)}`, {
      token: admin,
      headers: EVENTUAL,
    });
    expectGraphError(response, 400, code);
  });
});

describe('$search: semantics', () => {
  it('matches word prefixes of displayName, not substrings', async () => {
    const found = await search('"displayName:wa"');
    expect(ids(found)).toEqual(expect.arrayContaining([named.oscar?.id, named.wanda?.id, named.latoya?.id]));
    expect(ids(found)).not.toContain(named.edward?.id);
    const plain = emulator.state.tenant.users.filter((u) => /^[A-Za-z ]+$/.test(u.displayName));
    const foundIds = new Set(ids(found));
    for (const user of plain)
      expect(foundIds.has(user.id), user.displayName).toBe(plainWordPrefix(user.displayName, 'wa'));
  });

  it('is case-insensitive in the property name and the text, and matches tokens in any order', async () => {
    expect(ids(await search('"DISPLAYNAME:WARD OSC"'))).toEqual([named.oscar?.id]);
  });

  it('splits on case changes and joins words around symbols', async () => {
    expect(ids(await search('"displayName:toya"'))).toContain(named.latoya?.id);
    expect(ids(await search('"displayName:jeanluc"'))).toEqual([named.jeanluc?.id]);
    expect(ids(await search('"displayName:luc"'))).toContain(named.jeanluc?.id);
  });

  it('treats userPrincipalName and mail as startsWith', async () => {
    const byUpn = await search('"userPrincipalName:oscar.w"');
    expect(ids(byUpn)).toEqual([named.oscar?.id]);
    expect(ids(await search('"userPrincipalName:ward"'))).not.toContain(named.oscar?.id);
    const byMail = await search('"mail:wanda"');
    expect(ids(byMail)).toEqual([named.wanda?.id]);
    for (const user of await search('"mail:a"')) expect(user.mail?.toLowerCase().startsWith('a')).toBe(true);
  });

  it('combines clauses with AND, OR, parentheses and juxtaposition', async () => {
    expect(ids(await search('"displayName:oscar" AND "displayName:ward"'))).toEqual([named.oscar?.id]);
    expect(ids(await search('"displayName:oscar" "mail:oscar.ward"'))).toEqual([named.oscar?.id]);
    expect(ids(await search('"displayName:wanda" OR "displayName:picard"')).sort()).toEqual(
      [named.wanda?.id, named.jeanluc?.id].sort(),
    );
    expect(ids(await search('("displayName:wanda" OR "displayName:picard") AND "mail:wanda"'))).toEqual([
      named.wanda?.id,
    ]);
    expect(ids(await search('"displayName:oscar" AND "mail:wanda"'))).toEqual([]);
  });

  it('unescapes \\" and \\\\ inside a clause', async () => {
    expect(ids(await search('"displayName:\\"marks\\""'))).toEqual([named.quoted?.id]);
    expect(ids(await search('"displayName:back\\\\slash"'))).toEqual([named.backslash?.id]);
  });

  it('finds hostile and non-Latin names by their words', async () => {
    const names = (await search('"displayName:mallory" OR "displayName:unicorn" OR "displayName:مريم"')).map(
      (u) => u.displayName,
    );
    expect(names).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)> Mallory', '🦄 Unicorn 👩🏽‍💻 Team', 'مريم الحسن']),
    );
  });

  it('sees renames at once: the index follows each user’s version', async () => {
    const user = named.wanda as TenantUser;
    rename(user, 'Wilhelmina Zyx', 'wanda.maximoff');
    expect(ids(await search('"displayName:zyx"'))).toEqual([user.id]);
    expect(ids(await search('"displayName:maximoff"'))).toEqual([]);
    rename(user, 'Wanda Maximoff', 'wanda.maximoff');
  });
});

describe('$search with other options', () => {
  it('ANDs with $filter', async () => {
    const found = await search('"displayName:a"', `&$filter=${encodeURIComponent("userType eq 'Guest'")}`);
    expect(found.length).toBeGreaterThan(0);
    const guests = new Set(
      emulator.state.tenant.users.filter((u) => u.userType === 'guest').map((u) => u.id),
    );
    for (const user of found) expect(guests.has(user.id as string)).toBe(true);
  });

  it('counts all matches with $count=true and pages them', async () => {
    const all = await search('"displayName:a"');
    const first = await emulator.graph(
      `/v1.0/users?$search=${encodeURIComponent('"displayName:a"')}&$count=true&$top=7`,
      {
        token: admin,
        headers: EVENTUAL,
      },
    );
    expect(first.body['@odata.count']).toBe(all.length);
    expect(first.body.value).toHaveLength(7);
    expect(first.body['@odata.nextLink']).toEqual(expect.any(String));
  });

  it('sorts with $orderby', async () => {
    const found = await search('"displayName:a"', '&$orderby=displayName');
    const names = found.map((u) => (u.displayName as string).toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
