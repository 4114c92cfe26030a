/**
 * The Microsoft clouds the app runs in, by their sign-in and Graph hosts (Graph docs, concepts/deployments.md:
 * "App registration and token service root endpoints" and "Microsoft Graph and Graph Explorer service root
 * endpoints"). GCC tenants use the global cloud's hosts. MSAL knows the same sign-in hosts by heart.
 */
export interface Cloud {
  /** The global service (GCC included), US Government (GCC High, DoD), China (operated by 21Vianet). */
  id: 'global' | 'usGovernment' | 'china';
  authorityHosts: readonly string[];
  graphHosts: readonly string[];
}

export const CLOUDS: readonly Cloud[] = [
  {
    id: 'global',
    authorityHosts: ['login.microsoftonline.com'],
    graphHosts: ['graph.microsoft.com'],
  },
  {
    id: 'usGovernment',
    authorityHosts: ['login.microsoftonline.us'],
    graphHosts: ['graph.microsoft.us', 'dod-graph.microsoft.us'],
  },
  {
    id: 'china',
    // MSAL's alias list has both names of the China authority.
    authorityHosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
    graphHosts: ['microsoftgraph.chinacloudapi.cn'],
  },
];

const host = (url: string) => new URL(url).hostname.toLowerCase();

/** The cloud an authority belongs to; undefined for any other authority (the local emulator). */
export const cloudOfAuthority = (url: string) => CLOUDS.find((c) => c.authorityHosts.includes(host(url)));

/** The cloud a Graph endpoint belongs to; undefined for any other (the local emulator). */
export const cloudOfGraph = (url: string) => CLOUDS.find((c) => c.graphHosts.includes(host(url)));

/**
 * The resource Graph's scopes are asked for: its endpoint's origin (`https://graph.microsoft.us/User.Read`),
 * since a token of one cloud is not accepted by another's Graph.
 */
export const graphResource = (graphBaseUrl: string) => new URL(graphBaseUrl).origin;
