import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** `npm run build`: astro build, then the search index once Astro's process has ended. */
const portalBuild = join(projectRoot, 'scripts', 'build.ts');

/** The outcome of building one fixture site with the project's own src/. */
export interface FixtureBuild {
  status: number | null;
  output: string;
  outDir: string;
  /** Reads a built file, e.g. `read('chi-so/1-2-1/index.html')`. */
  read(path: string): string;
  exists(path: string): boolean;
}

export interface AstroBuildOptions {
  outDir: string;
  /** The content folder (PORTAL_CONTENT_DIR); the shipped content/ when left out. */
  contentDir?: string;
  /** More environment for the build, e.g. PORTAL_TODAY. */
  env?: NodeJS.ProcessEnv;
  /**
   * `astro` (the default) runs `astro build`, which indexes the search in its own
   * process; `npm-run-build` runs what `npm run build` runs (scripts/build.ts).
   */
  command?: 'astro' | 'npm-run-build';
}

/**
 * Runs a real `astro build` of the project in a child process (each build gets
 * a clean config), with colours off and the site's address from its own
 * site.yaml (a SITE_URL in the caller's environment is cleared unless `env` sets one).
 * Every test that builds a site goes through here.
 */
export function runAstroBuild({ outDir, contentDir, env = {}, command = 'astro' }: AstroBuildOptions): FixtureBuild & { milliseconds: number } {
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: '', ...env };
  if (contentDir === undefined) delete buildEnv.PORTAL_CONTENT_DIR;
  else buildEnv.PORTAL_CONTENT_DIR = contentDir;
  const started = performance.now();
  const args = command === 'astro' ? [astroBin, 'build', '--outDir', outDir] : [portalBuild, '--outDir', outDir];
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    env: buildEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    milliseconds: Math.round(performance.now() - started),
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}

/**
 * Builds `test/fixtures/<name>/content` into `test/fixtures/<name>/dist` with a
 * real `astro build`.
 */
export function buildFixture(name: string): FixtureBuild {
  const fixtureDir = join(projectRoot, 'test', 'fixtures', name);
  const outDir = join(fixtureDir, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  return runAstroBuild({ outDir, contentDir: join(fixtureDir, 'content') });
}
