// The built app on a local port, with the runtime config.js for a given authority and Graph: `npm start`'s
// app server, and the end-to-end suite's.
import type { Server } from 'node:http';
import { preview, type InlineConfig, type PreviewServer } from 'vite';
import { runtimeConfigPlugin, type RuntimeConfig } from './runtime-config-plugin.ts';

export interface AppServerOptions {
  root: string;
  port: number;
  config: RuntimeConfig;
  /** Overrides of Vite's own configuration (tests point `build.outDir` at a folder of their own). */
  vite?: InlineConfig;
}

export async function serveApp({ root, port, config, vite }: AppServerOptions): Promise<PreviewServer> {
  const server = await preview({
    ...vite,
    root,
    preview: { port, strictPort: true, host: 'localhost' },
    plugins: [runtimeConfigPlugin(config)],
    logLevel: 'warn',
  });
  keepIdleConnectionsOpen(server.httpServer as Server);
  return server;
}

/**
 * Node closes a keep-alive connection after 5 idle seconds. A client that sends its next request on that
 * connection at the moment it closes gets a reset ("socket hang up"): browsers resend such a request, Node's
 * HTTP agents (Playwright's request interception among them) do not, and on a loaded machine the two sides'
 * timers drift far enough apart to meet it. The client decides when an idle connection ends; `close()` still
 * ends idle connections at shutdown.
 */
function keepIdleConnectionsOpen(server: Server) {
  server.keepAliveTimeout = 0;
}
