// Reads a config.js (the file a static host serves, public/config.js by default) the way the browser would:
// it is a script that sets window.appConfig, so it runs in an empty sandbox with only `window`. It is checked
// by the app's own start-up rules (src/lib/config.ts), so a build refuses what the app would refuse.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { readAppConfig } from '../src/lib/config.ts';
import type { RuntimeConfig } from './runtime-config-plugin.ts';

export function parseRuntimeConfig(source: string, file = 'config.js'): RuntimeConfig {
  const sandbox: { window: { appConfig?: Partial<RuntimeConfig> } } = { window: {} };
  runInNewContext(source, sandbox, { filename: file, timeout: 1000 });
  try {
    return readAppConfig(sandbox.window.appConfig);
  } catch (error) {
    throw new Error(String((error as Error).message).replace(/^config\.js/, file), { cause: error });
  }
}

export function readRuntimeConfig(file: string): RuntimeConfig {
  return parseRuntimeConfig(readFileSync(file, 'utf8'), file);
}
