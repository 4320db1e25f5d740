// The web UI build: Preact through vite's own JSX transform (oxc), every asset bundled into
// dist/web, which `tidende serve` serves. No CDN, no Babel.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // The world map is one bundled chunk of its own, loaded only by pages that draw it.
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/feeds': 'http://127.0.0.1:8080' } },
});
