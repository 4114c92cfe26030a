import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_CACHE_CONTROL } from './asset-caching.ts';
import { compressedAssetsMiddleware } from './compressed-assets-plugin.ts';

const dist = mkdtempSync(join(tmpdir(), 'compressed-assets-'));
mkdirSync(join(dist, 'assets'));
const SCRIPT = 'export const answer = 42;\n'.repeat(200);
writeFileSync(join(dist, 'assets', 'main-abc123.js'), SCRIPT);
writeFileSync(join(dist, 'config.js'), 'window.appConfig = {};');

let server: Server;
let base: string;
beforeAll(async () => {
  const middleware = compressedAssetsMiddleware(dist);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.writeHead(418);
      res.end('fell through');
    }),
  );
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

// Node's fetch would decompress by itself: read the raw body.
async function get(path: string, encoding: string) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request(`${base}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('compressedAssetsMiddleware', () => {
  it('serves a hashed script gzipped, typed and cacheable for a year', async () => {
    const res = await get('/assets/main-abc123.js?v=1', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe(ASSET_CACHE_CONTROL);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
  });

  it('leaves unhashed files, missing files, other methods and clients without gzip to the server behind', async () => {
    expect((await get('/config.js', 'gzip')).status).toBe(418);
    expect((await get('/assets/missing-000.js', 'gzip')).status).toBe(418);
    expect((await get('/assets/main-abc123.js', 'identity')).status).toBe(418);
    expect((await get('/assets/../config.js', 'gzip')).status).toBe(418);
    expect((await get('/assets/%E0%A4%A.js', 'gzip')).status).toBe(418);
  });
});
