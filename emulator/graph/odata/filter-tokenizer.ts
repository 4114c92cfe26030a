import type { FilterLiteral } from './filter-ast.ts';
import { ODataQueryError } from './odata-query-error.ts';

export type Punctuation = '(' | ')' | ',' | ':' | '/';

/** Keywords (eq, and, not, any…) stay identifiers; the parser decides what they mean by position. */
export type Token =
  | { readonly kind: 'identifier'; readonly text: string; readonly position: number }
  | { readonly kind: 'literal'; readonly literal: FilterLiteral; readonly position: number }
  | { readonly kind: 'punctuation'; readonly text: Punctuation; readonly position: number }
  | { readonly kind: 'end'; readonly position: number };

// Sticky patterns, tried in this order at each position. GUIDs come before numbers and
// identifiers because they can start with either a digit or a hex letter.
const WHITESPACE = /\s+/y;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/iy;
const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/iy;
const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/iy;
const NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
// A literal glued to a following name character (e.g. `12abc`) is a syntax error, not two tokens.
const NAME_CHAR = /[A-Za-z0-9_.]/;
const PUNCTUATION = new Set<string>(['(', ')', ',', ':', '/']);
const KEYWORD_LITERALS: ReadonlyMap<string, FilterLiteral> = new Map<string, FilterLiteral>([
  ['true', { kind: 'boolean', value: true }],
  ['false', { kind: 'boolean', value: false }],
  ['null', { kind: 'null' }],
]);

export function syntaxError(text: string, position: number): ODataQueryError {
  return new ODataQueryError(`Syntax error at position ${position} in '${text}'.`, 'BadRequest', position);
}

function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0];
}

/** Reads a '…' literal starting at the opening quote; '' inside it is an escaped quote. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close === -1) {
      throw new ODataQueryError(
        `There is an unterminated string literal at position ${start} in '${text}'.`,
        'BadRequest',
        start,
      );
    }
    value += text.slice(i, close);
    if (text[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    i = close + 2;
  }
}

function readLiteralOrName(text: string, position: number): { token: Token; end: number } | undefined {
  const guid = matchAt(GUID, text, position);
  if (guid !== undefined) {
    return {
      token: { kind: 'literal', literal: { kind: 'guid', value: guid }, position },
      end: position + guid.length,
    };
  }
  const dateTime = matchAt(DATETIME, text, position);
  if (dateTime !== undefined) {
    // Date.parse wants upper-case T/Z; it also rejects impossible values such as month 13.
    const epochMs = Date.parse(dateTime.toUpperCase());
    if (Number.isNaN(epochMs)) throw syntaxError(text, position);
    const literal: FilterLiteral = { kind: 'datetime', value: dateTime, epochMs };
    return { token: { kind: 'literal', literal, position }, end: position + dateTime.length };
  }
  const number = matchAt(NUMBER, text, position);
  if (number !== undefined) {
    const literal: FilterLiteral = { kind: 'number', value: Number(number), raw: number };
    return { token: { kind: 'literal', literal, position }, end: position + number.length };
  }
  const name = matchAt(NAME, text, position);
  if (name === undefined) return undefined;
  const end = position + name.length;
  // Only namespace-qualified names prefix a literal: microsoft.graph.usageAuthMethod'email'.
  if (name.includes('.') && text[end] === "'") {
    const quoted = readQuoted(text, end);
    const literal: FilterLiteral = { kind: 'enum', typeName: name, value: quoted.value };
    return { token: { kind: 'literal', literal, position }, end: quoted.end };
  }
  // Dotted names are only meaningful as enum prefixes; type casts are not supported.
  if (name.includes('.')) throw syntaxError(text, position);
  const keyword = KEYWORD_LITERALS.get(name.toLowerCase());
  if (keyword !== undefined) return { token: { kind: 'literal', literal: keyword, position }, end };
  return { token: { kind: 'identifier', text: name, position }, end };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const space = matchAt(WHITESPACE, text, position);
    if (space !== undefined) {
      position += space.length;
      continue;
    }
    const char = text.charAt(position);
    if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punctuation', text: char as Punctuation, position });
      position += 1;
      continue;
    }
    if (char === "'") {
      const quoted = readQuoted(text, position);
      tokens.push({ kind: 'literal', literal: { kind: 'string', value: quoted.value }, position });
      position = quoted.end;
      continue;
    }
    const read = readLiteralOrName(text, position);
    if (read === undefined) {
      throw new ODataQueryError(
        `Syntax error: character '${char}' is not valid at position ${position} in '${text}'.`,
        'BadRequest',
        position,
      );
    }
    if (read.token.kind === 'literal' && NAME_CHAR.test(text.charAt(read.end))) {
      throw syntaxError(text, read.end);
    }
    tokens.push(read.token);
    position = read.end;
  }
  tokens.push({ kind: 'end', position: text.length });
  return tokens;
}
