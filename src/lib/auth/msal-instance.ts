import { PublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from '../config.ts';
import { entraLayoutMetadata } from './authority-metadata.ts';

export function msalConfiguration(config: AppConfig, origin: string): Configuration {
  const authority = `${config.authorityOrigin}/${config.tenant}`;
  return {
    auth: {
      clientId: config.clientId,
      authority,
      // Listing the host stops MSAL from asking Microsoft's instance discovery, which a local authority lacks.
      knownAuthorities: [new URL(config.authorityOrigin).host],
      // Entra's endpoints, as MSAL assumes for Microsoft's hosts: no discovery round trip before each load's
      // first token (sign-in checks the authority answers instead: use-auth.ts).
      authorityMetadata: entraLayoutMetadata(config.authorityOrigin),
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

export function createMsalInstance(config: AppConfig): PublicClientApplication {
  return new PublicClientApplication(msalConfiguration(config, window.location.origin));
}
