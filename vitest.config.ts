import { defineConfig } from 'vitest/config';

/** Unit tests: the pure core, the plain-Node services of main/, and renderer logic without a DOM. */
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
