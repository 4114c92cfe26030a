import { describe, expect, it } from 'vitest';
import { ODataQueryError } from '../odata/index.ts';
import { parseSearch } from './search-query.ts';

function failure(text: string): ODataQueryError {
  try {
    parseSearch(text);
  } catch (error) {
    if (error instanceof ODataQueryError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to fail`);
}

describe('parseSearch', () => {
  it('reads one quoted "property:text" clause', () => {
    expect(parseSearch('"displayName:ali"')).toEqual({
      type: 'clause',
      property: 'displayName',
      text: 'ali',
      position: 0,
    });
  });

  it('keeps everything after the first colon, spaces included', () => {
    expect(parseSearch('"displayName:a b:c"')).toMatchObject({ property: 'displayName', text: 'a b:c' });
  });

  it('joins clauses with upper-case AND / OR, AND binding tighter', () => {
    expect(parseSearch('"displayName:a" OR "mail:b" AND "mail:c"')).toMatchObject({
      type: 'or',
      left: { type: 'clause', text: 'a' },
      right: { type: 'and', left: { text: 'b' }, right: { text: 'c' } },
    });
  });

  it('honours parentheses', () => {
    expect(parseSearch('("displayName:a" OR "mail:b") AND "mail:c"')).toMatchObject({
      type: 'and',
      left: { type: 'or' },
      right: { text: 'c' },
    });
  });

  it('treats juxtaposed clauses as AND, as OData does', () => {
    expect(parseSearch('"displayName:a" "mail:b"')).toMatchObject({ type: 'and' });
  });

  it('unescapes \\" and \\\\ inside a clause', () => {
    expect(parseSearch('"displayName:say \\"hi\\" \\\\o/"')).toMatchObject({ text: 'say "hi" \\o/' });
  });

  it('rejects other escapes, unterminated quotes and unbalanced parentheses with 400 BadRequest', () => {
    expect(failure('"displayName:a\\b"')).toMatchObject({ code: 'BadRequest' });
    expect(failure('"displayName:ali')).toMatchObject({
      code: 'BadRequest',
      message: `There is an unterminated string literal at position 0 in '"displayName:ali'.`,
    });
    expect(failure('("displayName:a"').code).toBe('BadRequest');
    expect(failure('"displayName:a")').code).toBe('BadRequest');
    expect(failure('"displayName:a" OR').code).toBe('BadRequest');
    expect(failure('').code).toBe('BadRequest');
  });

  it('rejects an unquoted clause the way Graph does: a syntax error at the colon', () => {
    expect(failure('displayName:ali')).toMatchObject({
      code: 'BadRequest',
      message: "Syntax error: character ':' is not valid at position 11 in 'displayName:ali'.",
    });
  });

  it('rejects lower-case operators, bare words, NOT and clauses without a property as unsupported', () => {
    expect(failure('"displayName:a" or "mail:b"').code).toBe('Request_UnsupportedQuery');
    expect(failure('ali').code).toBe('Request_UnsupportedQuery');
    expect(failure('NOT "displayName:a"').code).toBe('Request_UnsupportedQuery');
    expect(failure('"ali"').code).toBe('Request_UnsupportedQuery');
    expect(failure('"displayName:  "').code).toBe('Request_UnsupportedQuery');
  });

  it('bounds nesting so hostile input gets a 400, not a stack overflow', () => {
    const deep = `${'('.repeat(500)}"displayName:a"${')'.repeat(500)}`;
    expect(failure(deep).code).toBe('BadRequest');
  });
});
