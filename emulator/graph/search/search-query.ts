import { ODataQueryError, UNSUPPORTED_QUERY } from '../odata/index.ts';

/**
 * `$search` on directory objects (docs/graph-notes.md §5): `"property:text"` clauses in double quotes,
 * combined with upper-case AND / OR (juxtaposition is AND, as in OData) and parentheses.
 */
export type SearchNode =
  | { readonly type: 'clause'; readonly property: string; readonly text: string; readonly position: number }
  | { readonly type: 'and' | 'or'; readonly left: SearchNode; readonly right: SearchNode };

type Token =
  | { readonly kind: 'phrase'; readonly text: string; readonly position: number }
  | { readonly kind: 'word'; readonly text: string; readonly position: number }
  | { readonly kind: '(' | ')' | 'end'; readonly position: number };

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const MAX_DEPTH = 100;

function syntaxError(text: string, position: number): ODataQueryError {
  const char = text.charAt(position);
  return new ODataQueryError(
    `Syntax error: character '${char}' is not valid at position ${position} in '${text}'.`,
    'BadRequest',
    position,
  );
}

/** Reads `"…"` from the opening quote; `\"` and `\\` are the only escapes. */
function readPhrase(text: string, start: number): { value: string; end: number } {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') return { value, end: i + 1 };
    if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next !== '"' && next !== '\\') {
        throw new ODataQueryError(
          `Escape sequence '\\${next}' is not valid at position ${i} in '${text}'.`,
          'BadRequest',
          i,
        );
      }
      value += next;
      i++;
      continue;
    }
    value += char;
  }
  throw new ODataQueryError(
    `There is an unterminated string literal at position ${start} in '${text}'.`,
    'BadRequest',
    start,
  );
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (SPACE.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char, position: i });
      i++;
    } else if (char === '"') {
      const { value, end } = readPhrase(text, i);
      tokens.push({ kind: 'phrase', text: value, position: i });
      i = end;
    } else if (LETTER.test(char)) {
      // OData search words are letters only: digits or ':' outside quotes are syntax errors.
      let end = i;
      while (end < text.length && LETTER.test(text.charAt(end))) end++;
      if (end < text.length && !SPACE.test(text.charAt(end)) && !'()"'.includes(text.charAt(end))) {
        throw syntaxError(text, end);
      }
      tokens.push({ kind: 'word', text: text.slice(i, end), position: i });
      i = end;
    } else {
      throw syntaxError(text, i);
    }
  }
  tokens.push({ kind: 'end', position: text.length });
  return tokens;
}

function unsupported(message: string, position: number): ODataQueryError {
  return new ODataQueryError(message, UNSUPPORTED_QUERY, position);
}

class SearchParser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): SearchNode {
    const node = this.parseOr();
    const trailing = this.peek();
    if (trailing.kind !== 'end') throw syntaxError(this.text, trailing.position);
    return node;
  }

  private parseOr(): SearchNode {
    let left = this.parseAnd();
    while (this.isOperator('OR')) {
      this.index++;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): SearchNode {
    let left = this.parsePrimary();
    for (;;) {
      if (this.isOperator('AND')) {
        this.index++;
      } else {
        const next = this.peek();
        // Juxtaposed clauses are an implicit AND; anything else ends this level.
        if (next.kind !== 'phrase' && next.kind !== '(' && next.kind !== 'word') return left;
        if (next.kind === 'word' && next.text === 'OR') return left;
      }
      left = { type: 'and', left, right: this.parsePrimary() };
    }
  }

  private parsePrimary(): SearchNode {
    if (++this.depth > MAX_DEPTH) {
      throw new ODataQueryError('Invalid search query: the expression is nested too deeply.');
    }
    try {
      const token = this.peek();
      switch (token.kind) {
        case '(': {
          this.index++;
          const inner = this.parseOr();
          const close = this.peek();
          if (close.kind !== ')') {
            throw new ODataQueryError(
              `')' or operator expected at position ${close.position} in '${this.text}'.`,
              'BadRequest',
              close.position,
            );
          }
          this.index++;
          return inner;
        }
        case 'phrase':
          this.index++;
          return this.clause(token.text, token.position);
        case 'word':
          if (token.text === 'NOT') {
            throw unsupported(
              "The 'NOT' operator is not supported in $search on directory objects.",
              token.position,
            );
          }
          if (token.text === 'AND' || token.text === 'OR') {
            throw new ODataQueryError(
              `Expression expected at position ${token.position} in '${this.text}'.`,
              'BadRequest',
              token.position,
            );
          }
          throw unsupported(
            `Invalid search term '${token.text}' at position ${token.position}: each clause must be "property:text" in double quotes, joined by upper-case AND or OR.`,
            token.position,
          );
        default:
          throw new ODataQueryError(
            `Expression expected at position ${token.position} in '${this.text}'.`,
            'BadRequest',
            token.position,
          );
      }
    } finally {
      this.depth--;
    }
  }

  private clause(phrase: string, position: number): SearchNode {
    const colon = phrase.indexOf(':');
    const property = colon === -1 ? '' : phrase.slice(0, colon).trim();
    if (property === '') {
      throw unsupported(
        `Invalid search clause "${phrase}" at position ${position}: the property name is missing; use "property:text".`,
        position,
      );
    }
    const text = phrase.slice(colon + 1);
    if (text.trim() === '') {
      throw unsupported(
        `Invalid search clause "${phrase}" at position ${position}: the search text for '${property}' is empty.`,
        position,
      );
    }
    return { type: 'clause', property, text, position };
  }

  private isOperator(name: 'AND' | 'OR'): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text === name;
  }

  private peek(): Token {
    return (
      this.tokens[Math.min(this.index, this.tokens.length - 1)] ?? { kind: 'end', position: this.text.length }
    );
  }
}

/** Parses a `$search` value; throws ODataQueryError (400) with Graph's codes on bad input. */
export function parseSearch(text: string): SearchNode {
  return new SearchParser(text, tokenize(text)).parse();
}
