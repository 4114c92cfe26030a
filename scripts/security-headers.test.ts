import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './read-runtime-config.ts';
import { contentSecurityPolicy, headersForPath, securityHeaders } from './security-headers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

const realTenant = {
  authorityOrigin: 'https://login.microsoftonline.com',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55',
  graphBaseUrl: 'https://graph.microsoft.com/',
};

describe('content security policy', () => {
  it('limits connections to the configured authority and Graph, and frames to self and the authority', () => {
    const csp = contentSecurityPolicy(realTenant);
    expect(directive(csp, 'connect-src')).toBe(
      'https://login.microsoftonline.com https://graph.microsoft.com',
    );
    expect(directive(csp, 'frame-src')).toBe("'self' https://login.microsoftonline.com");
  });

  it('names the emulator once when it is both authority and Graph', () => {
    const csp = contentSecurityPolicy({
      authorityOrigin: 'https://localhost:8452',
      graphBaseUrl: 'https://localhost:8452',
    });
    expect(directive(csp, 'connect-src')).toBe('https://localhost:8452');
  });

  it('allows no inline script, no eval, no plugins, and no foreign framing', () => {
    const csp = contentSecurityPolicy(realTenant);
    expect(directive(csp, 'script-src')).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'script-src')).not.toContain('unsafe');
    expect(directive(csp, 'object-src')).toBe("'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("'self'");
  });

  it('sends HSTS only when served over HTTPS', () => {
    expect(securityHeaders(realTenant)).not.toHaveProperty('Strict-Transport-Security');
    expect(securityHeaders(realTenant, { https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
  });
});

describe('opener policy', () => {
  // msal-browser docs/redirect-bridge.md: the bridge must not be served with Cross-Origin-Opener-Policy.
  it('is sent with every page but never with the redirect bridge', () => {
    expect(headersForPath('/', realTenant)['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headersForPath('/users/x', realTenant)['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headersForPath('/redirect.html', realTenant)).not.toHaveProperty('Cross-Origin-Opener-Policy');
    expect(headersForPath('/redirect.html', realTenant)['Content-Security-Policy']).toBeTruthy();
  });
});

describe('config.js as the browser runs it', () => {
  const source = (authority: string) =>
    `window.appConfig = { authorityOrigin: '${authority}', tenant: 'contoso.com', clientId: '${realTenant.clientId}', graphBaseUrl: 'https://graph.microsoft.com' };`;

  it('is read, and refused by the same rules as the app applies at start-up, naming the file and field', () => {
    expect(parseRuntimeConfig(source('https://login.microsoftonline.com')).authorityOrigin).toBe(
      'https://login.microsoftonline.com',
    );
    expect(() => parseRuntimeConfig(source('http://evil.example'), 'tenant.js')).toThrow(
      /^tenant\.js: authorityOrigin must be an https/,
    );
  });
});

describe('html entry points', () => {
  it.each(['index.html', 'redirect.html'])('%s has no inline script or event-handler attribute', (file) => {
    const html = readFileSync(resolve(ROOT, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
