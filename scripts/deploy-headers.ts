// Writes (or with --check, verifies) the static host's header files in deploy/ from a config.js:
//   npx tsx scripts/deploy-headers.ts [path/to/config.js] [--check]
// The headers come from scripts/security-headers.ts, the same code npm start and vite preview use.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ASSET_CACHE_CONTROL } from './asset-caching.ts';
import { readRuntimeConfig } from './read-runtime-config.ts';
import type { RuntimeConfig } from './runtime-config-plugin.ts';
import { securityHeaders } from './security-headers.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Netlify and Cloudflare Pages read `_headers` from the published folder. */
export function headersFile(config: RuntimeConfig): string {
  const lines = Object.entries(securityHeaders(config, { https: true })).map(([k, v]) => `  ${k}: ${v}`);
  return `/*\n${lines.join('\n')}\n/config.js\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: ${ASSET_CACHE_CONTROL}\n`;
}

/** Azure Static Web Apps: the same headers, and the SPA fallback its client-side routes need. */
export function staticWebAppConfig(config: RuntimeConfig): string {
  const body = {
    globalHeaders: securityHeaders(config, { https: true }),
    routes: [
      { route: '/config.js', headers: { 'Cache-Control': 'no-cache' } },
      { route: '/assets/*', headers: { 'Cache-Control': ASSET_CACHE_CONTROL } },
    ],
    navigationFallback: { rewrite: '/index.html', exclude: ['/assets/*', '/config.js', '/redirect.html'] },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function deployFiles(config: RuntimeConfig): Record<string, string> {
  return { _headers: headersFile(config), 'staticwebapp.config.json': staticWebAppConfig(config) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const source = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(ROOT, 'public/config.js'));
  const files = deployFiles(readRuntimeConfig(source));
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const target = resolve(ROOT, 'deploy', name);
    if (!check) writeFileSync(target, text);
    else if (readFileSync(target, 'utf8') !== text) {
      console.error(`deploy/${name} is out of date with ${source}: run npm run deploy:headers`);
      stale++;
    }
  }
  if (!check) console.log(`deploy/: headers for ${source}`);
  process.exit(stale ? 1 : 0);
}
