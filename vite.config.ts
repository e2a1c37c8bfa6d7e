import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://127.0.0.1:3000';

/**
 * Builds the browser app from `web/` into `dist/web`, one chunk per page (see
 * web/src/lazy-pages.tsx) with brotli and gzip copies beside each file; the dev server proxies
 * the API.
 */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/p': { target: apiTarget, changeOrigin: false },
      '/cal': { target: apiTarget, changeOrigin: false },
      '/verify': { target: apiTarget, changeOrigin: false },
      '/.well-known': { target: apiTarget, changeOrigin: false },
    },
  },
});
