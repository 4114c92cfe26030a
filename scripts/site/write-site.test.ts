import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readOrigin } from './write-site.ts';
import { registrationSteps } from './registration-steps.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'build-site-'));
const outDir = join(work, 'site');

const configJs = (fields: Record<string, string>) =>
  `window.appConfig = ${JSON.stringify(
    {
      authorityOrigin: 'https://login.microsoftonline.com',
      tenant: 'contoso.onmicrosoft.com',
      clientId: '6731de76-14a6-49ae-97bc-6eba6914391e',
      graphBaseUrl: 'https://graph.microsoft.com',
      ...fields,
    },
    null,
    2,
  )};\n`;

function writeConfig(name: string, fields: Record<string, string> = {}) {
  const file = join(work, name);
  writeFileSync(file, configJs(fields));
  return file;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site for a real tenant', () => {
  beforeAll(async () => {
    await buildSite({ configFile: writeConfig('contoso.js'), outDir });
  }, 120_000);

  it('holds the built app and that config.js', () => {
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'redirect.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'config.js'), 'utf8')).toContain('contoso.onmicrosoft.com');
  });

  it("names Entra's and Graph's hosts in both header files, and no localhost", () => {
    for (const name of ['_headers', 'staticwebapp.config.json']) {
      const text = readFileSync(join(outDir, name), 'utf8');
      expect(text, name).toContain(
        'connect-src https://login.microsoftonline.com https://graph.microsoft.com',
      );
      expect(text, name).not.toMatch(/localhost/);
    }
  });

  it('sends the opener policy with the pages, never with the redirect bridge (_headers)', () => {
    const rules = new Map<string, string[]>();
    let path = '';
    for (const line of readFileSync(join(outDir, '_headers'), 'utf8').split('\n')) {
      if (line.startsWith('/')) rules.set((path = line), []);
      else if (line.trim()) rules.get(path)!.push(line.trim());
    }
    // A host adds up every rule whose path matches: the bridge matches `/*` alone.
    expect(rules.get('/*')!.join('\n')).not.toMatch(/Cross-Origin-Opener-Policy/);
    for (const page of ['/', '/index.html', '/usage', '/users/*'])
      expect(rules.get(page), page).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect([...rules.keys()]).not.toContain('/redirect.html');
  });

  it('sends the opener policy with the pages, never with the redirect bridge (Azure Static Web Apps)', () => {
    const swa = JSON.parse(readFileSync(join(outDir, 'staticwebapp.config.json'), 'utf8')) as {
      globalHeaders: Record<string, string>;
      routes: { route: string; headers: Record<string, string> }[];
      navigationFallback: { exclude: string[] };
    };
    expect(swa.globalHeaders).not.toHaveProperty('Cross-Origin-Opener-Policy');
    const withPolicy = swa.routes.filter((r) => r.headers['Cross-Origin-Opener-Policy']).map((r) => r.route);
    expect(withPolicy).toEqual(expect.arrayContaining(['/', '/index.html', '/registration', '/users/*']));
    expect(withPolicy).not.toContain('/redirect.html');
    expect(swa.navigationFallback.exclude).toContain('/redirect.html');
  });
});

describe('what to register', () => {
  it("names the site's redirect bridge and root, and every delegated permission", () => {
    const steps = registrationSteps(
      {
        authorityOrigin: 'https://login.microsoftonline.com',
        tenant: 'contoso.onmicrosoft.com',
        clientId: '6731de76-14a6-49ae-97bc-6eba6914391e',
        graphBaseUrl: 'https://graph.microsoft.com',
      },
      readOrigin('https://dashboard.contoso.com'),
    );
    expect(steps).toContain('https://dashboard.contoso.com/redirect.html');
    expect(steps).toContain('https://dashboard.contoso.com/ ');
    for (const permission of ['User.Read', 'AuditLog.Read.All', 'UserAuthenticationMethod.ReadWrite.All'])
      expect(steps).toContain(permission);
  });

  it('refuses a plain-http site address other than localhost', () => {
    expect(() => readOrigin('http://dashboard.contoso.com')).toThrow(/--origin must be an https/);
    expect(readOrigin('http://localhost:5173')).toBe('http://localhost:5173');
  });
});

describe('npm run build:site', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it.each([
    ['an http authority', { authorityOrigin: 'http://login.microsoftonline.com' }, /authorityOrigin/],
    ['an http Graph', { graphBaseUrl: 'http://graph.microsoft.com' }, /graphBaseUrl/],
    ['two clouds', { graphBaseUrl: 'https://graph.microsoft.us' }, /same cloud/],
    ['no client id', { clientId: '' }, /clientId/],
    ['a tenant that is not a tenant', { tenant: 'common' }, /tenant must be/],
  ])('refuses %s, naming the field, and builds nothing', (_what, fields, message) => {
    const out = join(work, 'refused');
    const result = run(writeConfig('bad.js', fields), '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
