import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { routeSizes, type Manifest, type RouteSize } from './route-bundles.ts';

/** Gzip sizes of the routes of a finished build (level 9, as Vite's own report). */
export function measureBuild(outDir: string): RouteSize[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return routeSizes(manifest, (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
}
