import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FixtureBuild } from './build-fixture.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Builds `test/fixtures/<name>/content` with a real `astro build`, like
 * buildFixture, but into a fresh temporary folder: the search tests keep the
 * site open in a browser for a while, and another test run in the same tree
 * must not delete it under them. `remove()` deletes the folder.
 */
export function buildSearchFixture(name: string): FixtureBuild & { remove(): void } {
  const outDir = mkdtempSync(join(tmpdir(), `dti-${name}-`));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, PORTAL_CONTENT_DIR: join(projectRoot, 'test', 'fixtures', name, 'content'), SITE_URL: '', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
