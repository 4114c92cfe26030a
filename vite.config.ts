import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compressedAssetsPlugin } from './scripts/compressed-assets-plugin.ts';
import { securityHeadersPlugin } from './scripts/security-headers-plugin.ts';

export default defineConfig({
  // The security headers apply to `vite preview` and `npm start` (scripts/security-headers.ts), which also
  // serve the built assets the way a static host does (compressed once, cached for a year).
  plugins: [react(), securityHeadersPlugin(), compressedAssetsPlugin()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    // Parallel local runs build side by side; CI and npm start use dist/.
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    // .vite/manifest.json maps each route module to its chunks: the bundle budget check reads it.
    manifest: true,
    // The shell (React, MUI, MSAL, the router) is about 600 kB minified and 172 kB gzip. Its size is held by
    // npm run check:bundle's per-route gzip budgets; Vite's raw-size warning at 500 kB would only repeat it.
    chunkSizeWarningLimit: 650,
    rollupOptions: {
      // The redirect bridge is its own page: MSAL lands there after sign-in and in silent iframes.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        redirect: resolve(import.meta.dirname, 'redirect.html'),
      },
      // Seven hash characters rather than eight (Rolldown asks for more once there are many more chunks): still unique per content, and the shell names about a hundred
      // chunks (its preload lists), where hash characters do not compress.
      output: {
        entryFileNames: 'assets/[name]-[hash:7].js',
        chunkFileNames: 'assets/[name]-[hash:7].js',
        assetFileNames: 'assets/[name]-[hash:7][extname]',
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup.ts'],
  },
});
