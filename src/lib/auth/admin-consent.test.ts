// @vitest-environment jsdom
import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearSessionChallenge,
  currentSessionChallenge,
  reportSessionChallenge,
} from './session-challenge.ts';
import { adminConsentUrl, recheckConsent, setTokenProvider } from './token-provider.ts';

const account = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', username: 'megan@contoso.com' };

function fakeMsal(acquire: () => Promise<{ scopes: string[]; accessToken: string }>) {
  return {
    getActiveAccount: () => account,
    getAllAccounts: () => [account],
    getConfiguration: () => ({
      auth: {
        clientId: '6731de76-14a6-49ae-97bc-6eba6914391e',
        authority: 'https://login.microsoftonline.com/organizations',
      },
    }),
    acquireTokenSilent: vi.fn(acquire),
  } as unknown as IPublicClientApplication;
}

afterEach(() => clearSessionChallenge());

// entra-docs identity-platform/v2-admin-consent.md: the operator's tenant (never `common`), the client id,
// the scopes and a registered redirect URI.
describe('adminConsentUrl', () => {
  it("points at the operator's tenant's v2 admin consent endpoint, with the app, the scopes and the site root", () => {
    setTokenProvider(fakeMsal(() => Promise.reject(new Error('unused'))));
    const url = new URL(adminConsentUrl(['AuditLog.Read.All'])!);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/adminconsent',
    );
    expect(url.searchParams.get('client_id')).toBe('6731de76-14a6-49ae-97bc-6eba6914391e');
    expect(url.searchParams.get('scope')).toBe('https://graph.microsoft.com/AuditLog.Read.All');
    expect(url.searchParams.get('redirect_uri')).toBe(`${window.location.origin}/`);
  });
});

describe('recheckConsent', () => {
  const challenge = { scopes: ['AuditLog.Read.All'], consentFor: ['AuditLog.Read.All'] };

  it('ends the challenge once a new token carries the permission', async () => {
    setTokenProvider(
      fakeMsal(() =>
        Promise.resolve({ scopes: ['https://graph.microsoft.com/AuditLog.Read.All'], accessToken: 't' }),
      ),
    );
    reportSessionChallenge(challenge);
    await expect(recheckConsent(challenge)).resolves.toBe(true);
    expect(currentSessionChallenge()).toBeUndefined();
  });

  it('keeps it while Entra still issues tokens without it, or refuses them', async () => {
    reportSessionChallenge(challenge);
    setTokenProvider(fakeMsal(() => Promise.resolve({ scopes: ['User.Read'], accessToken: 't' })));
    await expect(recheckConsent(challenge)).resolves.toBe(false);
    setTokenProvider(
      fakeMsal(() => Promise.reject(new InteractionRequiredAuthError('consent_required', 'AADSTS65001'))),
    );
    await expect(recheckConsent(challenge)).resolves.toBe(false);
    expect(currentSessionChallenge()).toEqual(challenge);
  });
});
