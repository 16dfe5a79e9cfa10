import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAstroBuild, type FixtureBuild } from './build-fixture.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Builds `test/fixtures/<name>/content` with a real `astro build`, like
 * buildFixture, but into a fresh temporary folder: the search tests keep the
 * site open in a browser for a while, and another test run in the same tree
 * must not delete it under them. `remove()` deletes the folder.
 */
export function buildSearchFixture(name: string): FixtureBuild & { remove(): void } {
  const outDir = mkdtempSync(join(tmpdir(), `dti-${name}-`));
  const site = runAstroBuild({ outDir, contentDir: join(projectRoot, 'test', 'fixtures', name, 'content') });
  return { ...site, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
