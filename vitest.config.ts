import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A temporary folder per run for builds several test files share (the shipped site).
    globalSetup: ['test/global-setup.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // Fixture sites are real Astro builds; they take tens of seconds each.
    testTimeout: 240_000,
    // Builds write shared files (.astro/), so test files run one at a time.
    fileParallelism: false,
    hookTimeout: 240_000,
  },
});
