import { defineConfig } from 'vitest/config';

/*
 * Two projects (test/README.md says where a new test goes), `logic` first, then `sites`:
 * - `logic`: test/unit/, plain TypeScript over the domain code and the shipped content, files in parallel
 *   on every core (vitest's default is one worker less than the cores: one, on a 2-core machine).
 *   Nothing here may run `astro build` or read the shared shipped build.
 * - `sites`: test/content/ (the real CLIs and builds over the corpora) and test/build/ (fixture sites built
 *   with the real `astro build`, the shared shipped build, Chromium), one file at a time, because builds
 *   write shared files (.astro/) and Chromium runs are timed. Its globalSetup makes the run's folder for
 *   the shared shipped build (sharedShippedSite(), built once per run by the first file that asks).
 */
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // Fixture sites are real Astro builds; they take tens of seconds each.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: ['test/unit/**/*.test.ts'],
          fileParallelism: true,
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'sites',
          include: ['test/content/**/*.test.ts', 'test/build/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
