import { PublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from '../config.ts';
import { entraLayoutMetadata, knownToMsal } from './authority-metadata.ts';

export function msalConfiguration(config: AppConfig, origin: string): Configuration {
  const authority = `${config.authorityOrigin}/${config.tenant}`;
  return {
    auth: {
      clientId: config.clientId,
      authority,
      // Only for an authority MSAL does not know (the emulator): listing it stops MSAL from asking Microsoft's
      // instance discovery, which a local authority lacks. For Microsoft's hosts MSAL's docs keep the option to
      // B2C-style authorities: set, it would replace MSAL's own alias list of Entra's hosts
      // (msal-browser docs/configuration.md, `knownAuthorities`).
      knownAuthorities: knownToMsal(config.authorityOrigin) ? [] : [new URL(config.authorityOrigin).host],
      // Entra's endpoints, as MSAL assumes for Microsoft's hosts: no discovery round trip before each load's
      // first token (sign-in checks the authority answers instead: use-auth.ts).
      authorityMetadata: entraLayoutMetadata(config.authorityOrigin),
      // Continuous Access Evaluation: Entra sends claims challenges (and Graph revokes tokens at once on a
      // critical event) only to clients that declare CP1 (entra-docs identity-platform/claims-challenge.md);
      // MSAL adds it to every authorize and token request as {"access_token":{"xms_cc":{"values":["CP1"]}}}.
      clientCapabilities: ['CP1'],
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

export function createMsalInstance(config: AppConfig): PublicClientApplication {
  return new PublicClientApplication(msalConfiguration(config, window.location.origin));
}
