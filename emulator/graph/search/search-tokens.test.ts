import { describe, expect, it } from 'vitest';
import { searchTokens, tokensMatch } from './search-tokens.ts';

describe('searchTokens (Graph’s documented tokenization)', () => {
  it('splits on spaces and lower-cases', () => {
    expect(searchTokens('Hello World')).toEqual(['hello', 'world']);
  });

  it('splits on a lower→upper case change only', () => {
    expect(searchTokens('HelloWorld')).toEqual(['hello', 'world']);
    expect(searchTokens('helloWORLD')).toEqual(['hello', 'world']);
    expect(searchTokens('HELLOworld')).toEqual(['helloworld']);
    expect(searchTokens('HelloWORld')).toEqual(['hello', 'world']);
  });

  it('splits letters from digits', () => {
    expect(searchTokens('hello123world')).toEqual(['hello', '123', 'world']);
  });

  it('keeps symbols as tokens and joins the words around them', () => {
    expect(searchTokens('hello.world')).toEqual(['hello', '.', 'world', 'helloworld']);
    expect(searchTokens('Jean-Luc')).toEqual(['jean', '-', 'luc', 'jeanluc']);
  });

  it('handles the docs’ mixed-script example', () => {
    const tokens = searchTokens('李四(David Li)');
    for (const query of ['李四(David Li)', '李四', 'David', 'Li', 'David)', '(李四', 'Li 李']) {
      expect(tokensMatch(tokens, searchTokens(query)), query).toBe(true);
    }
  });

  it('keeps combining marks with their letter', () => {
    expect(searchTokens('Zoe\u0301 Ward')).toEqual(['zoe\u0301', 'ward']);
  });
});

describe('tokensMatch', () => {
  const oscar = searchTokens('Oscar Ward');

  it('matches word prefixes in any order, not substrings', () => {
    expect(tokensMatch(oscar, ['wa'])).toBe(true);
    expect(tokensMatch(oscar, ['ward', 'osc'])).toBe(true);
    expect(tokensMatch(oscar, ['ar'])).toBe(false);
    expect(tokensMatch(oscar, ['car'])).toBe(false);
  });

  it('needs every query token and matches nothing for an empty query', () => {
    expect(tokensMatch(oscar, ['oscar', 'smith'])).toBe(false);
    expect(tokensMatch(oscar, [])).toBe(false);
  });
});
