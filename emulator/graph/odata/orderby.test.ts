import { describe, expect, it } from 'vitest';
import { ODataQueryError } from './odata-query-error.ts';
import { compareRows, parseOrderBy, sortRows, type OrderBy } from './orderby.ts';

const allowed = [
  'userPrincipalName',
  'userDisplayName',
  'isAdmin',
  'lastUpdatedDateTime',
  'signInActivity/lastSignInDateTime',
  'riskScore',
];

function orderByError(text: string, opts?: { allowDesc?: boolean }): ODataQueryError {
  try {
    parseOrderBy(text, allowed, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(ODataQueryError);
    return error as ODataQueryError;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

describe('parseOrderBy', () => {
  it('parses a single property, ascending by default', () => {
    expect(parseOrderBy('userPrincipalName', allowed)).toEqual([
      { property: 'userPrincipalName', descending: false },
    ]);
  });

  it('parses asc/desc keywords case-insensitively and resolves property spelling', () => {
    expect(parseOrderBy('USERDISPLAYNAME DESC, isadmin Asc', allowed)).toEqual([
      { property: 'userDisplayName', descending: true },
      { property: 'isAdmin', descending: false },
    ]);
  });

  it('tolerates extra whitespace and nested paths', () => {
    expect(parseOrderBy('  signinactivity/lastSignInDateTime   desc ,riskScore ', allowed)).toEqual([
      { property: 'signInActivity/lastSignInDateTime', descending: true },
      { property: 'riskScore', descending: false },
    ]);
  });

  it('returns no ordering for blank text', () => {
    expect(parseOrderBy('', allowed)).toEqual([]);
    expect(parseOrderBy('   ', allowed)).toEqual([]);
  });

  it('allows desc unless told otherwise', () => {
    expect(parseOrderBy('riskScore desc', allowed, { allowDesc: true })).toEqual([
      { property: 'riskScore', descending: true },
    ]);
    expect(parseOrderBy('riskScore asc', allowed, { allowDesc: false })).toEqual([
      { property: 'riskScore', descending: false },
    ]);
  });

  it('rejects unknown properties', () => {
    const error = orderByError('department');
    expect(error.code).toBe('BadRequest');
    expect(error.message).toBe("Unsupported sort property 'department'.");
  });

  it('rejects desc when not allowed', () => {
    const error = orderByError('userPrincipalName desc', { allowDesc: false });
    expect(error.code).toBe('Request_UnsupportedQuery');
    expect(error.message).toBe(
      "Unsupported query. Sorting in descending order is not supported for property 'userPrincipalName'.",
    );
  });

  it.each<[string, number]>([
    ['riskScore descending', 10],
    ['riskScore desc extra', 0],
    ['riskScore,', 10],
    [',riskScore', 0],
    ['riskScore, ,isAdmin', 11],
  ])('rejects malformed %j with a position', (text, position) => {
    const error = orderByError(text);
    expect(error.code).toBe('BadRequest');
    expect(error.message).toBe(`Syntax error at position ${position} in '${text}'.`);
    expect(error.position).toBe(position);
  });
});

interface Row {
  id: number;
  name?: string | null;
  admin?: boolean;
  score?: number | null;
  when?: string | Date;
  nested?: { value: string | null } | null;
}

const rows: Row[] = [
  { id: 1, name: 'bob', admin: true, score: 3, nested: { value: 'b' } },
  { id: 2, name: 'Alice', admin: false, score: null, nested: null },
  { id: 3, name: null, admin: true, score: -1, nested: { value: 'a' } },
  { id: 4, name: 'alice', admin: false, score: 10, nested: { value: null } },
  { id: 5, admin: true, score: 3, nested: { value: 'C' } },
  { id: 6, name: 'Carol', admin: false, score: 2.5, nested: { value: 'a' } },
];

const by = (...entries: [string, boolean?][]): OrderBy[] =>
  entries.map(([property, descending = false]) => ({ property, descending }));
const ids = (ordered: readonly Row[]) => ordered.map((row) => row.id);

describe('compareRows and sortRows', () => {
  const both = (orderBy: OrderBy[]) => {
    const viaComparator = ids([...rows].sort(compareRows<Row>(orderBy)));
    expect(ids(sortRows(rows, orderBy))).toEqual(viaComparator);
    return viaComparator;
  };

  it('sorts strings case-insensitively with nulls first', () => {
    // Alice/alice tie and keep input order (sort is stable).
    expect(both(by(['name']))).toEqual([3, 5, 2, 4, 1, 6]);
  });

  it('puts nulls last when descending', () => {
    expect(both(by(['name', true]))).toEqual([6, 1, 2, 4, 3, 5]);
  });

  it('sorts numbers and booleans', () => {
    expect(both(by(['score']))).toEqual([2, 3, 6, 1, 5, 4]);
    expect(both(by(['admin']))).toEqual([2, 4, 6, 1, 3, 5]);
  });

  it('applies later keys to break ties', () => {
    expect(both(by(['admin', true], ['score', true]))).toEqual([1, 5, 3, 4, 6, 2]);
    expect(both(by(['score'], ['id', true]))).toEqual([2, 3, 6, 5, 1, 4]);
  });

  it('reads nested paths, treating missing parents as null', () => {
    expect(both(by(['nested/value']))).toEqual([2, 4, 3, 6, 1, 5]);
  });

  it('orders ISO strings and Dates chronologically', () => {
    const dated: Row[] = [
      { id: 1, when: '2024-03-01T00:00:00Z' },
      { id: 2, when: '2023-12-31T23:59:59Z' },
      { id: 3, when: '2024-01-15T08:30:00Z' },
    ];
    expect(ids([...dated].sort(compareRows<Row>(by(['when']))))).toEqual([2, 3, 1]);
    const dates: Row[] = [
      { id: 1, when: new Date(2000) },
      { id: 2, when: new Date(1000) },
    ];
    expect(ids(sortRows(dates, by(['when'])))).toEqual([2, 1]);
  });

  it('returns 0 for rows equal on every key', () => {
    const compare = compareRows(by(['name']));
    expect(compare({ name: 'ALICE' }, { name: 'alice' })).toBe(0);
    expect(compare({}, { name: null })).toBe(0);
    expect(compareRows([])({ a: 1 }, { a: 2 })).toBe(0);
  });

  it('does not mutate the input in sortRows', () => {
    const before = ids(rows);
    sortRows(rows, by(['name']));
    expect(ids(rows)).toEqual(before);
  });
});
