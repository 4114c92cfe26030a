import { describe, expect, it } from 'vitest';
import { parseFilter, type FilterNode } from './filter-parser.ts';
import { ODataQueryError } from './odata-query-error.ts';

/** Drops positions so expectations read as the query does. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, shape(value)]),
  );
}

const parse = (text: string): unknown => shape(parseFilter(text));
const prop = (...path: string[]) => ({ type: 'property', path });
const variable = (name: string) => ({ type: 'rangeVariable', name, path: [] });
const str = (value: string) => ({ kind: 'string', value });
const bool = (value: boolean) => ({ kind: 'boolean', value });
const cmp = (subject: unknown, operator: string, literal: unknown) => ({
  type: 'comparison',
  operator,
  subject,
  literal,
});

function parseError(text: string): ODataQueryError {
  try {
    parseFilter(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ODataQueryError);
    return error as ODataQueryError;
  }
  throw new Error(`expected '${text}' to fail`);
}

describe('parseFilter: Graph examples', () => {
  it('parses a boolean comparison', () => {
    expect(parse('isMfaCapable eq true')).toEqual(cmp(prop('isMfaCapable'), 'eq', bool(true)));
  });

  it('parses an any lambda over a string collection', () => {
    expect(parse("methodsRegistered/any(x:x eq 'email')")).toEqual({
      type: 'lambda',
      operator: 'any',
      collection: prop('methodsRegistered'),
      variable: 'x',
      predicate: cmp(variable('x'), 'eq', str('email')),
    });
  });

  it('parses startswith', () => {
    expect(parse("startswith(userPrincipalName,'al')")).toEqual({
      type: 'function',
      name: 'startswith',
      subject: prop('userPrincipalName'),
      literal: str('al'),
    });
  });

  it('parses and', () => {
    expect(parse("isAdmin eq true and userType eq 'member'")).toEqual({
      type: 'and',
      left: cmp(prop('isAdmin'), 'eq', bool(true)),
      right: cmp(prop('userType'), 'eq', str('member')),
    });
  });

  it('parses an enum literal', () => {
    expect(parse("authMethod eq microsoft.graph.usageAuthMethod'email'")).toEqual(
      cmp(prop('authMethod'), 'eq', {
        kind: 'enum',
        typeName: 'microsoft.graph.usageAuthMethod',
        value: 'email',
      }),
    );
  });

  it('parses parentheses, or and not', () => {
    expect(parse('(a eq true or b eq false) and not c eq true')).toEqual({
      type: 'and',
      left: {
        type: 'or',
        left: cmp(prop('a'), 'eq', bool(true)),
        right: cmp(prop('b'), 'eq', bool(false)),
      },
      right: { type: 'not', operand: cmp(prop('c'), 'eq', bool(true)) },
    });
  });

  it('parses an unquoted date-time', () => {
    expect(parse('eventDateTime ge 2024-01-01T00:00:00Z')).toEqual(
      cmp(prop('eventDateTime'), 'ge', {
        kind: 'datetime',
        value: '2024-01-01T00:00:00Z',
        epochMs: Date.UTC(2024, 0, 1),
      }),
    );
  });

  it("unescapes '' inside string literals", () => {
    expect(parse("startswith(userDisplayName,'O''Brien')")).toMatchObject({ literal: str("O'Brien") });
    expect(parse("x eq ''''")).toMatchObject({ literal: str("'") });
    expect(parse("x eq ''")).toMatchObject({ literal: str('') });
  });
});

describe('parseFilter: operators and precedence', () => {
  it.each(['eq', 'ne', 'gt', 'ge', 'lt', 'le'])('parses %s', (op) => {
    expect(parse(`count ${op} 5`)).toMatchObject({ type: 'comparison', operator: op });
  });

  it('matches keywords, operators and function names case-insensitively', () => {
    expect(parse('a EQ TRUE AND NOT b Ne False OR c eq NULL')).toEqual({
      type: 'or',
      left: {
        type: 'and',
        left: cmp(prop('a'), 'eq', bool(true)),
        right: { type: 'not', operand: cmp(prop('b'), 'ne', bool(false)) },
      },
      right: cmp(prop('c'), 'eq', { kind: 'null' }),
    });
    expect(parse("StartsWith(x,'a')")).toMatchObject({ type: 'function', name: 'startswith' });
    expect(parse("tags/ANY(t:t eq 'a')")).toMatchObject({ type: 'lambda', operator: 'any' });
  });

  it('binds and tighter than or', () => {
    expect(parse('a eq 1 or b eq 2 and c eq 3')).toMatchObject({
      type: 'or',
      left: { type: 'comparison' },
      right: { type: 'and' },
    });
  });

  it('lets parentheses override precedence', () => {
    expect(parse('(a eq 1 or b eq 2) and c eq 3')).toMatchObject({ type: 'and', left: { type: 'or' } });
  });

  it('chains left-associatively', () => {
    expect(parse('a eq 1 and b eq 2 and c eq 3')).toMatchObject({
      type: 'and',
      left: { type: 'and', left: { subject: prop('a') }, right: { subject: prop('b') } },
      right: { subject: prop('c') },
    });
  });

  it('applies not to functions, lambdas and groups', () => {
    expect(parse("not startswith(x,'a')")).toMatchObject({ type: 'not', operand: { type: 'function' } });
    expect(parse("not tags/any(t:t eq 'a')")).toMatchObject({ type: 'not', operand: { type: 'lambda' } });
    expect(parse('not (a eq 1 or b eq 2)')).toMatchObject({ type: 'not', operand: { type: 'or' } });
    expect(parse('not not a eq 1')).toMatchObject({ type: 'not', operand: { type: 'not' } });
  });

  it('parses endswith and contains', () => {
    expect(parse("endswith(mail,'@contoso.com')")).toMatchObject({
      name: 'endswith',
      literal: str('@contoso.com'),
    });
    expect(parse("contains(displayName,'ann')")).toMatchObject({ name: 'contains' });
  });

  it('tolerates extra whitespace', () => {
    expect(parse("  startswith( x , 'a' )  and ( b eq 1 ) ")).toMatchObject({ type: 'and' });
  });

  it('flips comparisons written literal-first', () => {
    expect(parse("'member' eq userType")).toEqual(cmp(prop('userType'), 'eq', str('member')));
    expect(parse('5 lt count')).toEqual(cmp(prop('count'), 'gt', { kind: 'number', value: 5, raw: '5' }));
    expect(parse('5 ge count')).toMatchObject({ operator: 'le' });
  });
});

describe('parseFilter: literals and paths', () => {
  const literalOf = (text: string): unknown => (parse(`x eq ${text}`) as { literal: unknown }).literal;

  it('parses numbers, negative and decimal', () => {
    expect(literalOf('42')).toEqual({ kind: 'number', value: 42, raw: '42' });
    expect(literalOf('-7')).toEqual({ kind: 'number', value: -7, raw: '-7' });
    expect(literalOf('3.25')).toEqual({ kind: 'number', value: 3.25, raw: '3.25' });
    expect(literalOf('-0.5')).toEqual({ kind: 'number', value: -0.5, raw: '-0.5' });
    expect(literalOf('1e3')).toEqual({ kind: 'number', value: 1000, raw: '1e3' });
  });

  it('parses true, false and null', () => {
    expect(literalOf('false')).toEqual(bool(false));
    expect(literalOf('null')).toEqual({ kind: 'null' });
  });

  it('parses unquoted GUIDs, including ones starting with a letter', () => {
    expect(literalOf('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toEqual({
      kind: 'guid',
      value: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    });
    expect(literalOf('ABCDEF12-5717-4562-B3FC-2C963F66AFA6')).toMatchObject({ kind: 'guid' });
  });

  it('parses date-times with fractional seconds and offsets', () => {
    expect(literalOf('2024-01-31T10:00:00Z')).toMatchObject({ epochMs: Date.UTC(2024, 0, 31, 10) });
    expect(literalOf('2024-01-31T10:00:00.123Z')).toMatchObject({
      epochMs: Date.UTC(2024, 0, 31, 10, 0, 0, 123),
    });
    expect(literalOf('2024-01-31T10:00:00.1234567Z')).toMatchObject({
      value: '2024-01-31T10:00:00.1234567Z',
      epochMs: Date.UTC(2024, 0, 31, 10, 0, 0, 123),
    });
    expect(literalOf('2024-01-31T12:00:00+02:00')).toMatchObject({ epochMs: Date.UTC(2024, 0, 31, 10) });
    expect(literalOf('2024-01-31T05:30:00-04:30')).toMatchObject({ epochMs: Date.UTC(2024, 0, 31, 10) });
    expect(literalOf('2024-01-31T10:00Z')).toMatchObject({ epochMs: Date.UTC(2024, 0, 31, 10) });
  });

  it('parses enum literals with escaped quotes', () => {
    expect(literalOf("microsoft.graph.x'it''s'")).toEqual({
      kind: 'enum',
      typeName: 'microsoft.graph.x',
      value: "it's",
    });
  });

  it('parses nested property paths', () => {
    expect(parse('signInActivity/lastSignInDateTime lt 2024-01-01T00:00:00Z')).toMatchObject({
      subject: prop('signInActivity', 'lastSignInDateTime'),
    });
    expect(parse("startswith(manager/displayName,'a')")).toMatchObject({
      subject: prop('manager', 'displayName'),
    });
  });

  it('records positions', () => {
    const node = parseFilter("a eq 1 and startswith(b,'x')");
    expect(node).toMatchObject({
      position: 7,
      left: { position: 0 },
      right: { position: 11, subject: { position: 22 } },
    });
  });
});

describe('parseFilter: lambdas', () => {
  it('accepts any range variable name', () => {
    expect(parse("methodsRegistered/any(method:method eq 'email')")).toMatchObject({
      variable: 'method',
      predicate: { subject: variable('method') },
    });
  });

  it('accepts string functions on the range variable', () => {
    expect(parse("methodsRegistered/any(x:startswith(x,'v'))")).toMatchObject({
      predicate: { type: 'function', name: 'startswith', subject: variable('x'), literal: str('v') },
    });
  });

  it('accepts and/or/not on the range variable', () => {
    expect(parse("m/any(x:x eq 'a' or x eq 'b' and not x eq 'c')")).toMatchObject({
      predicate: { type: 'or', right: { type: 'and', right: { type: 'not' } } },
    });
  });

  it('parses all the same way', () => {
    expect(parse("m/all(x:x ne 'sms')")).toMatchObject({ type: 'lambda', operator: 'all', variable: 'x' });
  });

  it('parses an empty any()', () => {
    expect(parse('m/any()')).toEqual({
      type: 'lambda',
      operator: 'any',
      collection: prop('m'),
      variable: null,
      predicate: null,
    });
  });

  it('keeps outer properties as properties inside the lambda and the variable scoped to it', () => {
    expect(parse("m/any(x:x eq 'a' and isAdmin eq true) and x eq 1")).toMatchObject({
      left: { predicate: { left: { subject: variable('x') }, right: { subject: prop('isAdmin') } } },
      right: { subject: prop('x') },
    });
  });

  it('parses a sub-path of the range variable and lambdas on nested collections', () => {
    expect(parse("assignedLicenses/any(l:l/skuId eq 'a')")).toMatchObject({
      predicate: { subject: { type: 'rangeVariable', name: 'l', path: ['skuId'] } },
    });
    expect(parse("a/b/any(x:x eq 'v')")).toMatchObject({ collection: prop('a', 'b') });
  });
});

describe('parseFilter: errors', () => {
  it.each<[string, string, number]>([
    ['isAdmin eq', "Syntax error at position 10 in 'isAdmin eq'.", 10],
    ['isAdmin', "Syntax error at position 7 in 'isAdmin'.", 7],
    ['isAdmin true', "Syntax error at position 8 in 'isAdmin true'.", 8],
    ['isAdmin eq true false', "Syntax error at position 16 in 'isAdmin eq true false'.", 16],
    ['a eq 1)', "Syntax error at position 6 in 'a eq 1)'.", 6],
    ['(a eq 1', "')' or operator expected at position 7 in '(a eq 1'.", 7],
    ['((a eq 1)', "')' or operator expected at position 9 in '((a eq 1)'.", 9],
    ["startswith(x,'a'", "')' or operator expected at position 16 in 'startswith(x,'a''.", 16],
    ["a eq 'abc", "There is an unterminated string literal at position 5 in 'a eq 'abc'.", 5],
    ["a eq 'it''s", "There is an unterminated string literal at position 5 in 'a eq 'it''s'.", 5],
    ["foo(x,'a')", "An unknown function with name 'foo' was found at position 0 in 'foo(x,'a')'.", 0],
    [
      "a eq 1 and substringof('a',x)",
      "An unknown function with name 'substringof' was found at position 11 in 'a eq 1 and substringof('a',x)'.",
      11,
    ],
    ['a eq "x"', `Syntax error: character '"' is not valid at position 5 in 'a eq "x"'.`, 5],
    ['', "Expression expected at position 0 in ''.", 0],
    ['a eq 1 and', "Expression expected at position 10 in 'a eq 1 and'.", 10],
    ['()', "Syntax error at position 1 in '()'.", 1],
    ['a eq 12abc', "Syntax error at position 7 in 'a eq 12abc'.", 7],
    ['a eq 2024-01-01', "Syntax error at position 9 in 'a eq 2024-01-01'.", 9],
    ['a eq 2024-13-01T00:00:00Z', "Syntax error at position 5 in 'a eq 2024-13-01T00:00:00Z'.", 5],
    ['a eq microsoft.graph.x', "Syntax error at position 5 in 'a eq microsoft.graph.x'.", 5],
    ["startswith('a',x)", "Syntax error at position 11 in 'startswith('a',x)'.", 11],
    ['startswith(x,y)', "Syntax error at position 13 in 'startswith(x,y)'.", 13],
    ["startswith(x 'a')", "Syntax error at position 13 in 'startswith(x 'a')'.", 13],
    ["m/any(x x eq 'a')", "Syntax error at position 8 in 'm/any(x x eq 'a')'.", 8],
    ["m/any(x:x eq 'a'", "')' or operator expected at position 16 in 'm/any(x:x eq 'a''.", 16],
    ['a/1 eq 1', "Syntax error at position 2 in 'a/1 eq 1'.", 2],
    ['m/any(1)', "Syntax error at position 6 in 'm/any(1)'.", 6],
  ])('rejects %j', (text, message, position) => {
    const error = parseError(text);
    expect(error.message).toBe(message);
    expect(error.code).toBe('BadRequest');
    expect(error.position).toBe(position);
  });

  it('rejects comparisons without a property', () => {
    const error = parseError('1 eq 1');
    expect(error.message).toMatch(/^Invalid filter clause:/);
    expect(error.code).toBe('BadRequest');
  });

  it('rejects property-to-property comparisons as unsupported', () => {
    expect(parseError('a eq b').code).toBe('Request_UnsupportedQuery');
  });

  it('rejects absurd nesting instead of overflowing the stack', () => {
    const deep = `${'('.repeat(5000)}a eq 1${')'.repeat(5000)}`;
    expect(parseError(deep).message).toMatch(/^Invalid filter clause: .*nested too deeply/);
    expect(parseError(`${'not '.repeat(5000)}a eq 1`).code).toBe('BadRequest');
  });

  it('accepts moderate nesting', () => {
    const nested = `${'('.repeat(40)}a eq 1${')'.repeat(40)}`;
    expect(parse(nested)).toEqual(cmp(prop('a'), 'eq', { kind: 'number', value: 1, raw: '1' }));
  });

  it('parses long flat chains without recursion limits', () => {
    const chain = Array.from({ length: 500 }, (_, i) => `p eq ${i}`).join(' or ');
    const node: FilterNode = parseFilter(chain);
    expect(node.type).toBe('or');
  });
});
