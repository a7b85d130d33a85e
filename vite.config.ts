import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Builds the three renderer apps (wall, console, presenter) into dist/renderer; the hub serves them.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    rollupOptions: {
      input: {
        wall: resolve(import.meta.dirname, 'renderer/wall/index.html'),
        console: resolve(import.meta.dirname, 'renderer/console/index.html'),
        presenter: resolve(import.meta.dirname, 'renderer/presenter/page/index.html'),
      },
    },
  },
});
