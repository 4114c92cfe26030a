import { describe, expect, it } from 'vitest';
import { msalConfiguration } from './msal-instance.ts';

const config = (authorityOrigin: string) => ({
  authorityOrigin,
  tenant: 'contoso.onmicrosoft.com',
  clientId: '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55',
  graphBaseUrl: 'https://graph.microsoft.com',
});

describe('msalConfiguration', () => {
  // MSAL documents knownAuthorities for B2C-style authorities; set for Entra's host it replaces the list of
  // Entra's aliases MSAL keeps (msal-browser docs/configuration.md).
  it("leaves Entra's own hosts to MSAL: no knownAuthorities, no endpoint layout", () => {
    const { auth } = msalConfiguration(config('https://login.microsoftonline.com'), 'https://app.example');
    expect(auth.knownAuthorities).toEqual([]);
    expect(auth.authorityMetadata).toBeUndefined();
    expect(auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });

  it('names a local authority (the emulator) as known, so MSAL does not ask Microsoft about it', () => {
    const { auth } = msalConfiguration(config('https://localhost:8443'), 'http://localhost:5173');
    expect(auth.knownAuthorities).toEqual(['localhost:8443']);
    expect(auth.authorityMetadata).toContain('https://localhost:8443/{tenantid}/oauth2/v2.0/token');
  });

  it('declares the CP1 capability, so that Entra and Graph send it claims challenges', () => {
    const { auth } = msalConfiguration(config('https://login.microsoftonline.com'), 'https://app.example');
    expect(auth.clientCapabilities).toEqual(['CP1']);
  });

  it('lands on the redirect bridge after sign-in and on the site root after sign-out', () => {
    const { auth } = msalConfiguration(config('https://login.microsoftonline.com'), 'https://app.example');
    expect(auth.redirectUri).toBe('https://app.example/redirect.html');
    expect(auth.postLogoutRedirectUri).toBe('https://app.example/');
  });
});
