/**
 * The renderer's fingerprint: a hash of the drawing code's source, the font
 * files, the library versions and the PNG settings. Any change to these
 * re-renders every image; a change to data re-renders only the images whose
 * models change.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stableStringify } from './cache-key.ts';
import { loadOgFonts } from './fonts-fs.ts';
import { OG_PNG_OPTIONS, rendererVersions } from './render.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The source files that decide how a model is drawn. */
export function drawingSourceFiles(dir = here): string[] {
  const drawDir = join(dir, 'draw');
  const files = readdirSync(drawDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(drawDir, name));
  // text.ts bounds over-long text inside the drawing, so it draws too.
  return [...files, join(dir, 'render.ts'), join(dir, 'model.ts'), join(dir, 'text.ts')];
}

/**
 * @example
 * const fingerprint = rendererFingerprint(); // '5be0…' (64 hex digits)
 */
export function rendererFingerprint(dir = here): string {
  const hash = createHash('sha256');
  for (const file of drawingSourceFiles(dir)) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  const satoriVersion = (createRequire(import.meta.url)('satori/package.json') as { version: string }).version;
  hash.update(stableStringify({ fonts: loadOgFonts().hash, satori: satoriVersion, ...rendererVersions(), png: OG_PNG_OPTIONS }));
  return hash.digest('hex');
}
