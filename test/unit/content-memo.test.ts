import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentValidationError } from '../../src/lib/content/errors.ts';
import { loadPortalContent } from '../../src/lib/loading/load.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';

// Count the real validations behind each load.
vi.mock('../../src/lib/loading/load.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/loading/load.ts')>();
  return { ...actual, loadPortalContent: vi.fn(actual.loadPortalContent) };
});
const validations = () => vi.mocked(loadPortalContent).mock.calls.length;

const fixture = resolve(import.meta.dirname, '../fixtures/posts-site/content');

describe('validating the same content twice in one process (one build asks five times)', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-memo-'));
  const contentDir = join(root, 'content');
  cpSync(fixture, contentDir, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const load = () => loadPortalContentFromDir(contentDir, root, { today: '2024-12-31' });
  const sitePath = join(contentDir, 'site.yaml');

  it('validates unchanged content once, however often it is asked for', () => {
    const before = validations();
    load();
    load();
    // Astro hands its root over with a trailing slash; the same folders, however written, are the same content.
    loadPortalContentFromDir(`${contentDir}/`, `${root}/`, { today: '2024-12-31' });
    expect(validations() - before).toBe(1);
  });

  it('gives each caller its own copy: changing one does not change the next', () => {
    const first = load();
    const name = first.site.name;
    first.site.name = 'Đã sửa trong bộ nhớ';
    first.units.length = 0;
    const second = load();
    expect(second.site.name).toBe(name);
    expect(second.units.length).toBeGreaterThan(0);
    expect(second).not.toBe(first);
  });

  it('validates again when a file changes, and never serves a remembered result for invalid content', () => {
    const original = readFileSync(sitePath, 'utf8');
    const before = load();
    const counted = validations();
    writeFileSync(sitePath, original.replace(/^name: .*$/m, 'name: Cổng đã đổi tên'));
    expect(load().site.name).toBe('Cổng đã đổi tên');
    expect(validations()).toBe(counted + 1);
    writeFileSync(sitePath, original.replace(/^year: .*$/m, 'year: hai nghìn'));
    expect(load).toThrow(ContentValidationError);
    writeFileSync(sitePath, original);
    expect(load()).toEqual(before);
  });

  it('judges dates against the day it is given, not a remembered day', () => {
    const latest = (load().posts ?? []).map((post) => post.date).sort().at(-1) ?? '';
    expect(latest).toMatch(/^2024-/);
    // The day before the latest post: that post is now in the future, whatever was validated before.
    const dayBefore = new Date(Date.parse(`${latest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(() => loadPortalContentFromDir(contentDir, root, { today: dayBefore })).toThrow(ContentValidationError);
    expect(() => load()).not.toThrow();
  });
});
