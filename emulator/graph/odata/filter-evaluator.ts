import type {
  ComparisonNode,
  ComparisonOperator,
  FilterLiteral,
  FilterNode,
  FunctionCallNode,
  LambdaNode,
  ValueRef,
} from './filter-ast.ts';
import type {
  CompileFilterOptions,
  FilterOp,
  FilterPropertySpec,
  FilterPropertyType,
  FilterSchema,
} from './filter-schema.ts';
import { compileComparisonTest, compileStringFunctionTest, type ValueTest } from './filter-value-tests.ts';
import { ODataQueryError, UNSUPPORTED_QUERY } from './odata-query-error.ts';
import { compilePathGetter } from './property-path.ts';

export type * from './filter-schema.ts';

/** Compiled nodes take the row plus the current lambda item, so lambda bodies need no re-binding. */
type Predicate = (row: object, item: unknown) => boolean;
type Getter = (row: object, item: unknown) => unknown;

interface Resolved {
  readonly name: string;
  readonly spec: FilterPropertySpec;
  readonly get: Getter;
}

interface LambdaScope {
  readonly variable: string;
  readonly collectionName: string;
  readonly itemSpec: FilterPropertySpec;
  /** Items that are objects: the properties the body may read (`t/id`). */
  readonly items?: { readonly typeName: string; readonly schema: FilterSchema };
}

interface Context {
  readonly schema: FilterSchema;
  readonly keysByLowerName: ReadonlyMap<string, string>;
  readonly allowOr: boolean;
  readonly allowNot: boolean;
}

const LITERALS_ACCEPTED: Readonly<Record<FilterPropertyType, readonly FilterLiteral['kind'][]>> = {
  string: ['string', 'null'],
  boolean: ['boolean', 'null'],
  number: ['number', 'null'],
  datetime: ['datetime', 'null'],
  // Graph promotes quoted strings to enum members and GUIDs.
  enum: ['enum', 'string', 'null'],
  guid: ['guid', 'string', 'null'],
  stringCollection: [],
  objectCollection: [],
};

const OPERATOR_KIND: Readonly<Record<ComparisonOperator, string>> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};

function edmTypeOfProperty(spec: FilterPropertySpec): string {
  switch (spec.type) {
    case 'string':
      return 'Edm.String';
    case 'boolean':
      return 'Edm.Boolean';
    case 'number':
      return 'Edm.Double';
    case 'datetime':
      return 'Edm.DateTimeOffset';
    case 'guid':
      return 'Edm.Guid';
    case 'enum':
      return spec.enumType ?? 'Edm.Enum';
    case 'stringCollection':
      return 'Collection(Edm.String)';
    case 'objectCollection':
      return `Collection(${spec.items?.typeName ?? 'Edm.ComplexType'})`;
  }
}

function edmTypeOfLiteral(literal: FilterLiteral): string {
  switch (literal.kind) {
    case 'string':
      return 'Edm.String';
    case 'boolean':
      return 'Edm.Boolean';
    case 'null':
      return 'null';
    case 'number':
      return /[.e]/i.test(literal.raw) ? 'Edm.Decimal' : 'Edm.Int32';
    case 'guid':
      return 'Edm.Guid';
    case 'datetime':
      return 'Edm.DateTimeOffset';
    case 'enum':
      return literal.typeName;
  }
}

function invalidClause(detail: string): ODataQueryError {
  return new ODataQueryError(`Invalid filter clause: ${detail}`);
}

function unsupported(detail: string): ODataQueryError {
  return new ODataQueryError(`Unsupported query. ${detail}`, UNSUPPORTED_QUERY);
}

function requireOp(resolved: Resolved, op: FilterOp): void {
  if (!resolved.spec.ops.includes(op)) {
    throw unsupported(`The '${op}' operator is not supported for property '${resolved.name}'.`);
  }
}

function resolve(ref: ValueRef, ctx: Context, scope: LambdaScope | null): Resolved {
  if (ref.type === 'rangeVariable') {
    // Items of a stringCollection are plain strings, so only the innermost variable itself is readable.
    if (scope === null || ref.name !== scope.variable) {
      throw unsupported(`The range variable '${ref.name}' cannot be used here.`);
    }
    const [member, ...deeper] = ref.path;
    if (scope.items) {
      const key = Object.keys(scope.items.schema).find((k) => k.toLowerCase() === member?.toLowerCase());
      const spec = key === undefined ? undefined : scope.items.schema[key];
      if (key === undefined || spec === undefined || deeper.length > 0)
        throw invalidClause(
          `Could not find a property named '${ref.path.join('/')}' on type '${scope.items.typeName}'.`,
        );
      return {
        name: `${scope.collectionName}/${key}`,
        spec,
        get: (_row, item) =>
          item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined,
      };
    }
    if (member !== undefined) {
      throw invalidClause(`Could not find a property named '${member}' on type 'Edm.String'.`);
    }
    return { name: scope.collectionName, spec: scope.itemSpec, get: (_row, item) => item };
  }
  const written = ref.path.join('/');
  const key = ctx.keysByLowerName.get(written.toLowerCase());
  const spec = key === undefined ? undefined : ctx.schema[key];
  if (key === undefined || spec === undefined) {
    throw new ODataQueryError(`Unsupported filter property '${written}'.`);
  }
  return { name: key, spec, get: compilePathGetter(key.split('/')) };
}

function checkLiteral(resolved: Resolved, operator: ComparisonOperator, literal: FilterLiteral): void {
  const { spec } = resolved;
  const typeMatches = LITERALS_ACCEPTED[spec.type].includes(literal.kind);
  const enumTypeMatches =
    literal.kind !== 'enum' ||
    spec.enumType === undefined ||
    spec.enumType.toLowerCase() === literal.typeName.toLowerCase();
  if (!typeMatches || !enumTypeMatches) {
    throw invalidClause(
      `A binary operator with incompatible types was detected. Found operand types ` +
        `'${edmTypeOfProperty(spec)}' and '${edmTypeOfLiteral(literal)}' for operator kind '${OPERATOR_KIND[operator]}'.`,
    );
  }
}

/** Binds a value test to its property (or range variable) read. */
function bind(resolved: Resolved, test: ValueTest): Predicate {
  const { get } = resolved;
  return (row, item) => test(get(row, item));
}

function compileComparison(node: ComparisonNode, ctx: Context, scope: LambdaScope | null): Predicate {
  const resolved = resolve(node.subject, ctx, scope);
  checkLiteral(resolved, node.operator, node.literal);
  requireOp(resolved, node.operator);
  return bind(resolved, compileComparisonTest(node.operator, node.literal));
}

function compileFunction(node: FunctionCallNode, ctx: Context, scope: LambdaScope | null): Predicate {
  const resolved = resolve(node.subject, ctx, scope);
  if (resolved.spec.type !== 'string' || node.literal.kind !== 'string') {
    throw invalidClause(
      `No function signature for the function with name '${node.name}' matches the specified arguments.`,
    );
  }
  requireOp(resolved, node.name);
  return bind(resolved, compileStringFunctionTest(node.name, node.literal.value));
}

function compileLambda(node: LambdaNode, ctx: Context, scope: LambdaScope | null): Predicate {
  const collection = resolve(node.collection, ctx, scope);
  if (collection.spec.type !== 'stringCollection' && collection.spec.type !== 'objectCollection') {
    throw invalidClause(
      `The '${node.operator}' operator can only be applied to a collection; '${collection.name}' is not one.`,
    );
  }
  requireOp(collection, node.operator);
  const { get } = collection;
  if (node.predicate === null || node.variable === null) {
    // `any()` asks for a non-empty collection; `all()` is vacuously true.
    return node.operator === 'any'
      ? (row, item) => {
          const items = get(row, item);
          return Array.isArray(items) && items.length > 0;
        }
      : () => true;
  }
  const body = compileNode(node.predicate, ctx, {
    variable: node.variable,
    collectionName: collection.name,
    itemSpec: { type: 'string', ops: collection.spec.ops },
    items: collection.spec.type === 'objectCollection' ? collection.spec.items : undefined,
  });
  if (node.operator === 'any') {
    return (row, item) => {
      const items = get(row, item);
      if (!Array.isArray(items)) return false;
      for (const element of items) if (body(row, element)) return true;
      return false;
    };
  }
  // A missing collection counts as empty, so `all` holds for it.
  return (row, item) => {
    const items = get(row, item);
    if (!Array.isArray(items)) return true;
    for (const element of items) if (!body(row, element)) return false;
    return true;
  };
}

function compileNode(node: FilterNode, ctx: Context, scope: LambdaScope | null): Predicate {
  switch (node.type) {
    case 'comparison':
      return compileComparison(node, ctx, scope);
    case 'function':
      return compileFunction(node, ctx, scope);
    case 'lambda':
      return compileLambda(node, ctx, scope);
    case 'and': {
      const left = compileNode(node.left, ctx, scope);
      const right = compileNode(node.right, ctx, scope);
      return (row, item) => left(row, item) && right(row, item);
    }
    case 'or': {
      if (!ctx.allowOr) throw unsupported("The 'or' operator is not supported for this request.");
      const left = compileNode(node.left, ctx, scope);
      const right = compileNode(node.right, ctx, scope);
      return (row, item) => left(row, item) || right(row, item);
    }
    case 'not': {
      if (!ctx.allowNot) throw unsupported("The 'not' operator is not supported for this request.");
      const operand = compileNode(node.operand, ctx, scope);
      return (row, item) => !operand(row, item);
    }
  }
}

/**
 * Validates a parsed `$filter` against the endpoint's schema and compiles it to a row predicate.
 * All validation happens here, so a returned predicate never throws.
 */
export function compileFilter<T extends object = Record<string, unknown>>(
  node: FilterNode,
  schema: FilterSchema,
  options: CompileFilterOptions = {},
): (row: T) => boolean {
  const keysByLowerName = new Map<string, string>();
  for (const key of Object.keys(schema)) keysByLowerName.set(key.toLowerCase(), key);
  const ctx: Context = {
    schema,
    keysByLowerName,
    allowOr: options.allowOr ?? true,
    allowNot: options.allowNot ?? true,
  };
  const predicate = compileNode(node, ctx, null);
  return (row) => predicate(row, undefined);
}
