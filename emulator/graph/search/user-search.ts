import { ODataQueryError, UNSUPPORTED_QUERY } from '../odata/index.ts';
import { parseSearch, type SearchNode } from './search-query.ts';
import { searchTokens, tokensMatch } from './search-tokens.ts';
import type { UserSearchEntry } from './user-search-index.ts';

export type EntryPredicate = (entry: UserSearchEntry) => boolean;

// displayName is tokenized; other string properties behave as startsWith (docs/graph-notes.md §5).
const PREFIX_PROPERTIES = ['givenName', 'surname', 'mail', 'userPrincipalName'] as const;
const PROPERTY_BY_LOWER = new Map<string, string>(
  ['displayName', ...PREFIX_PROPERTIES].map((name) => [name.toLowerCase(), name]),
);

function compileClause(property: string, text: string): EntryPredicate {
  const name = PROPERTY_BY_LOWER.get(property.toLowerCase());
  if (name === undefined) {
    throw new ODataQueryError(
      `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`,
      UNSUPPORTED_QUERY,
    );
  }
  if (name === 'displayName') {
    const query = searchTokens(text);
    return (entry) => tokensMatch(entry.displayNameTokens, query);
  }
  const prefix = text.trim().toLowerCase();
  const key = name as (typeof PREFIX_PROPERTIES)[number];
  return (entry) => entry[key].startsWith(prefix);
}

function compile(node: SearchNode): EntryPredicate {
  if (node.type === 'clause') return compileClause(node.property, node.text);
  const left = compile(node.left);
  const right = compile(node.right);
  return node.type === 'and' ? (e) => left(e) && right(e) : (e) => left(e) || right(e);
}

/** Parses and validates `$search` for /users; the predicate reads a user's search-index entry. */
export function compileUserSearch(text: string): EntryPredicate {
  return compile(parseSearch(text));
}
