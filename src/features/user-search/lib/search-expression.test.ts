import { describe, expect, it } from 'vitest';
import { normaliseSearchTerm, userSearchExpression, userSearchPath } from './search-expression.ts';

describe('userSearchExpression', () => {
  it('searches name, UPN and mail with quoted clauses joined by OR', () => {
    expect(userSearchExpression('ali')).toBe('"displayName:ali" OR "userPrincipalName:ali" OR "mail:ali"');
  });

  it('escapes quotes and backslashes inside a clause', () => {
    expect(userSearchExpression('a"b\\c')).toBe(
      '"displayName:a\\"b\\\\c" OR "userPrincipalName:a\\"b\\\\c" OR "mail:a\\"b\\\\c"',
    );
  });
});

describe('userSearchPath', () => {
  it('URL-encodes the expression and asks for the picker fields, 10 at most', () => {
    const path = userSearchPath('o&b');
    const params = new URLSearchParams(path.slice(path.indexOf('?') + 1));
    expect(params.get('$search')).toBe('"displayName:o&b" OR "userPrincipalName:o&b" OR "mail:o&b"');
    expect(params.get('$select')).toBe('id,displayName,userPrincipalName,jobTitle,accountEnabled,mail');
    expect(params.get('$top')).toBe('10');
  });
});

describe('normaliseSearchTerm', () => {
  it('trims and lower-cases so case variants share one query', () => {
    expect(normaliseSearchTerm('  ALIce ')).toBe('alice');
  });
});
