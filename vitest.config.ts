import { defineConfig } from 'vitest/config';

/**
 * Unit tests: the pure core, the plain-Node services of main/, renderer logic without a DOM, and
 * test/ (golden cases and sentence tables, run as data).
 */
export default defineConfig({
  test: {
    include: [
      'app/**/*.test.ts',
      'main/**/*.test.ts',
      'renderer/**/*.test.ts',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
      'audit/**/*.test.ts',
      'e2e/support/**/*.test.ts',
    ],
    // The default summary, then every skipped test by name (and why, when ../shared is absent).
    reporters: ['default', './scripts/skipped-reporter.ts'],
    environment: 'node',
    // The classifier's segmenter (jieba-wasm), registered as the CLI and the Worker register it.
    setupFiles: ['test/setup/tagger.ts', 'test/setup/fast-check.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
