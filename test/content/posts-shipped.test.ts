import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { countPostsByUnit } from '../../src/lib/posts/counter.ts';
import { postPillarIds } from '../../src/lib/posts/listing.ts';
import { POSTS_PER_PAGE } from '../../src/lib/posts/paginate.ts';

const root = resolve(import.meta.dirname, '../..');
const content = loadPortalContentFromDir(join(root, 'content'), root);
const posts = content.posts ?? [];
const published = posts.filter((post) => !post.draft);
const postsDir = join(root, 'content', 'posts');

/** Every post file on disk, read without the validation code: folder, date from the name, draft flag. */
function postFiles(dir: string): { unit: string; date: string; draft: boolean; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(dir, folder.name))
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => {
          const text = readFileSync(join(dir, folder.name, name), 'utf8');
          return { unit: folder.name, date: name.slice(0, 10), draft: /^draft: true$/m.test(text.split('\n---')[0] ?? ''), text };
        }),
    );
}

describe('the shipped demonstration posts', () => {
  it('are about sixty, every one marked demo: true', () => {
    expect(published.length).toBeGreaterThanOrEqual(55);
    expect(published.length).toBeLessThanOrEqual(70);
    expect(posts.every((post) => post.demo)).toBe(true);
  });

  it('are spread over city agencies and several wards and communes, leaving some with none', () => {
    const kinds = new Map(content.units.map((unit) => [unit.id, unit.kind]));
    const withPosts = new Set(published.map((post) => post.unit));
    const local = content.units.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune');
    expect([...withPosts].filter((id) => kinds.get(id) === 'agency').length).toBeGreaterThanOrEqual(5);
    expect(local.filter((unit) => withPosts.has(unit.id)).length).toBeGreaterThanOrEqual(5);
    expect(local.filter((unit) => unit.kind === 'ward' && !withPosts.has(unit.id)).length).toBeGreaterThanOrEqual(1);
  });

  it('exercise pagination: one unit past a page, one with exactly a page', () => {
    const counts = [...countPostsByUnit(published, content.site.year).values()];
    expect(published.length).toBeGreaterThan(POSTS_PER_PAGE * 2);
    expect(counts).toContain(POSTS_PER_PAGE + 1);
    expect(counts).toContain(POSTS_PER_PAGE);
  });

  it('relate to real indicators of the plan, across several pillars', () => {
    const ids = new Set(content.indicators.map((indicator) => indicator.id));
    expect(published.every((post) => post.indicators.length > 0 && post.indicators.every((id) => ids.has(id)))).toBe(true);
    for (const id of ['1.4', '1.7', '4.1', '6.4', '8.1']) expect(published.some((post) => post.indicators.includes(id)), id).toBe(true);
    expect(new Set(published.flatMap(postPillarIds)).size).toBeGreaterThanOrEqual(6);
  });

  it('give 1.4 counters equal to the files on disk', () => {
    const files = postFiles(postsDir).filter((file) => !file.draft && file.date.startsWith(`${content.site.year}-`));
    const expected = new Map<string, number>();
    for (const file of files) expected.set(file.unit, (expected.get(file.unit) ?? 0) + 1);
    expect(countPostsByUnit(posts, content.site.year)).toEqual(expected);
  });

  it('include MDX with the allowed components, local images with alt text, and a draft', () => {
    expect(posts.some((post) => post.format === 'mdx')).toBe(true);
    expect(posts.filter((post) => post.cover).every((post) => post.cover?.src.startsWith('./') && post.cover.alt.length > 10)).toBe(true);
    expect(posts.some((post) => post.draft)).toBe(true);
  });
});

describe('scripts/generate-demo-posts.ts', () => {
  const work = mkdtempSync(join(tmpdir(), 'dti-demo-posts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the same files, byte for byte, as the ones shipped', () => {
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    rmSync(join(work, 'content', 'posts'), { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'generate-demo-posts.ts')], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: join(work, 'content') },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const list = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
        .sort();
    const generated = list(join(work, 'content', 'posts'));
    expect(generated).toEqual(list(postsDir));
    for (const path of generated) {
      expect(readFileSync(join(work, 'content', 'posts', path)).equals(readFileSync(join(postsDir, path))), path).toBe(true);
    }
  });
});
