import type { User } from '@microsoft/microsoft-graph-types-beta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPages, EVENTUAL } from '../../testing/collect-pages.ts';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

const DEFAULT_KEYS = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
].sort();

let emulator: TestEmulator;
let admin: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 650 });
  admin = await emulator.token('global-admin');
});
afterAll(() => emulator.close());

const get = (path: string, headers?: Record<string, string>) =>
  emulator.graph(path, { token: admin, headers });
const tenantUsers = () => emulator.state.tenant.users;

describe('GET /users: shape and properties', () => {
  it.each(['v1.0', 'beta'])('returns the default properties with the %s context', async (version) => {
    const response = await get(`/${version}/users?$top=5`);
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(`${emulator.url}/${version}/$metadata#users`);
    const users = response.body.value as User[];
    expect(users).toHaveLength(5);
    for (const user of users) expect(Object.keys(user).sort()).toEqual(DEFAULT_KEYS);
    const first = users[0] as User;
    const model = tenantUsers()[0];
    expect(first).toEqual<User>({
      id: model?.id,
      displayName: model?.displayName,
      givenName: model?.givenName,
      surname: model?.surname,
      userPrincipalName: model?.userPrincipalName,
      mail: model?.mail,
      jobTitle: model?.jobTitle,
      mobilePhone: model?.mobilePhone,
      officeLocation: model?.officeLocation,
      preferredLanguage: model?.preferredLanguage,
      businessPhones: model?.businessPhones,
    });
  });

  it('returns exactly the selected properties, case-insensitively, with the selection in the context', async () => {
    const response = await get('/v1.0/users?$select=ID,displayName,accountEnabled,userType&$top=3');
    expect(response.body['@odata.context']).toBe(
      `${emulator.url}/v1.0/$metadata#users(id,displayName,accountEnabled,userType)`,
    );
    for (const user of response.body.value as User[]) {
      expect(Object.keys(user)).toEqual(['id', 'displayName', 'accountEnabled', 'userType']);
      expect(['Member', 'Guest']).toContain(user.userType);
      expect(typeof user.accountEnabled).toBe('boolean');
    }
  });

  it('answers an unknown $select property with 400', async () => {
    const response = await get('/v1.0/users?$select=id,shoeSize');
    expectGraphError(response, 400, 'BadRequest');
    expect(response.body.error.message).toBe(
      "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.",
    );
  });

  it.each(['aboutMe', 'birthday', 'hireDate', 'skills'])(
    'answers %s, which a collection cannot return, with 501',
    async (property) => {
      const response = await get(`/v1.0/users?$select=id,${property}`);
      expectGraphError(response, 501, 'NotImplemented');
      expect(response.body.error.message).toBe('This operation target is not yet supported.');
    },
  );

  it('derives the cloud SID and guest fields from the model', async () => {
    const guest = tenantUsers().find((u) => u.userType === 'guest');
    const response = await get(
      `/v1.0/users?$filter=id eq '${guest?.id}'&$select=id,userType,creationType,externalUserState,securityIdentifier,otherMails`,
    );
    const [user] = response.body.value as User[];
    expect(user).toMatchObject<User>({
      userType: 'Guest',
      creationType: 'Invitation',
      externalUserState: 'Accepted',
    });
    expect(user?.securityIdentifier).toMatch(/^S-1-12-1-\d+-\d+-\d+-\d+$/);
    expect(user?.otherMails).toEqual([guest?.mail]);
  });
});

describe('GET /users: page size and paging', () => {
  it('defaults to 100 per page and accepts up to 999', async () => {
    expect((await get('/v1.0/users')).body.value).toHaveLength(100);
    expect((await get('/v1.0/users?$top=999')).body.value).toHaveLength(650);
    expect((await get('/v1.0/users?$top=1')).body.value).toHaveLength(1);
  });

  it.each(['1000', '0', '-1', 'ten'])('refuses $top=%s with Graph’s page-size error', async (top) => {
    const response = await get(`/v1.0/users?$top=${top}`);
    expectGraphError(response, 400, 'Request_UnsupportedQuery');
    expect(response.body.error.message).toBe(
      `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`,
    );
  });

  it('pages through @odata.nextLink to every user exactly once', async () => {
    const { items, pages } = await collectPages<User>(
      emulator,
      '/v1.0/users?$top=64&$select=id,displayName',
      {
        token: admin,
      },
    );
    expect(items).toHaveLength(tenantUsers().length);
    expect(new Set(items.map((u) => u.id)).size).toBe(tenantUsers().length);
    expect(pages).toHaveLength(Math.ceil(650 / 64));
    for (const page of pages.slice(1)) {
      expect(page['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#users(id,displayName)`);
    }
    // The link is absolute and repeats every original option.
    const link = new URL(pages[0]['@odata.nextLink']);
    expect(link.origin + link.pathname).toBe(`${emulator.url}/v1.0/users`);
    expect(link.searchParams.get('$top')).toBe('64');
    expect(link.searchParams.get('$select')).toBe('id,displayName');
    expect(link.searchParams.get('$skiptoken')).toEqual(expect.any(String));
    expect(pages.at(-1)['@odata.nextLink']).toBeUndefined();
  });

  it('refuses $skip, a forged $skiptoken and a token from another query', async () => {
    expectGraphError(await get('/v1.0/users?$skip=10'), 400, 'BadRequest');
    expectGraphError(await get('/v1.0/users?$skiptoken=abc.def'), 400, 'BadRequest');
    const first = await get('/v1.0/users?$top=10');
    const token = new URL(first.body['@odata.nextLink']).searchParams.get('$skiptoken');
    expectGraphError(await get(`/v1.0/users?$top=20&$skiptoken=${token}`), 400, 'BadRequest');
  });

  it('refuses $expand, which the emulator does not model, with a Graph error', async () => {
    expectGraphError(await get('/v1.0/users?$expand=manager'), 400, 'BadRequest');
  });
});

describe('GET /users: $filter', () => {
  const matchIds = async (filter: string, advanced = false) => {
    const response = await get(
      `/v1.0/users?$filter=${encodeURIComponent(filter)}&$select=id&$top=999${advanced ? '&$count=true' : ''}`,
      advanced ? EVENTUAL : undefined,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body.value as User[]).map((u) => u.id).sort();
  };
  const expected = (predicate: (u: ReturnType<typeof tenantUsers>[number]) => boolean) =>
    tenantUsers()
      .filter(predicate)
      .map((u) => u.id)
      .sort();

  it.each([
    ['displayName', 'al'],
    ['givenName', 'Al'],
    ['surname', 'wa'],
    ['userPrincipalName', 'AD'],
    ['mail', 'n'],
  ] as const)('startswith(%s) matches case-insensitively', async (property, prefix) => {
    const ids = await matchIds(`startswith(${property},'${prefix}')`);
    const want = expected((u) => (u[property] ?? '').toLowerCase().startsWith(prefix.toLowerCase()));
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
  });

  it('matches eq on id, userPrincipalName, mail, accountEnabled and userType', async () => {
    const someone = tenantUsers()[10];
    expect(await matchIds(`id eq '${someone?.id}'`)).toEqual([someone?.id]);
    expect(await matchIds(`userPrincipalName eq '${someone?.userPrincipalName.toUpperCase()}'`)).toEqual([
      someone?.id,
    ]);
    expect(await matchIds(`mail eq '${someone?.mail}'`)).toEqual([someone?.id]);
    expect(await matchIds('accountEnabled eq false')).toEqual(expected((u) => !u.accountEnabled));
    expect(await matchIds("userType eq 'Guest'")).toEqual(expected((u) => u.userType === 'guest'));
  });

  it('combines clauses with or / and', async () => {
    expect(await matchIds("startswith(displayName,'a') or startswith(userPrincipalName,'b')")).toEqual(
      expected((u) => u.displayName.toLowerCase().startsWith('a') || u.userPrincipalName.startsWith('b')),
    );
    expect(
      await matchIds("userType eq 'Member' and accountEnabled eq true and startswith(surname,'k')"),
    ).toEqual(
      expected(
        (u) => u.userType === 'member' && u.accountEnabled && (u.surname ?? '').toLowerCase().startsWith('k'),
      ),
    );
  });

  it.each([
    ['accountEnabled ne true', 'ne'],
    ["not(startswith(displayName,'a'))", 'not'],
    ["endswith(mail,'@gmail.com')", 'endsWith'],
  ])('needs the advanced-query parameters for %s', async (filter, operator) => {
    const bare = await get(`/v1.0/users?$filter=${encodeURIComponent(filter)}`);
    expectGraphError(bare, 400, 'Request_UnsupportedQuery');
    expect(bare.body.error.message).toContain(
      `Operator '${operator}' is not supported because the required parameters might be missing.`,
    );
    // The header alone, or $count alone, is not enough.
    expectGraphError(
      await get(`/v1.0/users?$filter=${encodeURIComponent(filter)}`, EVENTUAL),
      400,
      'Request_UnsupportedQuery',
    );
    expectGraphError(
      await get(`/v1.0/users?$filter=${encodeURIComponent(filter)}&$count=true`),
      400,
      'Request_UnsupportedQuery',
    );
    expect(
      (await get(`/v1.0/users?$filter=${encodeURIComponent(filter)}&$count=true`, EVENTUAL)).status,
    ).toBe(200);
  });

  it('evaluates ne, not and endsWith once allowed', async () => {
    expect(await matchIds('accountEnabled ne true', true)).toEqual(expected((u) => !u.accountEnabled));
    expect(await matchIds("not(startswith(displayName,'a'))", true)).toEqual(
      expected((u) => !u.displayName.toLowerCase().startsWith('a')),
    );
    expect(await matchIds("endswith(mail,'@gmail.com')", true)).toEqual(
      expected((u) => (u.mail ?? '').toLowerCase().endsWith('@gmail.com')),
    );
  });

  it('answers unknown and unfilterable properties and unsupported operators as Graph does', async () => {
    const unknown = await get("/v1.0/users?$filter=shoeSize eq '9'");
    expectGraphError(unknown, 400, 'BadRequest');
    const unfilterable = await get("/v1.0/users?$filter=department eq 'IT'");
    expectGraphError(unfilterable, 400, 'Request_UnsupportedQuery');
    expect(unfilterable.body.error.message).toBe(
      "Unsupported or invalid query filter clause specified for property 'department' of resource 'User'.",
    );
    expectGraphError(
      await get("/v1.0/users?$filter=contains(displayName,'a')"),
      400,
      'Request_UnsupportedQuery',
    );
    expectGraphError(await get('/v1.0/users?$filter=displayName eq'), 400, 'BadRequest');
  });
});

describe('GET /users: $orderby', () => {
  const order = (values: string[]) =>
    [...values].sort((a, b) =>
      a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
    );

  it.each(['displayName', 'userPrincipalName'] as const)(
    'sorts by %s without advanced parameters',
    async (property) => {
      const { items } = await collectPages<User>(
        emulator,
        `/v1.0/users?$orderby=${property}&$select=${property}&$top=200`,
        {
          token: admin,
        },
      );
      const values = items.map((u) => u[property] as string);
      expect(values).toEqual(order(values));
      expect(values).toHaveLength(650);
    },
  );

  it('sorts descending', async () => {
    const response = await get('/v1.0/users?$orderby=displayName desc&$select=displayName&$top=999');
    const values = (response.body.value as User[]).map((u) => (u.displayName as string).toLowerCase());
    expect(values).toHaveLength(650);
    for (let i = 1; i < values.length; i++) expect(values[i - 1]! >= values[i]!).toBe(true);
  });

  it('refuses other sort properties with Graph’s message', async () => {
    const response = await get('/v1.0/users?$orderby=createdDateTime');
    expectGraphError(response, 400, 'Request_UnsupportedQuery');
    expect(response.body.error.message).toBe("Unsupported sort property 'createdDateTime' for 'User'.");
  });

  it('needs ConsistencyLevel and $count=true to combine $filter with $orderby', async () => {
    const path =
      "/v1.0/users?$filter=startswith(displayName,'a')&$orderby=displayName&$select=displayName&$top=999";
    const bare = await get(path);
    expectGraphError(bare, 400, 'Request_UnsupportedQuery');
    expect(bare.body.error.message).toBe('Sorting not supported for current query.');
    expectGraphError(await get(path, EVENTUAL), 400, 'Request_UnsupportedQuery');
    const advanced = await get(`${path}&$count=true`, EVENTUAL);
    expect(advanced.status).toBe(200);
    const values = (advanced.body.value as User[]).map((u) => u.displayName as string);
    expect(values.length).toBe(advanced.body['@odata.count']);
    expect(values).toEqual(order(values));
    expect(values.every((v) => v.toLowerCase().startsWith('a'))).toBe(true);
  });
});

describe('GET /users: $count and ConsistencyLevel', () => {
  it('adds @odata.count on the first page only, with the header', async () => {
    const first = await get('/v1.0/users?$count=true&$top=300', EVENTUAL);
    expect(first.body['@odata.count']).toBe(650);
    const second = await get(first.body['@odata.nextLink'], EVENTUAL);
    expect(second.status).toBe(200);
    expect(second.body).not.toHaveProperty('@odata.count');
  });

  it('silently ignores $count=true without the header', async () => {
    const response = await get('/v1.0/users?$count=true&$top=5');
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('@odata.count');
  });

  it('refuses a $count value other than true or false', async () => {
    expectGraphError(await get('/v1.0/users?$count=yes', EVENTUAL), 400, 'BadRequest');
  });

  it('does not carry ConsistencyLevel in the nextLink: page two without the header fails', async () => {
    const first = await get('/v1.0/users?$search="displayName:a"&$top=5', EVENTUAL);
    expect(first.status).toBe(200);
    const link: string = first.body['@odata.nextLink'];
    expect(link.toLowerCase()).not.toContain('consistencylevel');
    expectGraphError(await get(link), 400, 'Request_UnsupportedQuery');
    expect((await get(link, EVENTUAL)).status).toBe(200);
  });
});

describe('GET /users: resource units', () => {
  it.each([
    ['/v1.0/users', '2'],
    ['/v1.0/users?$select=id', '1'],
    ['/v1.0/users?$top=10', '1'],
    ['/v1.0/users?$top=50', '2'],
    [`/v1.0/users/adelev@contoso.onmicrosoft.com`, '1'],
  ])('reports x-ms-resource-unit for %s', async (path, units) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ms-resource-unit')).toBe(units);
  });
});
