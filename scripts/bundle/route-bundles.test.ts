import { describe, expect, it } from 'vitest';
import { initialFiles, routeSizes, type Manifest } from './route-bundles.ts';

// The shape Vite writes: the entry and a lazy page share a vendor chunk; the page also lazy-loads a chart.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/main.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/page.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js', imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_grid.js': { file: 'assets/grid.js', imports: ['_vendor.js'] },
  'src/page.tsx': {
    file: 'assets/page.js',
    imports: ['_grid.js', '_vendor.js'],
    dynamicImports: ['src/chart.tsx'],
  },
  'src/chart.tsx': { file: 'assets/chart.js' },
};

describe('initialFiles', () => {
  it('is the entry and its static imports for the shell', () => {
    expect(initialFiles(manifest, { name: 'Shell' })).toEqual(
      new Set(['assets/main.js', 'assets/vendor.js', 'assets/runtime.js']),
    );
  });

  it('adds the route chunk and its static imports once each, but not what it loads lazily', () => {
    expect(initialFiles(manifest, { name: 'Page', module: 'src/page.tsx' })).toEqual(
      new Set([
        'assets/main.js',
        'assets/vendor.js',
        'assets/runtime.js',
        'assets/page.js',
        'assets/grid.js',
      ]),
    );
  });

  it('adds what the route loads alongside its chunk when asked for the complete page', () => {
    const complete = initialFiles(manifest, {
      name: 'Page',
      module: 'src/page.tsx',
      alongside: ['src/chart.tsx'],
    });
    expect(complete.has('assets/chart.js')).toBe(true);
    expect(complete.size).toBe(6);
  });

  it('fails loudly when a route module is missing from the manifest', () => {
    expect(() => initialFiles(manifest, { name: 'Gone', module: 'src/gone.tsx' })).toThrow(/src\/gone\.tsx/);
  });
});

describe('routeSizes', () => {
  it('sums the sizes of each route’s files', () => {
    const sizes = {
      'assets/main.js': 100,
      'assets/vendor.js': 50,
      'assets/runtime.js': 1,
      'assets/page.js': 20,
      'assets/grid.js': 30,
    };
    const result = routeSizes(manifest, (f) => sizes[f as keyof typeof sizes] ?? 0, [
      { name: 'Shell' },
      { name: 'Page', module: 'src/page.tsx' },
    ]);
    expect(result).toEqual([
      { name: 'Shell', bytes: 151, files: 3 },
      { name: 'Page', bytes: 201, files: 5 },
    ]);
  });
});
