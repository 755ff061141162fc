import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer as a static web app: same code as in Electron, with the browser implementation of window.api. */
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 5199, strictPort: true },
  server: { host: '127.0.0.1', port: 5199, strictPort: true },
});
