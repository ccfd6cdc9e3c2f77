/**
 * Builds the renderer. The same files are served from Electron's app://homeward/ and from the
 * web host on http://127.0.0.1:PORT/, so every asset path is relative (base './').
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // Fonts must stay files: a strict CSP may forbid data: URLs for fonts.
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
