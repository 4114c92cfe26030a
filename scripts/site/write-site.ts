// A ready-to-upload site for one tenant: the built app, its config.js, and the static host's header files.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { readRuntimeConfig } from '../read-runtime-config.ts';
import type { RuntimeConfig } from '../runtime-config-plugin.ts';
import { hostHeaderFiles } from './host-headers.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface SiteOptions {
  configFile: string;
  outDir: string;
}

/** Checks the config first (a refused config builds nothing), then builds into `outDir` and adds the files. */
export async function buildSite({ configFile, outDir }: SiteOptions): Promise<RuntimeConfig> {
  const config = readRuntimeConfig(configFile);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  copyFileSync(configFile, join(outDir, 'config.js'));
  for (const [name, text] of Object.entries(hostHeaderFiles(config))) writeFileSync(join(outDir, name), text);
  return config;
}

/** The address operators will open the site at: https, or http on this machine only. */
export function readOrigin(value: string): string {
  if (!URL.canParse(value)) throw new Error(`--origin: ${JSON.stringify(value)} is not a URL`);
  const url = new URL(value);
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local)
    throw new Error(`--origin must be an https:// address (Entra accepts http only for localhost)`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`--origin is the site's address alone, with no path (${value})`);
  return url.origin;
}
