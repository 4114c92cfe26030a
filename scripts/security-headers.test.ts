import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployFiles } from './deploy-headers.ts';
import { parseRuntimeConfig, readRuntimeConfig } from './read-runtime-config.ts';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

const realTenant = {
  authorityOrigin: 'https://login.microsoftonline.com',
  tenant: 'contoso.onmicrosoft.com',
  clientId: 'x',
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

describe('static host files', () => {
  it('deploy/ matches what public/config.js generates (npm run deploy:headers)', () => {
    const files = deployFiles(readRuntimeConfig(resolve(ROOT, 'public/config.js')));
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(resolve(ROOT, 'deploy', name), 'utf8'), name).toBe(text);
  });

  it('reads config.js as the browser runs it and refuses a non-https authority', () => {
    const source = (authority: string) =>
      `window.appConfig = { authorityOrigin: '${authority}', tenant: 't', clientId: 'c', graphBaseUrl: 'https://graph.microsoft.com' };`;
    expect(parseRuntimeConfig(source('https://login.microsoftonline.com')).authorityOrigin).toBe(
      'https://login.microsoftonline.com',
    );
    expect(() => parseRuntimeConfig(source('http://evil.example'))).toThrow(/https/);
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
