import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PreviewServer } from 'vite';
import { readRuntimeConfig } from './read-runtime-config.ts';
import type { RuntimeConfig } from './runtime-config-plugin.ts';
import { headersForPath } from './security-headers.ts';

/**
 * Sends the security headers from every response of `vite preview` (and of `npm start`, which uses it), the
 * redirect bridge's without the opener policy (security-headers.ts).
 * The CSP names the authority and Graph of the config.js actually served: the runtime-config plugin's when
 * `npm start` serves one for its emulator, otherwise the built config.js. Not applied to the dev server,
 * whose hot reload needs inline script.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server: PreviewServer): void {
      const served = server.config.plugins.find((p) => p.name === 'runtime-config')?.api as
        { config: RuntimeConfig } | undefined;
      const built = resolve(server.config.root, server.config.build.outDir, 'config.js');
      const config = served?.config ?? (existsSync(built) ? readRuntimeConfig(built) : undefined);
      if (!config) throw new Error(`security headers: no config.js at ${built}; build first`);
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersForPath(path, config))) res.setHeader(name, value);
        next();
      });
    },
  };
}
