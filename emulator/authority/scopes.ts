/**
 * Scope strings as MSAL sends them: resource-qualified Graph scopes or bare names, plus OIDC scopes.
 *
 * The emulator is a cloud of its own whose Graph lives at the emulator's origin, as graph.microsoft.us is the
 * US Government cloud's: that origin (or Graph's app id) is the resource its tokens are for, and a scope for
 * any other resource is refused as Entra refuses an unknown one (AADSTS500011). An app that hard-coded the
 * global cloud's https://graph.microsoft.com would fail here as it would in a national cloud (Graph docs,
 * concepts/deployments.md: tokens of one cloud are not interchangeable with another's).
 */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface ParsedScopes {
  oidc: string[];
  /** Graph permission names without the resource prefix, e.g. `AuditLog.Read.All`. */
  graph: string[];
  /** Resources named that are not this cloud's Graph. */
  unknownResources: string[];
}

/** `graphResource` is the emulator's origin (the request's base URL). */
export function parseScopes(scope: string, graphResource: string): ParsedScopes {
  const oidc: string[] = [];
  const graph: string[] = [];
  const unknownResources: string[] = [];
  for (const raw of scope.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.has(raw)) oidc.push(raw);
    // Entra reads a bare permission name as Graph's.
    else if (!raw.includes('/')) graph.push(raw);
    else {
      const resource = raw.slice(0, raw.lastIndexOf('/'));
      if (resource === graphResource || resource === GRAPH_APP_ID) graph.push(raw.slice(resource.length + 1));
      else unknownResources.push(resource);
    }
  }
  // With no resource scope Entra issues a Graph token for User.Read.
  if (graph.length === 0) graph.push('User.Read');
  return {
    oidc,
    graph: [...new Set(graph.filter((s) => s !== '.default'))],
    unknownResources: [...new Set(unknownResources)],
  };
}

/** Entra's answer to a scope of a resource the tenant does not know. */
export const unknownResourceText = (resource: string, tenantDomain: string) =>
  `The resource principal named ${resource} was not found in the tenant named ${tenantDomain}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`;
