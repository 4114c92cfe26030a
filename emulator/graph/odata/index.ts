export { ODataQueryError, UNSUPPORTED_QUERY } from './odata-query-error.ts';
export { parseFilter } from './filter-parser.ts';
export type * from './filter-ast.ts';
export { compileFilter } from './filter-evaluator.ts';
export type * from './filter-schema.ts';
export { parseOrderBy, compareRows, sortRows, type OrderBy, type ParseOrderByOptions } from './orderby.ts';
export { parseSelect, applySelect } from './select.ts';
