/** Issue 18, point 3: a list's later pages show nothing of their own, so they share its first page's image. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { paginate } from '../../src/lib/posts/paginate.ts';
import type { Post } from '../../src/lib/posts/schema.ts';
import { newsIndexPages, newsIndexView, newsPillarPages, newsPillarView, newsUnitPages, newsUnitView } from '../../src/lib/views/news.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));

// Every list of the shipped content, as [name, its pages' layouts]; a list of one page is made longer
// by paginating its posts two at a time, so every kind of list is tried with later pages.
const twoPerPage = (posts: Post[], url: (number?: number) => string) => paginate(posts, 2, (number) => url(number));
const lists = [
  ['tin chuyển đổi số', newsIndexPages(model).map((page) => newsIndexView(model, page).layout)],
  ...model.pillars.map((pillar) => {
    const pages = newsPillarPages(model).filter((entry) => entry.pillar.id === pillar.id).map((entry) => entry.page);
    const longer = pages.length > 1 ? pages : twoPerPage(pages[0]?.items ?? [], (number) => `/chuyen-doi-so/tru-cot/${pillar.slug}/${number && number > 1 ? `trang/${number}/` : ''}`);
    return [`trụ cột ${pillar.id}`, longer.map((page) => newsPillarView(model, pillar.id, page).layout)] as const;
  }),
  ...newsUnitPages(model)
    .filter((entry) => entry.page.number === 1 && entry.page.items.length > 2)
    .slice(0, 3)
    .map(({ unit, page }) => [unit.name, twoPerPage(page.items, () => '').map((later) => newsUnitView(model, unit.id, later).layout)] as const),
] as const;

describe('the social image of a list’s pages', () => {
  it('tries lists with later pages', () => {
    expect(lists.filter(([, layouts]) => layouts.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it.each(lists)('%s: page 1 has its own image; every later page shares it, with its own title', (_name, layouts) => {
    const [first, ...later] = layouts;
    expect(first?.imageOf).toBeUndefined();
    for (const layout of later) {
      expect(layout.imageOf).toMatch(/^\/chuyen-doi-so\/(?:tru-cot\/[a-z0-9-]+\/|don-vi\/[a-z0-9-]+\/)?$/);
      expect(layout.image).toEqual(first?.image);
      expect(layout.title).not.toBe(first?.title);
      expect(layout.title).toMatch(/\(trang \d+\)$/);
    }
  });
});
