/** Graph's $search for the user picker (docs/graph-notes.md §5): quoted clauses joined by OR. */
const SEARCH_PROPERTIES = ['displayName', 'userPrincipalName', 'mail'] as const;
const SELECT = 'id,displayName,userPrincipalName,jobTitle,accountEnabled,mail';
export const SEARCH_PAGE_SIZE = 10;
/** One letter matches half the tenant; two narrow it enough to be worth a request. */
export const MIN_SEARCH_LENGTH = 2;

/** `"` and `\` would end or break the quoted clause, so Graph wants them escaped with `\`. */
const clause = (property: string, term: string) => `"${property}:${term.replace(/["\\]/g, '\\$&')}"`;

/** Whitespace-trimmed and lower-cased: Graph's search is case-insensitive, so "ALI" and "ali" share a cache entry. */
export function normaliseSearchTerm(term: string): string {
  return term.trim().toLowerCase();
}

export function userSearchExpression(term: string): string {
  return SEARCH_PROPERTIES.map((p) => clause(p, term)).join(' OR ');
}

/** Everything after `$search=` is URL-encoded, as the contract asks. */
export function userSearchPath(term: string): string {
  return `/users?$search=${encodeURIComponent(userSearchExpression(term))}&$select=${SELECT}&$top=${SEARCH_PAGE_SIZE}`;
}
