import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { inject } from 'vitest';
import { runAstroBuild, type FixtureBuild } from './build-fixture.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** A build of the shipped content/ in a temporary folder; `remove()` deletes it. */
export interface ShippedBuild extends FixtureBuild {
  /** Wall time of the `astro build`, in milliseconds. */
  milliseconds: number;
  remove(): void;
}

/**
 * Builds the shipped `content/` with a real `astro build` into a fresh
 * temporary folder (never the tree's dist/, which other work may be serving).
 *
 * `coldCache: true` builds with empty caches: the content is reached through
 * a symlink in the temporary folder (PORTAL_CONTENT_DIR), which gives the
 * build its own Astro cacheDir there, so the data store, optimised images and
 * social images are all made from scratch (astro.config.mjs). The default
 * build uses the project's cache, as `npm run build` does. `command` as in runAstroBuild.
 */
export function buildShippedSite({ coldCache = false, command }: { coldCache?: boolean; command?: 'astro' | 'npm-run-build' } = {}): ShippedBuild {
  const work = mkdtempSync(join(tmpdir(), 'dti-quality-'));
  let contentDir: string | undefined;
  if (coldCache) {
    contentDir = join(work, 'content');
    symlinkSync(join(projectRoot, 'content'), contentDir, 'dir');
    mkdirSync(join(work, '.cache'));
  }
  const site = runAstroBuild({ outDir: join(work, 'dist'), contentDir, command });
  return { ...site, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * The shipped site built once per test run and shared by every test file that
 * only reads it (vitest's globalSetup, test/global-setup.ts, removes it at the
 * end): the first caller builds it, the others reuse the build and its log.
 * Test files run one at a time (vitest.config.ts), so two never build it at once.
 * `remove()` does nothing: the run owns the folder.
 */
export function sharedShippedSite(): ShippedBuild {
  const dir = join(inject('sharedBuildsDir'), 'shipped');
  const outDir = join(dir, 'dist');
  const record = join(dir, 'build.json');
  let saved: Pick<ShippedBuild, 'status' | 'output' | 'milliseconds'>;
  if (existsSync(record)) {
    saved = JSON.parse(readFileSync(record, 'utf8')) as typeof saved;
  } else {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const site = runAstroBuild({ outDir });
    saved = { status: site.status, output: site.output, milliseconds: site.milliseconds };
    writeFileSync(record, JSON.stringify(saved));
  }
  return {
    ...saved,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    remove: () => {},
  };
}

/** Every file under `dir`, relative with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** How two built trees differ: files only on one side, and files whose bytes differ. */
export interface TreeDiff {
  files: number;
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

/** Compares two folders byte for byte (SHA-256 of every file). */
export function diffTrees(first: string, second: string): TreeDiff {
  const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  return {
    files: a.length,
    onlyInFirst: a.filter((file) => !inB.has(file)),
    onlyInSecond: b.filter((file) => !inA.has(file)),
    differing: a.filter((file) => inB.has(file) && hash(join(first, file)) !== hash(join(second, file))),
  };
}
