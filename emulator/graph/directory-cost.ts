/**
 * Resource units a directory (identity and access) request costs, per Graph's throttling-limits
 * table (docs/graph-notes.md §8.3). Paths the table does not list cost 1.
 */
type Method = 'GET' | 'POST';

// `me/...` costs apply equally to `users/{id|upn}/...`, so paths are normalised to `me/` first.
const BASE_COSTS: Readonly<Record<Method, Readonly<Record<string, number>>>> = {
  GET: {
    applications: 2,
    'applications/{id}/extensionProperties': 2,
    contracts: 3,
    'domains/{id}/domainNameReferences': 4,
    'groups/{id}/members': 3,
    'groups/{id}/transitiveMembers': 5,
    'me/licenseDetails': 2,
    'me/memberOf': 2,
    'me/ownedObjects': 2,
    'me/transitiveMemberOf': 2,
    oauth2PermissionGrants: 2,
    'oauth2PermissionGrants/{id}': 2,
    'servicePrincipals/{id}/appRoleAssignments': 2,
    subscribedSkus: 3,
    users: 2,
  },
  POST: {
    'directoryObjects/getByIds': 5,
    getObjectsById: 5,
    isMemberOf: 4,
    'me/checkMemberGroups': 4,
    'me/checkMemberObjects': 4,
    'me/getMemberGroups': 2,
    'me/getMemberObjects': 2,
  },
};

// "Using $select for directoryObjects/getByIds and getObjectsById results in 2 ResourceUnits."
const SELECT_FIXED: ReadonlySet<string> = new Set(['directoryObjects/getByIds', 'getObjectsById']);

// A malformed escape must not fail the request the cost is computed for.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/v1.0/users/abc/memberOf/microsoft.graph.directoryRole` → `me/memberOf`. */
function normalisedPath(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (segments[0] === 'v1.0' || segments[0] === 'beta') segments.shift();
  // A trailing OData cast (…/memberOf/microsoft.graph.directoryRole) is still the same listing.
  if (segments.length > 1 && segments.at(-1)?.startsWith('microsoft.graph.')) segments.pop();
  if (segments[0] === 'users' && segments.length > 2) segments.splice(0, 2, 'me');
  return segments.join('/');
}

type Pattern = readonly [key: string, pattern: RegExp, cost: number];

/** The table's keys as patterns: `{id}` stands for any one segment. */
function compile(table: Readonly<Record<string, number>>): readonly Pattern[] {
  return Object.entries(table).map(([path, cost]) => [
    path,
    new RegExp(`^${path.replace(/\{id\}/g, '[^/]+')}$`),
    cost,
  ]);
}

const PATTERNS: Readonly<Record<Method, readonly Pattern[]>> = {
  GET: compile(BASE_COSTS.GET),
  POST: compile(BASE_COSTS.POST),
};

function tableEntry(method: string, path: string): { key: string; cost: number } | undefined {
  if (method !== 'GET' && method !== 'POST') return undefined;
  const found = PATTERNS[method].find(([, pattern]) => pattern.test(path));
  return found && { key: found[0], cost: found[2] };
}

function queryValue(url: URL, name: string): string | undefined {
  for (const [key, value] of url.searchParams) {
    const normalised = (key.startsWith('$') ? key.slice(1) : key).toLowerCase();
    if (normalised === name) return value;
  }
  return undefined;
}

/** Pure: the same method and URL always cost the same. Accepts absolute URLs or `/v1.0/...` paths. */
export function directoryRequestCost(method: string, url: URL | string): number {
  const parsed = typeof url === 'string' ? new URL(url, 'https://graph.microsoft.com') : url;
  const verb = method.toUpperCase();
  const entry = tableEntry(verb, normalisedPath(parsed.pathname));
  let cost = entry?.cost ?? 1;
  const select = queryValue(parsed, 'select');
  if (select !== undefined && select.trim() !== '') {
    if (entry && SELECT_FIXED.has(entry.key)) return 2;
    cost -= 1;
  }
  const expand = queryValue(parsed, 'expand');
  if (expand !== undefined && expand.trim() !== '') cost += 1;
  const top = queryValue(parsed, 'top')?.trim();
  if (top && Number.isInteger(Number(top)) && Number(top) < 20) cost -= 1;
  return Math.max(1, cost);
}
