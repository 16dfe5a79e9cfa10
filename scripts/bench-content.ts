/**
 * Synthetic content for the build benchmark (scripts/bench-build.ts): the
 * shipped content/ grown to a given number of wards and communes and of news
 * posts, reproducibly (the same scale gives the same files).
 *
 * - The plan, pillars, indicators, documents, links and site.yaml are the shipped ones.
 * - Wards and communes are added to units.yaml (10 wards for every 6 communes, as in
 *   the city) until there are `wardsAndCommunes`; every indicator led by "UBND các
 *   phường, xã" then assigns all of them, as the real appendix would.
 * - Every added ward or commune gets the progress reports of a shipped ward (or
 *   commune): every indicator it leads, with evidence and history ("full progress reports").
 * - Posts are the shipped posts, copied round-robin to every unit with a new date
 *   in the plan year and a slug of their own, until there are `posts` (Markdown and
 *   MDX in the shipped proportion, cover images copied beside them).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** One scale of the benchmark. */
export interface ContentScale {
  name: string;
  /** Wards and communes in units.yaml (the shipped content has 16). */
  wardsAndCommunes: number;
  /** News posts in content/posts/ (the shipped content has 64). */
  posts: number;
}

/** Shipped size, about 10× and about 100× (issue 7), by the key `--scales` takes. */
export const BENCH_SCALES: Record<string, ContentScale> = {
  1: { name: 'shipped', wardsAndCommunes: 16, posts: 64 },
  10: { name: '~10×', wardsAndCommunes: 160, posts: 1_000 },
  100: { name: '~100×', wardsAndCommunes: 1_600, posts: 10_000 },
};

interface UnitEntry {
  id: string;
  name: string;
  kind: string;
  [key: string]: unknown;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A post of the shipped content, read once. */
interface PostTemplate {
  folder: string;
  slug: string;
  extension: string;
  text: string;
  /** Files beside the post that it refers to (cover, images in the body). */
  assets: string[];
}

function readPostTemplates(postsDir: string): PostTemplate[] {
  const templates: PostTemplate[] = [];
  for (const folder of readdirSync(postsDir).sort()) {
    const dir = join(postsDir, folder);
    const files = readdirSync(dir).sort();
    for (const name of files) {
      const match = /^\d{4}-\d{2}-\d{2}-(.+)\.(mdx?)$/.exec(name);
      if (!match?.[1] || !match[2]) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      templates.push({ folder, slug: match[1], extension: match[2], text, assets: files.filter((asset) => !/\.mdx?$/.test(asset) && text.includes(`./${asset}`)) });
    }
  }
  return templates;
}

/**
 * Writes the synthetic content of `scale` to `outDir/content` (replacing it).
 * @returns What was written, for the benchmark's report.
 */
export function generateBenchContent(sourceContent: string, outDir: string, scale: ContentScale): { units: number; wardsAndCommunes: number; posts: number; progressFiles: number } {
  const contentDir = join(outDir, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  for (const entry of readdirSync(sourceContent)) {
    if (entry !== 'posts') cpSync(join(sourceContent, entry), join(contentDir, entry), { recursive: true });
  }
  const site = parse(readFileSync(join(sourceContent, 'site.yaml'), 'utf8')) as { asOf: string; year: number };

  const unitsFile = parse(readFileSync(join(sourceContent, 'units.yaml'), 'utf8')) as { units: UnitEntry[]; groups: unknown[] };
  const local = unitsFile.units.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune');
  const added: UnitEntry[] = [];
  for (let index = local.length; index < scale.wardsAndCommunes; index += 1) {
    const number = String(index + 1).padStart(4, '0');
    const ward = index % 16 < 10;
    added.push({ id: `${ward ? 'phuong' : 'xa'}-thu-nghiem-${number}`, name: `${ward ? 'Phường' : 'Xã'} Thử Nghiệm ${number}`, kind: ward ? 'ward' : 'commune' });
  }
  unitsFile.units.push(...added);
  writeFileSync(join(contentDir, 'units.yaml'), stringify(unitsFile, { lineWidth: 0 }));

  // Full progress reports: each added unit reports as the shipped ward or commune with the most reports.
  const progressDir = join(contentDir, 'progress');
  const reportsOf = (id: string) => (existsSync(join(progressDir, `${id}.yaml`)) ? readFileSync(join(progressDir, `${id}.yaml`), 'utf8') : '');
  const template = (kind: string) =>
    local
      .filter((unit) => unit.kind === kind)
      .map((unit) => ({ unit, text: reportsOf(unit.id) }))
      .sort((a, b) => b.text.split('- indicator:').length - a.text.split('- indicator:').length)[0];
  const templates = { ward: template('ward'), commune: template('commune') };
  for (const unit of added) {
    const source = templates[unit.kind as 'ward' | 'commune'];
    if (!source?.text) continue;
    writeFileSync(join(progressDir, `${unit.id}.yaml`), source.text.replace(new RegExp(`^unit: ${source.unit.id}$`, 'm'), `unit: ${unit.id}`));
  }

  // Posts: the shipped ones, then copies spread over every unit and over the plan year up to asOf.
  const posts = readPostTemplates(join(sourceContent, 'posts'));
  const postsDir = join(contentDir, 'posts');
  cpSync(join(sourceContent, 'posts'), postsDir, { recursive: true });
  const authors = unitsFile.units.filter((unit) => !unit.validTo && !unit.validFrom).map((unit) => unit.id);
  const yearStart = `${site.year}-01-01`;
  const span = daysBetween(yearStart, site.asOf) + 1;
  for (let index = posts.length; index < scale.posts; index += 1) {
    const post = posts[index % posts.length] as PostTemplate;
    const unit = authors[index % authors.length] as string;
    const date = addDays(yearStart, (index * 7_919) % span);
    const text = post.text.replace(/^date: .*$/m, `date: ${date}`).replace(/^unit: .*$/m, `unit: ${unit}`);
    const dir = join(postsDir, unit);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${date}-${post.slug}-${index}.${post.extension}`), text);
    for (const asset of post.assets) {
      if (!existsSync(join(dir, asset))) cpSync(join(sourceContent, 'posts', post.folder, asset), join(dir, asset));
    }
  }
  return {
    units: unitsFile.units.length,
    wardsAndCommunes: local.length + added.length,
    posts: Math.max(scale.posts, posts.length),
    progressFiles: readdirSync(progressDir).length,
  };
}
