import type { Plugin } from 'vite';

export interface RuntimeConfig {
  authorityOrigin: string;
  tenant: string;
  clientId: string;
  graphBaseUrl: string;
}

/** Serves /config.js for the emulator the app was started with, so its port can change without a rebuild. */
export function runtimeConfigPlugin(config: RuntimeConfig): Plugin {
  const body = `// Served by npm start for the local emulator.\nwindow.appConfig = ${JSON.stringify(config, null, 2)};\n`;
  // Returns nothing: a function returned from these hooks would be run as a post-hook by Vite.
  const serve = (server: {
    middlewares: {
      use: (
        path: string,
        handler: (req: unknown, res: import('node:http').ServerResponse) => void,
      ) => unknown;
    };
  }): void => {
    server.middlewares.use('/config.js', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
    });
  };
  // `api` lets the security-headers plugin derive the CSP from this same configuration.
  return { name: 'runtime-config', api: { config }, configurePreviewServer: serve, configureServer: serve };
}
