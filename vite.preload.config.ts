import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Bundles the wall window's preload into one CommonJS file: a sandboxed preload can require() nothing
// but 'electron', so the shared contract it imports (src/protocol/shell-bridge.ts) must be inlined.
export default defineConfig({
  build: {
    lib: {
      entry: resolve(import.meta.dirname, 'main/shell/preload/wall.ts'),
      formats: ['cjs'],
      fileName: () => 'wall.cjs',
    },
    outDir: resolve(import.meta.dirname, 'dist/preload'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    target: 'chrome120',
    rolldownOptions: { external: ['electron'] },
  },
});
