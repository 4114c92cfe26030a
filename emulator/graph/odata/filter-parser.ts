import type {
  ComparisonOperator,
  FilterNode,
  LambdaNode,
  LambdaOperator,
  StringFunctionName,
  ValueRef,
} from './filter-ast.ts';
import { syntaxError, tokenize, type Punctuation, type Token } from './filter-tokenizer.ts';
import { ODataQueryError, UNSUPPORTED_QUERY } from './odata-query-error.ts';

export type * from './filter-ast.ts';

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set<ComparisonOperator>([
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
]);
const STRING_FUNCTIONS: ReadonlySet<string> = new Set<StringFunctionName>([
  'startswith',
  'endswith',
  'contains',
]);
const LAMBDA_OPERATORS: ReadonlySet<string> = new Set<LambdaOperator>(['any', 'all']);
// Used when the literal is written first (`'v' lt x`), so the AST always reads `x op literal`.
const MIRRORED: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  ge: 'le',
  lt: 'gt',
  le: 'ge',
};
// Bounds recursion so a hostile query gets a 400 instead of a stack overflow.
const MAX_DEPTH = 100;

/**
 * Recursive descent over: or → and → unary (not) → primary (parens, function, lambda, comparison).
 * `not` applies to the whole following comparison, so `not c eq true` means `not (c eq true)`.
 */
class FilterParser {
  private index = 0;
  private depth = 0;
  private readonly scopes: string[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const trailing = this.peek();
    if (trailing.kind !== 'end') throw syntaxError(this.text, trailing.position);
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isKeyword(this.peek(), 'or')) {
      const position = this.advance().position;
      left = { type: 'or', left, right: this.parseAnd(), position };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isKeyword(this.peek(), 'and')) {
      const position = this.advance().position;
      left = { type: 'and', left, right: this.parseUnary(), position };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (++this.depth > MAX_DEPTH) {
      throw new ODataQueryError('Invalid filter clause: the expression is nested too deeply.');
    }
    try {
      const token = this.peek();
      if (this.isKeyword(token, 'not')) {
        this.advance();
        return { type: 'not', operand: this.parseUnary(), position: token.position };
      }
      return this.parsePrimary();
    } finally {
      this.depth--;
    }
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (this.isPunctuation(token, '(')) {
      this.advance();
      const inner = this.parseOr();
      this.expectCloseParen();
      return inner;
    }
    if (token.kind === 'identifier') {
      if (this.isPunctuation(this.peek(1), '(')) return this.parseFunctionCall();
      const subject = this.parseRefOrLambda();
      if (subject.type === 'lambda') return subject;
      const operator = this.parseComparisonOperator();
      const literal = this.peek();
      if (literal.kind === 'literal') {
        this.advance();
        return { type: 'comparison', operator, subject, literal: literal.literal, position: token.position };
      }
      if (literal.kind === 'identifier') throw propertyToPropertyError();
      throw syntaxError(this.text, literal.position);
    }
    if (token.kind === 'literal') {
      this.advance();
      const operator = this.parseComparisonOperator();
      const subject = this.peek();
      if (subject.kind !== 'identifier') {
        throw new ODataQueryError(
          `Invalid filter clause: the comparison at position ${token.position} does not reference a property.`,
          'BadRequest',
          token.position,
        );
      }
      const ref = this.parseRefOrLambda();
      if (ref.type === 'lambda') throw syntaxError(this.text, ref.position);
      return {
        type: 'comparison',
        operator: MIRRORED[operator],
        subject: ref,
        literal: token.literal,
        position: token.position,
      };
    }
    if (token.kind === 'end') {
      throw new ODataQueryError(
        `Expression expected at position ${token.position} in '${this.text}'.`,
        'BadRequest',
        token.position,
      );
    }
    throw syntaxError(this.text, token.position);
  }

  private parseFunctionCall(): FilterNode {
    const nameToken = this.advance();
    const raw = nameToken.kind === 'identifier' ? nameToken.text : '';
    const name = raw.toLowerCase();
    if (!STRING_FUNCTIONS.has(name)) {
      throw new ODataQueryError(
        `An unknown function with name '${raw}' was found at position ${nameToken.position} in '${this.text}'.`,
        'BadRequest',
        nameToken.position,
      );
    }
    this.advance(); // '('
    const subjectToken = this.peek();
    if (subjectToken.kind !== 'identifier') throw syntaxError(this.text, subjectToken.position);
    const subject = this.parseRefOrLambda();
    if (subject.type === 'lambda') throw syntaxError(this.text, subject.position);
    this.expectPunctuation(',');
    const literal = this.peek();
    if (literal.kind !== 'literal') throw syntaxError(this.text, literal.position);
    this.advance();
    this.expectCloseParen();
    return {
      type: 'function',
      name: name as StringFunctionName,
      subject,
      literal: literal.literal,
      position: nameToken.position,
    };
  }

  /** `a/b/c`, a range variable, or a path ending in `/any(...)` / `/all(...)`. */
  private parseRefOrLambda(): ValueRef | LambdaNode {
    const first = this.advance();
    if (first.kind !== 'identifier') throw syntaxError(this.text, first.position);
    const isVariable = this.scopes.includes(first.text);
    const path: string[] = isVariable ? [] : [first.text];
    const ref = (): ValueRef =>
      isVariable
        ? { type: 'rangeVariable', name: first.text, path, position: first.position }
        : { type: 'property', path, position: first.position };
    while (this.isPunctuation(this.peek(), '/')) {
      this.advance();
      const segment = this.advance();
      if (segment.kind !== 'identifier') throw syntaxError(this.text, segment.position);
      const lower = segment.text.toLowerCase();
      if (LAMBDA_OPERATORS.has(lower) && this.isPunctuation(this.peek(), '(')) {
        return this.parseLambda(ref(), lower as LambdaOperator, segment.position);
      }
      path.push(segment.text);
    }
    return ref();
  }

  private parseLambda(collection: ValueRef, operator: LambdaOperator, position: number): LambdaNode {
    this.advance(); // '('
    if (this.isPunctuation(this.peek(), ')')) {
      this.advance();
      return { type: 'lambda', operator, collection, variable: null, predicate: null, position };
    }
    const variable = this.advance();
    if (variable.kind !== 'identifier') throw syntaxError(this.text, variable.position);
    this.expectPunctuation(':');
    this.scopes.push(variable.text);
    const predicate = this.parseOr();
    this.scopes.pop();
    this.expectCloseParen();
    return { type: 'lambda', operator, collection, variable: variable.text, predicate, position };
  }

  private parseComparisonOperator(): ComparisonOperator {
    const token = this.peek();
    const lower = token.kind === 'identifier' ? token.text.toLowerCase() : '';
    if (!COMPARISON_OPERATORS.has(lower)) throw syntaxError(this.text, token.position);
    this.advance();
    return lower as ComparisonOperator;
  }

  private expectCloseParen(): void {
    const token = this.peek();
    if (!this.isPunctuation(token, ')')) {
      throw new ODataQueryError(
        `')' or operator expected at position ${token.position} in '${this.text}'.`,
        'BadRequest',
        token.position,
      );
    }
    this.advance();
  }

  private expectPunctuation(text: Punctuation): void {
    const token = this.peek();
    if (!this.isPunctuation(token, text)) throw syntaxError(this.text, token.position);
    this.advance();
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === 'identifier' && token.text.toLowerCase() === keyword;
  }

  private isPunctuation(token: Token, text: Punctuation): boolean {
    return token.kind === 'punctuation' && token.text === text;
  }

  private peek(offset = 0): Token {
    // The token list always ends with an 'end' token, so clamp to it.
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] ?? endToken(this.text);
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }
}

function endToken(text: string): Token {
  return { kind: 'end', position: text.length };
}

function propertyToPropertyError(): ODataQueryError {
  return new ODataQueryError(
    'Unsupported query. Comparing a property with another property is not supported.',
    UNSUPPORTED_QUERY,
  );
}

/** Parses a `$filter` value into a typed AST; throws ODataQueryError (with position) on bad input. */
export function parseFilter(text: string): FilterNode {
  return new FilterParser(text, tokenize(text)).parse();
}
