import { cloudOfAuthority, cloudOfGraph } from './clouds.ts';

/** Runtime configuration from /config.js: the only thing that differs between the emulator and a real tenant. */
export interface AppConfig {
  /** e.g. https://login.microsoftonline.com, or the emulator's https://localhost:8443 */
  authorityOrigin: string;
  /** Tenant id (a GUID), a verified domain, or `organizations`. */
  tenant: string;
  /** The app registration's application (client) id, a GUID. */
  clientId: string;
  /** e.g. https://graph.microsoft.com (no version segment). */
  graphBaseUrl: string;
}

declare global {
  interface Window {
    appConfig?: Partial<AppConfig>;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A domain name of two labels or more (contoso.onmicrosoft.com, contoso.com).
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function requireOrigin(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^https:\/\//i.test(value.trim()))
    throw new Error(`config.js: ${name} must be an https:// URL, not ${JSON.stringify(value)}`);
  const url = value.trim().replace(/\/+$/, '');
  const parsed = URL.canParse(url) && new URL(url);
  if (!parsed || parsed.pathname !== '/' || parsed.search || parsed.hash)
    throw new Error(`config.js: ${name} must be an origin, with no path`);
  return url;
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`config.js: ${name} is missing`);
  return value.trim();
}

function requireClientId(value: unknown): string {
  const id = requireText(value, 'clientId');
  if (!GUID.test(id))
    throw new Error(`config.js: clientId must be the app registration's client id (a GUID)`);
  return id;
}

/**
 * A directory tenant: its id, one of its verified domains, or `organizations` (any work account). `common` and
 * `consumers` would admit personal Microsoft accounts, which have no directory to administer.
 */
function requireTenant(value: unknown): string {
  const tenant = requireText(value, 'tenant');
  if (tenant === 'organizations' || GUID.test(tenant) || DOMAIN.test(tenant)) return tenant;
  throw new Error(`config.js: tenant must be the tenant id, a verified domain or "organizations"`);
}

/** A token from one cloud is refused by every other cloud's Graph (Graph docs, concepts/deployments.md). */
function requireOneCloud(authorityOrigin: string, graphBaseUrl: string) {
  const authority = cloudOfAuthority(authorityOrigin);
  const graph = cloudOfGraph(graphBaseUrl);
  if ((authority || graph) && authority?.id !== graph?.id)
    throw new Error(
      `config.js: authorityOrigin (${new URL(authorityOrigin).host}) and graphBaseUrl (${new URL(graphBaseUrl).host}) must belong to the same cloud`,
    );
}

/** Checks the whole configuration, naming the field at fault: at start-up in the browser, and when a site is built. */
export function readAppConfig(source: Partial<AppConfig> | undefined): AppConfig {
  if (!source) throw new Error('config.js did not load: the app cannot know which tenant to sign in to.');
  const config: AppConfig = {
    authorityOrigin: requireOrigin(source.authorityOrigin, 'authorityOrigin'),
    tenant: requireTenant(source.tenant),
    clientId: requireClientId(source.clientId),
    graphBaseUrl: requireOrigin(source.graphBaseUrl, 'graphBaseUrl'),
  };
  requireOneCloud(config.authorityOrigin, config.graphBaseUrl);
  return config;
}
