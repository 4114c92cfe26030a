import type { FilterNode } from './filter-ast.ts';

/** The first `or` or `not` in a filter, anywhere (lambda bodies included), or undefined. */
export function firstLogicOperator(node: FilterNode | null): 'or' | 'not' | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'or':
    case 'not':
      return node.type;
    case 'and':
      return firstLogicOperator(node.left) ?? firstLogicOperator(node.right);
    case 'lambda':
      return firstLogicOperator(node.predicate);
    default:
      return undefined;
  }
}
