import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The outcome of building one fixture site with the project's own src/. */
export interface FixtureBuild {
  status: number | null;
  output: string;
  outDir: string;
  /** Reads a built file, e.g. `read('chi-so/1-2-1/index.html')`. */
  read(path: string): string;
  exists(path: string): boolean;
}

/**
 * Builds `test/fixtures/<name>/content` into `test/fixtures/<name>/dist` with a
 * real `astro build`, in a child process so each fixture gets a clean config.
 */
export function buildFixture(name: string): FixtureBuild {
  const fixtureDir = join(projectRoot, 'test', 'fixtures', name);
  const outDir = join(fixtureDir, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, PORTAL_CONTENT_DIR: join(fixtureDir, 'content'), SITE_URL: '' , NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}
