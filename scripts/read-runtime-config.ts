// Reads a config.js (the file a static host serves, public/config.js by default) the way the browser would:
// it is a script that sets window.appConfig, so it runs in an empty sandbox with only `window`.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { RuntimeConfig } from './runtime-config-plugin.ts';

export function parseRuntimeConfig(source: string, file = 'config.js'): RuntimeConfig {
  const sandbox: { window: { appConfig?: Partial<RuntimeConfig> } } = { window: {} };
  runInNewContext(source, sandbox, { filename: file, timeout: 1000 });
  const config = sandbox.window.appConfig;
  for (const key of ['authorityOrigin', 'graphBaseUrl'] as const) {
    const value = config?.[key];
    if (typeof value !== 'string' || !value.startsWith('https://'))
      throw new Error(`${file}: ${key} must be an https:// URL`);
  }
  return config as RuntimeConfig;
}

export function readRuntimeConfig(file: string): RuntimeConfig {
  return parseRuntimeConfig(readFileSync(file, 'utf8'), file);
}
