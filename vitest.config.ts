import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests sit beside their code. Renderer component tests run in happy-dom;
// everything that needs a real browser lives in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['*.test.ts', 'assets/**/*.test.ts', 'docs/**/*.test.ts', 'src/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'sim/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
