/**
 * The layers of src/lib only point down (issue 13): content → validation → model → view models →
 * pages and images. Read from the real import graph: every import of every module under src/lib.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = resolve(import.meta.dirname, '../../src/lib');

/**
 * The layers, lowest first. A module belongs to the first layer with a prefix it starts with
 * (longest prefix wins); it may import its own layer and those below it, never one above.
 */
const LAYERS: { name: string; prefixes: string[] }[] = [
  // cache-keys/hash.ts is the one hash of every cache key (pages and images); build-log.ts reads Astro's log;
  // memo.ts keeps what is derived from an object, for any layer.
  { name: 'text and formats', prefixes: ['text/', 'format/', 'security/', 'cache-keys/hash.ts', 'cache-keys/build-log.ts', 'memo.ts'] },
  { name: 'content vocabulary', prefixes: ['content/'] },
  // routes.ts (and nav.ts, built on it) builds addresses from indicator ids; site-url-fs.ts reads the site's address from content/.
  { name: 'plan and units', prefixes: ['plan/', 'units/', 'routes.ts', 'nav.ts', 'site-url-fs.ts'] },
  { name: 'features', prefixes: ['ownership/', 'plan-document/', 'progress/', 'posts/', 'documents/', 'english/', 'links/', 'dashboard/', 'meta/', 'search/', 'site-map/', 'timeline/', 'changes/', 'audit/', 'priorities/', 'scorecards/', 'distribution/', 'page-budget/'] },
  // The loading that orchestrates the feature checks.
  { name: 'loading', prefixes: ['loading/'] },
  { name: 'portal model', prefixes: ['portal/'] },
  // Projections of the model that view models hand to pages: search metadata, open-data files, what an image draws.
  { name: 'projections', prefixes: ['cms/', 'comparison/', 'reports-xlsx/', 'search/portal-meta.ts', 'search/filter-options.ts', 'open-data/', 'og/model.ts', 'og/figures.ts', 'og/text.ts', 'og/describe.ts', 'og/share-links.ts', 'calendar/'] },
  { name: 'view models', prefixes: ['views/'] },
  { name: 'image pipeline', prefixes: ['og/'] },
  // The routes' cache keys hash their view models (issue 18).
  { name: 'cache keys', prefixes: ['cache-keys/'] },
];

function layerOf(module: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((layer, index) => {
    for (const prefix of layer.prefixes) {
      if (module.startsWith(prefix) && prefix.length > bestLength) {
        best = index;
        bestLength = prefix.length;
      }
    }
  });
  return best;
}

function modules(dir = lib): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [relative(lib, path).split(sep).join('/')] : [];
  });
}

/** Every module specifier a file imports or re-exports, type-only ones included (they are dependencies too). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

/** Source without comments, so an example in a doc comment is not read as code. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const graph = modules().map((module) => {
  const source = code(readFileSync(join(lib, module), 'utf8'));
  return { module, source, imports: importsOf(source) };
});

describe('src/lib architecture', () => {
  it('reads a real graph', () => {
    expect(graph.length).toBeGreaterThan(100);
    expect(graph.find((entry) => entry.module === 'views/units.ts')?.imports).toContain('../portal/model.ts');
  });

  it('puts every module in a layer', () => {
    expect(graph.filter((entry) => layerOf(entry.module) < 0).map((entry) => entry.module)).toEqual([]);
  });

  it('imports nothing from astro', () => {
    const offenders = graph.flatMap((entry) => entry.imports.filter((specifier) => specifier === 'astro' || specifier.startsWith('astro/') || specifier.startsWith('astro:')).map((specifier) => `${entry.module} → ${specifier}`));
    expect(offenders).toEqual([]);
  });

  it('uses the file system and process only in *-fs.ts modules', () => {
    const offenders = graph
      .filter((entry) => !entry.module.endsWith('-fs.ts'))
      .flatMap((entry) => [
        ...entry.imports.filter((specifier) => /^(node:)?fs(\/promises)?$/.test(specifier)).map((specifier) => `${entry.module} → ${specifier}`),
        ...(/\bprocess\s*\.|\bfrom\s+['"](node:)?process['"]/.test(entry.source) ? [`${entry.module} uses process`] : []),
      ]);
    expect(offenders).toEqual([]);
  });

  it('never imports from a higher layer', () => {
    const upward = graph.flatMap((entry) =>
      entry.imports
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(lib, resolve(join(lib, dirname(entry.module)), specifier)).split(sep).join('/'))
        .filter((target) => layerOf(target) > layerOf(entry.module))
        .map((target) => `${entry.module} (${LAYERS[layerOf(entry.module)]?.name}) → ${target} (${LAYERS[layerOf(target)]?.name})`),
    );
    expect(upward).toEqual([]);
  });

  it('catches an upward import when there is one', () => {
    // The rule itself: a content schema importing the portal model would be reported.
    expect(layerOf('content/schemas/unit.ts')).toBeLessThan(layerOf('portal/model.ts'));
    expect(layerOf('views/unit.ts')).toBeGreaterThan(layerOf('portal/model.ts'));
    expect(layerOf('og/plan.ts')).toBeGreaterThan(layerOf('views/layout.ts'));
    expect(layerOf('og/model.ts')).toBeLessThan(layerOf('views/layout.ts'));
  });
});
