/** What an endpoint lets clients filter on; compileFilter validates every query against it. */

export type FilterOp =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'ge'
  | 'lt'
  | 'le'
  | 'startswith'
  | 'endswith'
  | 'contains'
  | 'any'
  // Graph's report endpoints do not document `all`; list it only where it is confirmed.
  | 'all';

export type FilterPropertyType =
  'string' | 'boolean' | 'number' | 'datetime' | 'enum' | 'stringCollection' | 'objectCollection' | 'guid';

export interface FilterPropertySpec {
  readonly type: FilterPropertyType;
  /**
   * Operators the endpoint accepts on this property. For a stringCollection these are the
   * lambda (`any`) plus the operators allowed on the range variable inside it (e.g. `eq`).
   */
  readonly ops: readonly FilterOp[];
  /** For enums: the qualified type name, e.g. 'microsoft.graph.usageAuthMethod'. When set, enum literals must use it. */
  readonly enumType?: string;
  /**
   * For an objectCollection (e.g. a directoryAudit's `targetResources`): what a lambda body may filter on
   * its items (`any(t:t/id eq '…')`), and the items' type name for error messages.
   */
  readonly items?: { readonly typeName: string; readonly schema: FilterSchema };
}

/** Keys are the row's property names; nested properties use '/', e.g. 'signInActivity/lastSignInDateTime'. */
export type FilterSchema = Readonly<Record<string, FilterPropertySpec>>;

export interface CompileFilterOptions {
  /** Default true. False rejects `or` with Request_UnsupportedQuery. */
  readonly allowOr?: boolean;
  /** Default true. False rejects `not` with Request_UnsupportedQuery. */
  readonly allowNot?: boolean;
}
