/** Scope strings as MSAL sends them: resource-qualified Graph scopes or bare names, plus OIDC scopes. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface ParsedScopes {
  oidc: string[];
  /** Graph permission names without the resource prefix, e.g. `AuditLog.Read.All`. */
  graph: string[];
}

export function parseScopes(scope: string): ParsedScopes {
  const oidc: string[] = [];
  const graph: string[] = [];
  for (const raw of scope.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.has(raw)) oidc.push(raw);
    else if (raw.startsWith(`${GRAPH_RESOURCE}/`)) graph.push(raw.slice(GRAPH_RESOURCE.length + 1));
    else if (!raw.includes('/')) graph.push(raw);
    else graph.push(raw.slice(raw.lastIndexOf('/') + 1));
  }
  // With no resource scope Entra issues a Graph token for User.Read.
  if (graph.length === 0) graph.push('User.Read');
  return { oidc, graph: [...new Set(graph.filter((s) => s !== '.default'))] };
}
