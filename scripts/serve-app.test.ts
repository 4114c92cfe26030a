import { Agent, get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PreviewServer } from 'vite';
import { serveApp } from './serve-app.ts';

const ROOT = resolve(import.meta.dirname, '..');
let outDir: string;
let server: PreviewServer;
let origin: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'serve-app-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>app</title>');
  server = await serveApp({
    root: ROOT,
    port: 0,
    config: {
      authorityOrigin: 'https://localhost:1',
      tenant: 'organizations',
      clientId: '00000000-0000-0000-0000-000000000001',
      graphBaseUrl: 'https://localhost:1',
    },
    vite: { build: { outDir } },
  });
  origin = `http://localhost:${(server.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

function fetchWith(agent: Agent, path: string) {
  return new Promise<{ status: number; reusedSocket: boolean }>((done, fail) => {
    const request = get(`${origin}${path}`, { agent }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode!, reusedSocket: request.reusedSocket }));
    });
    request.on('error', fail);
  });
}

// A connection the server closed while idle is what a keep-alive client can meet mid-request (ECONNRESET);
// past Node's default 5 idle seconds, it must still be open for the client's next request.
it('keeps an idle keep-alive connection open for the client to reuse', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect((await fetchWith(agent, '/config.js')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await fetchWith(agent, '/config.js')).toEqual({ status: 200, reusedSocket: true });
  } finally {
    agent.destroy();
  }
}, 20_000);
