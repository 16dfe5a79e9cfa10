import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { FixtureBuild } from './build-fixture.ts';

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
 * build uses the project's cache, as `npm run build` does.
 */
export function buildShippedSite({ coldCache = false }: { coldCache?: boolean } = {}): ShippedBuild {
  const work = mkdtempSync(join(tmpdir(), 'dti-quality-'));
  const outDir = join(work, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (coldCache) {
    symlinkSync(join(projectRoot, 'content'), join(work, 'content'), 'dir');
    mkdirSync(join(work, '.cache'));
    env.PORTAL_CONTENT_DIR = join(work, 'content');
  } else {
    delete env.PORTAL_CONTENT_DIR;
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env,
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
    remove: () => rmSync(work, { recursive: true, force: true }),
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
