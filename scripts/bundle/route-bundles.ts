/**
 * Initial JavaScript per route, from Vite's build manifest: what the browser must fetch before a route
 * can draw. Budgets are per route, not per chunk name, because rolldown names shared chunks after an
 * arbitrary module inside them (STACK.md).
 */

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface Route {
  name: string;
  /** The route's lazily imported module as the manifest keys it; none for the shell alone. */
  module?: string;
  /** Modules the route loads beside its chunk and needs for a complete page (the Overview's charts). */
  alongside?: readonly string[];
}

export const ENTRY = 'index.html';

// The router lazy-loads each page (src/app/router.tsx); these are its route modules.
export const ROUTES: readonly Route[] = [
  { name: 'Shell' },
  { name: 'Overview', module: 'src/features/overview/routes/overview-page.tsx' },
  // The Overview draws its figures first; Recharts arrives beside the page (src/app/router.tsx).
  {
    name: 'Overview + charts',
    module: 'src/features/overview/routes/overview-page.tsx',
    alongside: ['src/features/overview/components/overview-charts.ts'],
  },
  { name: 'Usage', module: 'src/features/usage/routes/usage-page.tsx' },
  { name: 'Users list', module: 'src/features/users/routes/registration-list-page.tsx' },
  { name: 'User page', module: 'src/features/user-methods/routes/user-page.tsx' },
];

/** A chunk and everything it imports statically: what loading it costs (dynamic imports excluded). */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/** The JS files of the entry plus, for a page, its route chunk and that chunk's static imports. */
export function initialFiles(manifest: Manifest, route: Route): Set<string> {
  const files = staticClosure(manifest, ENTRY);
  if (route.module) staticClosure(manifest, route.module, files);
  for (const module of route.alongside ?? []) staticClosure(manifest, module, files);
  return new Set([...files].filter((f) => f.endsWith('.js')));
}

export interface RouteSize {
  name: string;
  bytes: number;
  files: number;
}

export function routeSizes(
  manifest: Manifest,
  sizeOf: (file: string) => number,
  routes: readonly Route[] = ROUTES,
): RouteSize[] {
  return routes.map((route) => {
    const files = initialFiles(manifest, route);
    return { name: route.name, files: files.size, bytes: [...files].reduce((sum, f) => sum + sizeOf(f), 0) };
  });
}
