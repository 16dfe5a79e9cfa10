/**
 * The image models of the previous build, kept beside the image cache. With
 * Astro's incremental build (docs/adr/0015-incremental-builds.md) a page whose
 * cache key is unchanged is copied, not rendered, so it records no image model
 * (records.ts); its model is then the one it recorded last time, which is the
 * same: the model is part of the view the page key hashes. The records are
 * tied to the Astro manifest they were written with: when they do not match
 * it (a build that failed between the two, a cache restored in part), the
 * manifest is removed, so Astro renders every page and every page records.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OgImageModel } from './model.ts';

const RECORDS_FILE = 'page-records.json';
const VERSION = 1;

interface StoredRecords {
  version: number;
  /** The sha-256 of Astro's manifest when these records were written, or null when there was none. */
  astroManifest: string | null;
  records: Record<string, OgImageModel>;
}

function manifestHash(astroManifestFile: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(astroManifestFile)).digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The records of the previous build when they belong to Astro's current manifest; otherwise none, and the
 * manifest is removed so that this build renders (and records) every page.
 * @example const previous = loadPageRecords('node_modules/.astro/og', 'node_modules/.astro/incremental-build.json');
 */
export function loadPageRecords(cacheDir: string, astroManifestFile: string): { records: Map<string, OgImageModel>; reset: boolean } {
  const current = manifestHash(astroManifestFile);
  let stored: StoredRecords | undefined;
  try {
    const parsed = JSON.parse(readFileSync(join(cacheDir, RECORDS_FILE), 'utf8')) as StoredRecords;
    if (parsed.version === VERSION && parsed.records && typeof parsed.records === 'object') stored = parsed;
  } catch {
    stored = undefined;
  }
  if (stored && stored.astroManifest === current) return { records: new Map(Object.entries(stored.records)), reset: false };
  if (current !== null) rmSync(astroManifestFile, { force: true });
  return { records: new Map(), reset: current !== null };
}

/**
 * Keeps this build's records with the hash of the manifest Astro has just written.
 * @example savePageRecords(cacheDir, manifestFile, new Map([['/', homeModel]]));
 */
export function savePageRecords(cacheDir: string, astroManifestFile: string, records: ReadonlyMap<string, OgImageModel>): void {
  const stored: StoredRecords = { version: VERSION, astroManifest: manifestHash(astroManifestFile), records: Object.fromEntries([...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  mkdirSync(cacheDir, { recursive: true });
  const temporary = join(cacheDir, `${RECORDS_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(stored));
  renameSync(temporary, join(cacheDir, RECORDS_FILE));
}
