/**
 * Vite config for the renderer only (main, preload and cli are built by esbuild in
 * scripts/build.mjs). `base: './'` makes asset URLs relative, so dist/renderer/index.html
 * loads from file:// in Electron as well as from the test's local HTTP server.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.resolve(import.meta.dirname, 'renderer');

/**
 * The dev server injects an inline React Refresh preamble and talks over a WebSocket; the
 * shipped CSP forbids both. Relax it for `vite serve` only — the built page keeps the strict one.
 */
function devServerCsp(): Plugin {
  return {
    name: 'assistant-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devServerCsp()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline <script>/data: URLs for small assets: the CSP allows only files from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
