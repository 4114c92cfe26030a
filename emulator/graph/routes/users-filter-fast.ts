import type { TenantUser } from '../../tenant/model.ts';
import type { FilterLiteral, FilterNode } from '../odata/index.ts';
import type { UserSearchEntry } from '../search/user-search-index.ts';
import { USER_FILTER_SCHEMA } from './users-filter.ts';

/** Reads both the user and its lower-cased index entry, so string tests are plain comparisons. */
export type UserRowPredicate = (user: TenantUser, entry: UserSearchEntry) => boolean;

type StringField = 'id' | 'displayName' | 'givenName' | 'surname' | 'userPrincipalName' | 'mail';
const STRING_FIELDS: ReadonlySet<string> = new Set<StringField>([
  'id',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
]);
const KEY_BY_LOWER = new Map(Object.keys(USER_FILTER_SCHEMA).map((k) => [k.toLowerCase(), k]));

const textOf = (literal: FilterLiteral): string | undefined =>
  literal.kind === 'string' || literal.kind === 'guid' ? literal.value.toLowerCase() : undefined;

function compileNode(node: FilterNode): UserRowPredicate | undefined {
  switch (node.type) {
    case 'and':
    case 'or': {
      const left = compileNode(node.left);
      const right = compileNode(node.right);
      if (!left || !right) return undefined;
      return node.type === 'and' ? (u, e) => left(u, e) && right(u, e) : (u, e) => left(u, e) || right(u, e);
    }
    case 'not': {
      const operand = compileNode(node.operand);
      return operand && ((u, e) => !operand(u, e));
    }
    case 'lambda':
      return undefined;
    case 'function': {
      const key =
        node.subject.type === 'property'
          ? KEY_BY_LOWER.get(node.subject.path.join('/').toLowerCase())
          : undefined;
      const text = textOf(node.literal);
      if (key === undefined || !STRING_FIELDS.has(key) || text === undefined || text === '') return undefined;
      const field = key as StringField;
      // A null property reads as '' in the entry, which starts or ends with no non-empty literal.
      if (node.name === 'startswith') return (_u, e) => e[field].startsWith(text);
      if (node.name === 'endswith') return (_u, e) => e[field].endsWith(text);
      return undefined;
    }
    case 'comparison': {
      const key =
        node.subject.type === 'property'
          ? KEY_BY_LOWER.get(node.subject.path.join('/').toLowerCase())
          : undefined;
      if (key === undefined || (node.operator !== 'eq' && node.operator !== 'ne')) return undefined;
      const negate = node.operator === 'ne';
      let test: UserRowPredicate | undefined;
      const { literal } = node;
      if (key === 'accountEnabled' && literal.kind === 'boolean') {
        test = (u) => u.accountEnabled === literal.value;
      } else if (key === 'userType' && literal.kind === 'string') {
        const value = literal.value.toLowerCase();
        test = (u) => u.userType === value;
      } else if (STRING_FIELDS.has(key)) {
        const text = textOf(literal);
        // '' in the entry also stands for null, so empty literals take the generic path.
        if (text === undefined || text === '') return undefined;
        const field = key as StringField;
        test = (_u, e) => e[field] === text;
      }
      if (test === undefined) return undefined;
      const positive = test;
      return negate ? (u, e) => !positive(u, e) : positive;
    }
  }
}

/**
 * The common /users filters (eq, ne, startsWith, endsWith on strings; booleans; and/or/not) as
 * index look-ups. Undefined when the filter has anything else: the caller then evaluates the
 * generic compiled filter. Validation always happens in compileFilter first.
 */
export function compileFastUserFilter(node: FilterNode): UserRowPredicate | undefined {
  return compileNode(node);
}
