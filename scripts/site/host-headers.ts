// The static host's header files for a config.js: `_headers` (Netlify, Cloudflare Pages) and
// `staticwebapp.config.json` (Azure Static Web Apps), from the same code npm start and vite preview use.
import { PAGE_PATHS } from '../../src/app/page-paths.ts';
import { ASSET_CACHE_CONTROL } from '../asset-caching.ts';
import type { RuntimeConfig } from '../runtime-config-plugin.ts';
import { OPENER_POLICY, REDIRECT_BRIDGE_PATH, securityHeaders } from '../security-headers.ts';

/**
 * The paths a host answers with the app's page: index.html and each route (a `:param` segment becomes the
 * hosts' `*`). The opener policy goes on these alone, so that the redirect bridge never gets it: both
 * formats add up every rule that matches a path, and neither can take a header away again.
 */
export function pagePaths(): string[] {
  const routes = Object.values(PAGE_PATHS).map((path) => path.replace(/:[^/]+/g, '*'));
  return [...new Set([...routes, '/index.html'])];
}

const indent = (headers: Record<string, string>) =>
  Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);

/** Netlify and Cloudflare Pages read `_headers` from the published folder. */
export function headersFile(config: RuntimeConfig): string {
  const lines = [
    '/*',
    ...indent(securityHeaders(config, { https: true })),
    ...pagePaths().flatMap((path) => [path, ...indent(OPENER_POLICY)]),
    '/config.js',
    '  Cache-Control: no-cache',
    '/assets/*',
    `  Cache-Control: ${ASSET_CACHE_CONTROL}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Azure Static Web Apps: the same headers, and the fallback to index.html its client-side routes need. */
export function staticWebAppConfig(config: RuntimeConfig): string {
  const body = {
    globalHeaders: securityHeaders(config, { https: true }),
    routes: [
      ...pagePaths().map((route) => ({ route, headers: OPENER_POLICY })),
      { route: '/config.js', headers: { 'Cache-Control': 'no-cache' } },
      { route: '/assets/*', headers: { 'Cache-Control': ASSET_CACHE_CONTROL } },
    ],
    navigationFallback: {
      rewrite: '/index.html',
      exclude: ['/assets/*', '/config.js', REDIRECT_BRIDGE_PATH],
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function hostHeaderFiles(config: RuntimeConfig): Record<string, string> {
  return { _headers: headersFile(config), 'staticwebapp.config.json': staticWebAppConfig(config) };
}
