import { describe, expect, it } from 'vitest';
import { compileFilter, type CompileFilterOptions, type FilterSchema } from './filter-evaluator.ts';
import { parseFilter } from './filter-parser.ts';
import { ODataQueryError } from './odata-query-error.ts';

const schema: FilterSchema = {
  id: { type: 'guid', ops: ['eq'] },
  userPrincipalName: { type: 'string', ops: ['eq', 'ne', 'startswith'] },
  userDisplayName: {
    type: 'string',
    ops: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'startswith', 'endswith', 'contains'],
  },
  userType: { type: 'enum', ops: ['eq', 'ne'] },
  authMethod: { type: 'enum', ops: ['eq'], enumType: 'microsoft.graph.usageAuthMethod' },
  isAdmin: { type: 'boolean', ops: ['eq', 'ne'] },
  isMfaCapable: { type: 'boolean', ops: ['eq'] },
  methodsRegistered: { type: 'stringCollection', ops: ['any', 'eq', 'startswith'] },
  tags: { type: 'stringCollection', ops: ['any', 'all', 'eq', 'ne'] },
  lastUpdatedDateTime: { type: 'datetime', ops: ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] },
  'signInActivity/lastSignInDateTime': { type: 'datetime', ops: ['ge', 'lt'] },
  riskScore: { type: 'number', ops: ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] },
};

interface Row {
  id: string;
  userPrincipalName: string | null;
  userDisplayName?: string | null;
  userType: string;
  authMethod?: string;
  isAdmin: boolean;
  isMfaCapable: boolean;
  methodsRegistered?: string[];
  tags?: string[];
  lastUpdatedDateTime: string | Date | null;
  signInActivity?: { lastSignInDateTime: string | null } | null;
  riskScore?: number | null;
}

const rows: Row[] = [
  {
    id: '00000000-0000-0000-0000-00000000000A',
    userPrincipalName: 'alice@contoso.com',
    userDisplayName: 'Alice Adams',
    userType: 'member',
    authMethod: 'email',
    isAdmin: true,
    isMfaCapable: true,
    methodsRegistered: ['email', 'microsoftAuthenticatorPush'],
    tags: ['a', 'b'],
    lastUpdatedDateTime: '2024-01-31T10:00:00Z',
    signInActivity: { lastSignInDateTime: '2024-02-01T00:00:00.5Z' },
    riskScore: 10,
  },
  {
    id: '00000000-0000-0000-0000-00000000000b',
    userPrincipalName: 'ALBERT@contoso.com',
    userDisplayName: "Seán O'Brien",
    userType: 'Member',
    authMethod: 'sms',
    isAdmin: false,
    isMfaCapable: true,
    methodsRegistered: ['mobilePhone'],
    tags: ['a'],
    lastUpdatedDateTime: '2023-12-31T23:59:59.999Z',
    signInActivity: { lastSignInDateTime: null },
    riskScore: -2.5,
  },
  {
    id: '00000000-0000-0000-0000-00000000000c',
    userPrincipalName: 'bob@fabrikam.com',
    userDisplayName: null,
    userType: 'guest',
    isAdmin: false,
    isMfaCapable: false,
    methodsRegistered: [],
    tags: [],
    lastUpdatedDateTime: '2024-01-01T02:00:00+02:00',
    signInActivity: null,
    riskScore: null,
  },
  {
    id: '00000000-0000-0000-0000-00000000000d',
    userPrincipalName: null,
    userType: 'member',
    isAdmin: true,
    isMfaCapable: false,
    lastUpdatedDateTime: new Date(Date.UTC(2024, 5, 1)),
  },
];

function run(filter: string, options?: CompileFilterOptions): string[] {
  const predicate = compileFilter<Row>(parseFilter(filter), schema, options);
  return rows.filter(predicate).map((row) => row.id.slice(-1).toLowerCase());
}

function compileError(filter: string, options?: CompileFilterOptions): ODataQueryError {
  try {
    compileFilter(parseFilter(filter), schema, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ODataQueryError);
    return error as ODataQueryError;
  }
  throw new Error(`expected '${filter}' to be rejected`);
}

describe('compileFilter: Graph examples', () => {
  it('filters on a boolean', () => {
    expect(run('isMfaCapable eq true')).toEqual(['a', 'b']);
  });

  it('filters a string collection with any', () => {
    expect(run("methodsRegistered/any(x:x eq 'email')")).toEqual(['a']);
  });

  it('filters with startswith, case-insensitively', () => {
    expect(run("startswith(userPrincipalName,'al')")).toEqual(['a', 'b']);
  });

  it('combines with and', () => {
    expect(run("isAdmin eq true and userType eq 'member'")).toEqual(['a', 'd']);
  });

  it('compares enum literals by value', () => {
    expect(run("authMethod eq microsoft.graph.usageAuthMethod'email'")).toEqual(['a']);
    expect(run("authMethod eq microsoft.graph.usageAuthMethod'EMAIL'")).toEqual(['a']);
    expect(run("authMethod eq 'sms'")).toEqual(['b']);
  });

  it("matches userType eq 'Member' against 'member'", () => {
    expect(run("userType eq 'Member'")).toEqual(['a', 'b', 'd']);
  });

  it('honours parentheses, or and not', () => {
    // The brief's `(a eq true or b eq false) and not c eq true`, on real boolean properties.
    expect(run('(isAdmin eq true or isMfaCapable eq false) and not isMfaCapable eq true')).toEqual([
      'c',
      'd',
    ]);
    expect(run('isAdmin eq true or isMfaCapable eq true and isAdmin eq false')).toEqual(['a', 'b', 'd']);
  });

  it('compares date-times by instant', () => {
    expect(run('lastUpdatedDateTime ge 2024-01-01T00:00:00Z')).toEqual(['a', 'c', 'd']);
    expect(run('lastUpdatedDateTime lt 2024-01-01T00:00:00Z')).toEqual(['b']);
    // c is 2024-01-01T00:00:00Z written with a +02:00 offset.
    expect(run('lastUpdatedDateTime eq 2024-01-01T00:00:00Z')).toEqual(['c']);
    expect(run('lastUpdatedDateTime eq 2024-01-01T01:00:00+01:00')).toEqual(['c']);
  });

  it('handles escaped quotes and non-ASCII case-insensitively', () => {
    expect(run("startswith(userDisplayName,'SEÁN O''b')")).toEqual(['b']);
  });
});

describe('compileFilter: semantics', () => {
  it('matches property names case-insensitively and reads with the schema spelling', () => {
    expect(run("USERPRINCIPALNAME eq 'BOB@FABRIKAM.COM'")).toEqual(['c']);
    expect(run('IsAdmin EQ false')).toEqual(['b', 'c']);
  });

  it('treats null and missing values as null', () => {
    expect(run('userPrincipalName eq null')).toEqual(['d']);
    expect(run('userPrincipalName ne null')).toEqual(['a', 'b', 'c']);
    expect(run('userDisplayName eq null')).toEqual(['c', 'd']);
    expect(run('riskScore eq null')).toEqual(['c', 'd']);
  });

  it('never matches null against a value, except through ne', () => {
    expect(run("userDisplayName eq 'x'")).toEqual([]);
    expect(run("userDisplayName ne 'alice adams'")).toEqual(['b', 'c', 'd']);
    expect(run("userDisplayName lt 'zzz'")).toEqual(['a', 'b']);
    expect(run("startswith(userDisplayName,'')")).toEqual(['a', 'b']);
    expect(run('riskScore gt null')).toEqual([]);
  });

  it('supports endswith and contains', () => {
    expect(run("endswith(userDisplayName,'BRIEN')")).toEqual(['b']);
    expect(run("contains(userDisplayName,'ce ad')")).toEqual(['a']);
  });

  it('treats regex characters in literals literally', () => {
    expect(run("contains(userDisplayName,'.*')")).toEqual([]);
    expect(run("userPrincipalName eq 'alice@contoso.co.'")).toEqual([]);
  });

  it('orders strings case-insensitively', () => {
    expect(run("userDisplayName ge 'alice adams'")).toEqual(['a', 'b']);
    expect(run("userDisplayName gt 'ALICE ADAMS'")).toEqual(['b']);
    expect(run("userDisplayName le 'alice adams'")).toEqual(['a']);
  });

  it('compares numbers, including negative and decimal literals', () => {
    expect(run('riskScore gt 0')).toEqual(['a']);
    expect(run('riskScore le -2.5')).toEqual(['b']);
    expect(run('riskScore ne 10')).toEqual(['b', 'c', 'd']);
    expect(run('-3 lt riskScore')).toEqual(['a', 'b']);
  });

  it('compares GUIDs case-insensitively, quoted or not', () => {
    expect(run('id eq 00000000-0000-0000-0000-00000000000B')).toEqual(['b']);
    expect(run("id eq '00000000-0000-0000-0000-00000000000a'")).toEqual(['a']);
  });

  it('compares date-times with fractional seconds, Date values and nested paths', () => {
    expect(run('lastUpdatedDateTime gt 2023-12-31T23:59:59.998Z')).toEqual(['a', 'b', 'c', 'd']);
    expect(run('lastUpdatedDateTime gt 2023-12-31T23:59:59.999Z')).toEqual(['a', 'c', 'd']);
    expect(run('lastUpdatedDateTime ge 2024-06-01T00:00:00Z')).toEqual(['d']);
    expect(run('lastUpdatedDateTime ne 2024-06-01T00:00:00Z')).toEqual(['a', 'b', 'c']);
    expect(run('signInActivity/lastSignInDateTime ge 2024-02-01T00:00:00.5Z')).toEqual(['a']);
    expect(run('signInActivity/lastSignInDateTime lt 2024-02-01T00:00:00.5Z')).toEqual([]);
    expect(run('signinactivity/LASTSIGNINDATETIME ge 2000-01-01T00:00:00Z')).toEqual(['a']);
  });

  it('applies lambdas to each item, with and/or/not inside', () => {
    expect(run("methodsRegistered/any(m:startswith(m,'MICRO'))")).toEqual(['a']);
    expect(run("methodsRegistered/any(x:x eq 'sms' or x eq 'mobilePhone')")).toEqual(['b']);
    expect(run("methodsRegistered/any(x:x eq 'email' and isAdmin eq true)")).toEqual(['a']);
    expect(run("not methodsRegistered/any(x:x eq 'email')")).toEqual(['b', 'c', 'd']);
    expect(run("methodsRegistered/any(x:x eq 'EMAIL')")).toEqual(['a']);
  });

  it('supports all and empty any when the schema allows them', () => {
    expect(run("tags/all(t:t eq 'a')")).toEqual(['b', 'c', 'd']);
    expect(run("tags/all(t:t ne 'b')")).toEqual(['b', 'c', 'd']);
    expect(run('tags/any()')).toEqual(['a', 'b']);
    expect(run('tags/all()')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns a predicate that tolerates odd row values without throwing', () => {
    const predicate = compileFilter(parseFilter("userType eq 'member' or riskScore gt 1"), schema);
    expect(predicate({ userType: 42, riskScore: '5' })).toBe(false);
    expect(predicate({})).toBe(false);
    const lambda = compileFilter(parseFilter("methodsRegistered/any(x:x eq 'a')"), schema);
    expect(lambda({ methodsRegistered: 'a' })).toBe(false);
    expect(lambda({ methodsRegistered: [null, 1, 'A'] })).toBe(true);
  });

  it('allows or and not by default and when explicitly enabled', () => {
    expect(run('isAdmin eq true or isAdmin eq false', { allowOr: true, allowNot: true })).toHaveLength(4);
  });
});

describe('compileFilter: validation errors', () => {
  it('rejects unknown properties', () => {
    const error = compileError("department eq 'x'");
    expect(error.message).toBe("Unsupported filter property 'department'.");
    expect(error.code).toBe('BadRequest');
    expect(compileError("startswith(signInActivity/other,'a')").message).toBe(
      "Unsupported filter property 'signInActivity/other'.",
    );
    expect(compileError("mail/any(x:x eq 'a')").message).toBe("Unsupported filter property 'mail'.");
  });

  it('rejects unknown properties inside lambdas', () => {
    expect(compileError("methodsRegistered/any(x:x eq 'a' and nope eq 1)").message).toBe(
      "Unsupported filter property 'nope'.",
    );
  });

  it.each([
    ["endswith(userPrincipalName,'.com')", 'endswith', 'userPrincipalName'],
    ["contains(userPrincipalName,'a')", 'contains', 'userPrincipalName'],
    ['isMfaCapable ne true', 'ne', 'isMfaCapable'],
    ["userType gt 'a'", 'gt', 'userType'],
    ['signInActivity/lastSignInDateTime eq 2024-01-01T00:00:00Z', 'eq', 'signInActivity/lastSignInDateTime'],
    ["methodsRegistered/all(x:x eq 'a')", 'all', 'methodsRegistered'],
    ["methodsRegistered/any(x:x ne 'a')", 'ne', 'methodsRegistered'],
    ["methodsRegistered/any(x:endswith(x,'a'))", 'endswith', 'methodsRegistered'],
  ])('rejects %j as an unsupported operator', (filter, op, property) => {
    const error = compileError(filter);
    expect(error.code).toBe('Request_UnsupportedQuery');
    expect(error.message).toBe(
      `Unsupported query. The '${op}' operator is not supported for property '${property}'.`,
    );
  });

  it.each([
    ["isAdmin eq 'true'", "'Edm.Boolean' and 'Edm.String' for operator kind 'Equal'"],
    ['userPrincipalName eq true', "'Edm.String' and 'Edm.Boolean' for operator kind 'Equal'"],
    ['userPrincipalName eq 5', "'Edm.String' and 'Edm.Int32' for operator kind 'Equal'"],
    ['riskScore gt 1.5 and riskScore lt true', "'Edm.Double' and 'Edm.Boolean' for operator kind 'LessThan'"],
    ["lastUpdatedDateTime ge '2024-01-01T00:00:00Z'", "'Edm.DateTimeOffset' and 'Edm.String'"],
    ["methodsRegistered eq 'email'", "'Collection(Edm.String)' and 'Edm.String'"],
    ['methodsRegistered eq null', "'Collection(Edm.String)' and 'null'"],
    [
      "authMethod eq microsoft.graph.other'email'",
      "'microsoft.graph.usageAuthMethod' and 'microsoft.graph.other'",
    ],
    ['userPrincipalName eq 00000000-0000-0000-0000-000000000001', "'Edm.String' and 'Edm.Guid'"],
    ['isAdmin eq 2024-01-01T00:00:00Z', "'Edm.Boolean' and 'Edm.DateTimeOffset'"],
    ['methodsRegistered/any(x:x eq 1)', "'Edm.String' and 'Edm.Int32'"],
  ])('rejects %j as a type mismatch', (filter, detail) => {
    const error = compileError(filter);
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(
      /^Invalid filter clause: A binary operator with incompatible types was detected\./,
    );
    expect(error.message).toContain(detail);
  });

  it.each([
    "startswith(isAdmin,'t')",
    'startswith(userPrincipalName,1)',
    'startswith(userPrincipalName,null)',
    "startswith(userType,'m')",
    "startswith(lastUpdatedDateTime,'2024')",
  ])('rejects %j as a bad function call', (filter) => {
    const error = compileError(filter);
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(
      /^Invalid filter clause: No function signature for the function with name '\w+'/,
    );
  });

  it('rejects lambdas over non-collections', () => {
    const error = compileError("userType/any(x:x eq 'a')");
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(/^Invalid filter clause: .*'userType'/);
  });

  it('rejects misuse of the range variable', () => {
    expect(compileError("methodsRegistered/any(x:x/length eq 'a')").message).toMatch(
      /^Invalid filter clause:/,
    );
    expect(compileError("methodsRegistered/any(x:tags/any(y:x eq 'a'))").code).toBe(
      'Request_UnsupportedQuery',
    );
  });

  it('rejects or and not when disabled', () => {
    const or = compileError('isAdmin eq true or isAdmin eq false', { allowOr: false });
    expect(or.code).toBe('Request_UnsupportedQuery');
    expect(or.message).toMatch(/^Unsupported query\. .*'or'/);
    const nestedOr = compileError("methodsRegistered/any(x:x eq 'a' or x eq 'b')", { allowOr: false });
    expect(nestedOr.code).toBe('Request_UnsupportedQuery');
    const not = compileError('not isAdmin eq true', { allowNot: false });
    expect(not.code).toBe('Request_UnsupportedQuery');
    expect(not.message).toMatch(/'not'/);
    expect(run('isAdmin eq true and isMfaCapable eq true', { allowOr: false, allowNot: false })).toEqual([
      'a',
    ]);
  });
});

describe('compileFilter: performance', () => {
  // The emulator runs compiled filters over 100k rows per request; the budget is ~10 ms.
  const big: Row[] = Array.from({ length: 100_000 }, (_, i) => ({
    id: `00000000-0000-0000-0000-${i.toString(16).padStart(12, '0')}`,
    userPrincipalName: `User${i}.Name${i % 97}@Contoso.com`,
    userDisplayName: `User ${i}`,
    userType: i % 5 === 0 ? 'guest' : 'member',
    isAdmin: i % 50 === 0,
    isMfaCapable: i % 3 !== 0,
    methodsRegistered: i % 2 === 0 ? ['email', 'mobilePhone'] : ['microsoftAuthenticatorPush'],
    lastUpdatedDateTime: new Date(Date.UTC(2023, 0, 1) + i * 600_000).toISOString(),
    signInActivity: { lastSignInDateTime: null },
  }));

  function medianMs(filter: string): number {
    const predicate = compileFilter<Row>(parseFilter(filter), schema);
    const times: number[] = [];
    for (let round = 0; round < 7; round++) {
      const start = performance.now();
      let count = 0;
      for (const row of big) if (predicate(row)) count++;
      times.push(performance.now() - start);
      expect(count).toBeGreaterThanOrEqual(0);
    }
    times.sort((a, b) => a - b);
    return times[3] ?? Number.POSITIVE_INFINITY;
  }

  it.each([
    'isMfaCapable eq true',
    "startswith(userPrincipalName,'user5')",
    "isAdmin eq true and userType eq 'member'",
    "methodsRegistered/any(x:x eq 'email')",
    'lastUpdatedDateTime ge 2023-06-01T00:00:00Z',
    "contains(userDisplayName,'99') or userType eq 'Guest'",
  ])('runs %j over 100k rows quickly', (filter) => {
    // Generous bound so a loaded CI machine does not flake; typical runs are a few ms.
    expect(medianMs(filter)).toBeLessThan(50);
  });
});

describe('lambdas over collections of objects', () => {
  const audit: FilterSchema = {
    targetResources: {
      type: 'objectCollection',
      ops: ['any'],
      items: {
        typeName: 'microsoft.graph.targetResource',
        schema: {
          id: { type: 'string', ops: ['eq'] },
          displayName: { type: 'string', ops: ['eq', 'startswith'] },
        },
      },
    },
  };
  const rows = [
    {
      targetResources: [
        { id: 'a', displayName: 'Adele' },
        { id: 'g', displayName: 'Group' },
      ],
    },
    { targetResources: [{ id: 'b', displayName: 'Bob' }] },
    { targetResources: [] },
  ];
  const matching = (text: string) => rows.filter(compileFilter(parseFilter(text), audit)).length;

  it('reads the item properties the schema lists, by the range variable', () => {
    expect(matching(`targetResources/any(t:t/id eq 'a')`)).toBe(1);
    expect(matching(`targetResources/any(x: startswith(x/displayName, 'B'))`)).toBe(1);
    expect(matching(`targetResources/any(t:t/id eq 'zzz')`)).toBe(0);
  });

  it('refuses properties the items do not have, and operators the schema does not list', () => {
    expect(() => matching(`targetResources/any(t:t/type eq 'User')`)).toThrow(ODataQueryError);
    expect(() => matching(`targetResources/any(t:startswith(t/id,'a'))`)).toThrow(ODataQueryError);
    expect(() => matching(`targetResources/all(t:t/id eq 'a')`)).toThrow(ODataQueryError);
  });
});
