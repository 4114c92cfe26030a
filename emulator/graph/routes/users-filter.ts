import type { TenantUser } from '../../tenant/model.ts';
import {
  compileFilter,
  ODataQueryError,
  UNSUPPORTED_QUERY,
  type FilterNode,
  type FilterSchema,
  type ValueRef,
} from '../odata/index.ts';
import { SELECTABLE_USER_PROPERTIES } from './user-shape.ts';

/**
 * What /users lets clients filter on. Keys are TenantUser fields, so rows are filtered without
 * shaping; userType compares case-insensitively, so 'Guest' matches the model's 'guest'.
 * ne / not / endsWith are accepted here and gated on the advanced-query parameters by the route.
 */
export const USER_FILTER_SCHEMA: FilterSchema = {
  id: { type: 'guid', ops: ['eq', 'ne'] },
  displayName: { type: 'string', ops: ['eq', 'ne', 'startswith'] },
  givenName: { type: 'string', ops: ['eq', 'ne', 'startswith'] },
  surname: { type: 'string', ops: ['eq', 'ne', 'startswith'] },
  userPrincipalName: { type: 'string', ops: ['eq', 'ne', 'startswith', 'endswith'] },
  mail: { type: 'string', ops: ['eq', 'ne', 'startswith', 'endswith'] },
  accountEnabled: { type: 'boolean', ops: ['eq', 'ne'] },
  userType: { type: 'string', ops: ['eq', 'ne'] },
};

/** What a parsed $filter uses: the route decides from this whether the advanced parameters are needed. */
export interface FilterFeatures {
  properties: Set<string>;
  /** 'ne', 'not', 'endsWith' in Graph's spelling, in the order met. */
  advancedOperators: string[];
}

function refName(ref: ValueRef): string {
  return ref.path.join('/');
}

export function filterFeatures(node: FilterNode): FilterFeatures {
  const features: FilterFeatures = { properties: new Set(), advancedOperators: [] };
  const visit = (n: FilterNode): void => {
    switch (n.type) {
      case 'comparison':
        if (n.subject.type === 'property') features.properties.add(refName(n.subject));
        if (n.operator === 'ne') features.advancedOperators.push('ne');
        return;
      case 'function':
        if (n.subject.type === 'property') features.properties.add(refName(n.subject));
        if (n.name === 'endswith') features.advancedOperators.push('endsWith');
        return;
      case 'lambda':
        if (n.collection.type === 'property') features.properties.add(refName(n.collection));
        if (n.predicate) visit(n.predicate);
        return;
      case 'not':
        features.advancedOperators.push('not');
        visit(n.operand);
        return;
      case 'and':
      case 'or':
        visit(n.left);
        visit(n.right);
    }
  };
  visit(node);
  return features;
}

const KNOWN = new Map<string, string>(
  [...SELECTABLE_USER_PROPERTIES, 'signInActivity'].map((p) => [p.toLowerCase(), p]),
);
const FILTERABLE = new Set(Object.keys(USER_FILTER_SCHEMA).map((p) => p.toLowerCase()));

/** Graph's two answers: a property the user type lacks, and one it has but cannot filter on. */
export function checkFilterProperties(properties: Iterable<string>): void {
  for (const written of properties) {
    const lower = written.toLowerCase();
    if (FILTERABLE.has(lower)) continue;
    const known = KNOWN.get(lower.split('/')[0] ?? '');
    if (known === undefined) {
      throw new ODataQueryError(
        `Could not find a property named '${written}' on type 'microsoft.graph.user'.`,
      );
    }
    throw new ODataQueryError(
      `Unsupported or invalid query filter clause specified for property '${known}' of resource 'User'.`,
      UNSUPPORTED_QUERY,
    );
  }
}

export function compileUserFilter(node: FilterNode): (user: TenantUser) => boolean {
  return compileFilter<TenantUser>(node, USER_FILTER_SCHEMA);
}
