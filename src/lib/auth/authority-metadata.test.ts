import { AuthError, type INetworkModule } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { entraLayoutMetadata, probeAuthority } from './authority-metadata.ts';

describe('entraLayoutMetadata', () => {
  it("is left to MSAL for Microsoft's own hosts, which it already knows", () => {
    expect(entraLayoutMetadata('https://login.microsoftonline.com')).toBeUndefined();
    expect(entraLayoutMetadata('https://login.microsoftonline.us/')).toBeUndefined();
  });

  it("gives any other authority Entra's endpoints, the tenant left for MSAL to fill in", () => {
    expect(JSON.parse(entraLayoutMetadata('https://localhost:8443/') ?? '{}')).toEqual({
      authorization_endpoint: 'https://localhost:8443/{tenantid}/oauth2/v2.0/authorize',
      token_endpoint: 'https://localhost:8443/{tenantid}/oauth2/v2.0/token',
      end_session_endpoint: 'https://localhost:8443/{tenantid}/oauth2/v2.0/logout',
      jwks_uri: 'https://localhost:8443/{tenantid}/discovery/v2.0/keys',
      issuer: 'https://localhost:8443/{tenantid}/v2.0',
    });
  });
});

const network = (status: number): INetworkModule & { sendGetRequestAsync: ReturnType<typeof vi.fn> } => ({
  sendGetRequestAsync: vi.fn().mockResolvedValue({ status, headers: {}, body: {} }),
  sendPostRequestAsync: vi.fn(),
});

describe('probeAuthority', () => {
  it("asks the configured authority's discovery document, and is content with an answer", async () => {
    const client = network(200);
    await probeAuthority('https://localhost:8443/organizations/', client);
    expect(client.sendGetRequestAsync).toHaveBeenCalledWith(
      'https://localhost:8443/organizations/v2.0/.well-known/openid-configuration',
      {},
    );
  });

  it("rejects with MSAL's unresolved-endpoints error when the authority answers with an error", async () => {
    const refused = probeAuthority('https://localhost:9/organizations', network(502));
    await expect(refused).rejects.toBeInstanceOf(AuthError);
    await expect(refused).rejects.toMatchObject({ errorCode: 'endpoints_resolution_error' });
  });

  it("asks nothing of Microsoft's hosts, as MSAL does not", async () => {
    const client = network(200);
    await probeAuthority('https://login.microsoftonline.com/organizations', client);
    expect(client.sendGetRequestAsync).not.toHaveBeenCalled();
  });
});
