/** Runtime configuration from /config.js: the only thing that differs between the emulator and a real tenant. */
export interface AppConfig {
  /** e.g. https://login.microsoftonline.com, or the emulator's https://localhost:8443 */
  authorityOrigin: string;
  /** Tenant id, domain, or `organizations`. */
  tenant: string;
  clientId: string;
  /** e.g. https://graph.microsoft.com (no version segment). */
  graphBaseUrl: string;
}

declare global {
  interface Window {
    appConfig?: Partial<AppConfig>;
  }
}

function requireUrl(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^https:\/\//.test(value))
    throw new Error(`config.js: ${name} must be an https:// URL`);
  return value.replace(/\/+$/, '');
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`config.js: ${name} is missing`);
  return value.trim();
}

export function readAppConfig(source: Partial<AppConfig> | undefined): AppConfig {
  if (!source) throw new Error('config.js did not load: the app cannot know which tenant to sign in to.');
  return {
    authorityOrigin: requireUrl(source.authorityOrigin, 'authorityOrigin'),
    tenant: requireText(source.tenant, 'tenant'),
    clientId: requireText(source.clientId, 'clientId'),
    graphBaseUrl: requireUrl(source.graphBaseUrl, 'graphBaseUrl'),
  };
}
