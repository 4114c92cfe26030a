import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, PreviewServer } from 'vite';
import { ASSET_CACHE_CONTROL, isHashedAssetPath } from './asset-caching.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

interface Compressed {
  mtimeMs: number;
  body: Buffer;
}

/**
 * Serves the built JavaScript and CSS under /assets/ gzipped once, as a static host or CDN does, and cacheable
 * for a year (ASSET_CACHE_CONTROL). `vite preview` alone compresses every response again and asks browsers to
 * revalidate each file. Anything else (other files, a client without gzip) falls through to it.
 */
export function compressedAssetsMiddleware(distDir: string) {
  const cache = new Map<string, Compressed>();
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    // Not decoded: built names are plain ASCII, and a malformed escape must fall through, not throw.
    const path = (req.url ?? '').split('?')[0] ?? '';
    const type = TYPES[extname(path)];
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!type || !acceptsGzip || !isHashedAssetPath(path) || (req.method !== 'GET' && req.method !== 'HEAD'))
      return next();
    const file = resolve(distDir, `.${path}`);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return next();
    }
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) };
      cache.set(file, entry);
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': entry.body.length,
      'Cache-Control': ASSET_CACHE_CONTROL,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  };
}

export function compressedAssetsPlugin(): Plugin {
  return {
    name: 'compressed-assets',
    configurePreviewServer(server: PreviewServer): void {
      const distDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(compressedAssetsMiddleware(distDir));
    },
  };
}
