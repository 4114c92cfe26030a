import { AuthError, type INetworkModule } from '@azure/msal-browser';

// The hosts whose Entra endpoints MSAL knows by heart: it never asks them for their discovery document.
const MSAL_KNOWN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.us',
  'login.sovcloud-identity.fr',
  'login.sovcloud-identity.de',
  'login.sovcloud-identity.sg',
]);

export const knownToMsal = (authorityOrigin: string) =>
  MSAL_KNOWN_HOSTS.has(new URL(authorityOrigin).hostname);

/**
 * Entra's endpoint layout for an authority MSAL does not know (the local emulator), in the form of MSAL's
 * `authorityMetadata` option; undefined for Microsoft's hosts. MSAL fills in `{tenantid}` itself.
 *
 * For Microsoft's hosts MSAL uses this same layout without a request. For any other authority it would fetch
 * the openid-configuration on every page load before the first token: a round trip production never makes.
 */
export function entraLayoutMetadata(authorityOrigin: string): string | undefined {
  if (knownToMsal(authorityOrigin)) return undefined;
  const origin = new URL(authorityOrigin).origin;
  const at = (path: string) => `${origin}/{tenantid}/${path}`;
  return JSON.stringify({
    authorization_endpoint: at('oauth2/v2.0/authorize'),
    token_endpoint: at('oauth2/v2.0/token'),
    end_session_endpoint: at('oauth2/v2.0/logout'),
    jwks_uri: at('discovery/v2.0/keys'),
    issuer: at('v2.0'),
  });
}

/**
 * Before sending the browser to an authority whose endpoints were given rather than discovered, checks through
 * MSAL's own network client that it answers: the sign-in page can then explain an unreachable authority (MSAL's
 * "get_request_failed") instead of leaving for a browser error page, as it did when MSAL discovered it.
 */
export async function probeAuthority(authority: string, network: INetworkModule): Promise<void> {
  if (knownToMsal(authority)) return;
  const discovery = `${authority.replace(/\/$/, '')}/v2.0/.well-known/openid-configuration`;
  const { status } = await network.sendGetRequestAsync(discovery, {});
  if (status >= 400)
    throw new AuthError('endpoints_resolution_error', '', `${discovery} answered HTTP ${status}`);
}
