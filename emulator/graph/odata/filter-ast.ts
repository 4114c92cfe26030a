/** Typed AST for the subset of OData v4 `$filter` that Microsoft Graph accepts. */

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunctionName = 'startswith' | 'endswith' | 'contains';
export type LambdaOperator = 'any' | 'all';

export type FilterLiteral =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string }
  | { readonly kind: 'guid'; readonly value: string }
  // epochMs is resolved once by the tokenizer so evaluation never re-parses the literal.
  | { readonly kind: 'datetime'; readonly value: string; readonly epochMs: number }
  | { readonly kind: 'enum'; readonly typeName: string; readonly value: string };

/** A property of the row, e.g. `signInActivity/lastSignInDateTime` → path ['signInActivity', 'lastSignInDateTime']. */
export interface PropertyRef {
  readonly type: 'property';
  readonly path: readonly string[];
  readonly position: number;
}

/** The range variable of an enclosing lambda (`x` in `any(x:x eq 'v')`), optionally with a sub-path. */
export interface RangeVariableRef {
  readonly type: 'rangeVariable';
  readonly name: string;
  readonly path: readonly string[];
  readonly position: number;
}

export type ValueRef = PropertyRef | RangeVariableRef;

/** `subject op literal`; the parser flips `literal op subject` into this shape. */
export interface ComparisonNode {
  readonly type: 'comparison';
  readonly operator: ComparisonOperator;
  readonly subject: ValueRef;
  readonly literal: FilterLiteral;
  readonly position: number;
}

/** `startswith(subject,'lit')` and friends. */
export interface FunctionCallNode {
  readonly type: 'function';
  readonly name: StringFunctionName;
  readonly subject: ValueRef;
  readonly literal: FilterLiteral;
  readonly position: number;
}

/** `collection/any(x:predicate)`; `any()` with no body has variable and predicate null. */
export interface LambdaNode {
  readonly type: 'lambda';
  readonly operator: LambdaOperator;
  readonly collection: ValueRef;
  readonly variable: string | null;
  readonly predicate: FilterNode | null;
  readonly position: number;
}

export interface LogicalNode {
  readonly type: 'and' | 'or';
  readonly left: FilterNode;
  readonly right: FilterNode;
  readonly position: number;
}

export interface NotNode {
  readonly type: 'not';
  readonly operand: FilterNode;
  readonly position: number;
}

export type FilterNode = ComparisonNode | FunctionCallNode | LambdaNode | LogicalNode | NotNode;
