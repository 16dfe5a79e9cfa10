import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import type { PortalContent } from '../../src/lib/loading/load.ts';
import type { Post } from '../../src/lib/posts/schema.ts';
import { ogCacheKey, stableStringify } from '../../src/lib/og/cache-key.ts';
import { describeOgImage } from '../../src/lib/og/describe.ts';
import type { OgImageModel } from '../../src/lib/og/model.ts';
import { ogImagePath, planOgImages } from '../../src/lib/og/plan.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { simplePageView } from '../../src/lib/views/layout.ts';
import { siteImageModels } from '../../src/lib/views/site-images.ts';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'test', 'fixtures', 'og-site', 'content');
const load = () => loadPortalContentFromDir(contentDir, root);
const modelsOf = (content: PortalContent) => siteImageModels(createPortalModel(content));
/** The pages whose image would be rendered again after `change`. */
function changedImages(change: (content: PortalContent) => void): string[] {
  const before = modelsOf(load());
  const content = load();
  change(content);
  const after = modelsOf(content);
  const key = (model: OgImageModel | undefined) => (model ? ogCacheKey(model, 'fingerprint') : undefined);
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => key(before.get(path)) !== key(after.get(path))).sort();
}

describe('ogImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/chi-so/1-2-1/', '/og/chi-so/1-2-1.png'],
    ['/don-vi/phuong-tran-phu/', '/og/don-vi/phuong-tran-phu.png'],
    ['/chuyen-doi-so/trang/2/', '/og/chuyen-doi-so/trang/2.png'],
    ['/404/', '/og/404.png'],
    ['/404.html', '/og/404.png'],
    ['/en/index.html', '/og/en.png'],
  ])('%s → %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });

  it('refuses a relative path', () => {
    expect(() => ogImagePath('chi-so/')).toThrow('ogImagePath: cần đường dẫn bắt đầu bằng "/", nhưng nhận được "chi-so/".');
  });
});

describe('image models', () => {
  const models = modelsOf(load());

  it('gives each kind of page its own design', () => {
    expect(
      Object.fromEntries(
        ['/', '/ke-hoach/', '/tru-cot/nhan-thuc-so/', '/chi-so/1-2-1/', '/don-vi/xa-dong-son/', '/chuyen-doi-so/ra-mat-chuyen-muc/'].map((path) => [path, models.get(path)?.kind]),
      ),
    ).toEqual({
      '/': 'home',
      '/ke-hoach/': 'plan',
      '/tru-cot/nhan-thuc-so/': 'pillar',
      '/chi-so/1-2-1/': 'indicator',
      '/don-vi/xa-dong-son/': 'unit',
      '/chuyen-doi-so/ra-mat-chuyen-muc/': 'post',
    });
  });

  it('draws an indicator: id, plain title, lead units by name, status and completion', () => {
    expect(models.get('/chi-so/1-2-1/')).toEqual({
      kind: 'indicator',
      frame: { siteName: 'Cổng thử nghiệm Đồng Sơn', asOf: '15/03/2024', demo: false },
      id: '1.2.1',
      title: 'Tham gia họp đầy đủ (<3 buổi vắng & >90% số buổi)',
      pillar: '1. Nhận thức số',
      lead: 'Phòng Văn hóa và Thông tin',
      status: { status: 'not-reported', label: 'Chưa báo cáo' },
      completion: { percent: 0, label: '0,0%' },
    });
  });

  it('draws a ward with its posts against the 1.4 target, read from 1.4’s assignment', () => {
    const unit = models.get('/don-vi/phuong-tran-phu/');
    expect(unit?.kind === 'unit' && unit.posts).toEqual({ indicatorId: '1.4', count: 2, target: 'trên 2 tin, bài', met: false, percent: 99 });
    expect(unit?.kind === 'unit' && unit.name).toBe('Phường Trần Phú');
  });

  it('draws a post: headline, unit name and date', () => {
    expect(models.get('/chuyen-doi-so/nguoi-dan-dung-dich-vu-cong/')).toEqual({
      kind: 'post',
      frame: { siteName: 'Cổng thử nghiệm Đồng Sơn', asOf: '15/03/2024', demo: false },
      title: 'Đồng Sơn: ưu tiên hướng dẫn người dân sử dụng ứng dụng định danh điện tử, thủ tục trực tuyến ở nhà văn hóa thôn',
      unit: 'Xã Đồng Sơn',
      date: '10/03/2024',
    });
  });

  it('puts the portal name and the date of the figures on every image, and in every alt text', () => {
    for (const model of models.values()) {
      expect(model.frame).toMatchObject({ siteName: 'Cổng thử nghiệm Đồng Sơn', asOf: '15/03/2024' });
      expect(describeOgImage(model)).toContain('Cổng thử nghiệm Đồng Sơn, số liệu tính đến 15/03/2024.');
    }
  });

  it('stores text in NFC', () => {
    for (const model of models.values()) {
      const text = stableStringify(model);
      expect(text.normalize('NFC')).toBe(text);
    }
  });

  it('falls back to the generic design with the page’s own title and description', () => {
    const portal = createPortalModel(load());
    expect(simplePageView(portal, { title: 'Liên hệ', description: 'Địa chỉ,  điện thoại' }).layout.image).toEqual({
      kind: 'page',
      frame: { siteName: 'Cổng thử nghiệm Đồng Sơn', asOf: '15/03/2024', demo: false },
      title: 'Liên hệ',
      description: 'Địa chỉ, điện thoại',
    });
  });

  it('plans one job per image from the models the pages recorded; later list pages share their first page’s; other reuse is reported', () => {
    const records = modelsOf(load());
    const frame = { siteName: 'Cổng thử nghiệm Đồng Sơn', asOf: '15/03/2024', demo: false };
    const page = (path: string, imagePath = ogImagePath(path)) => ({ path, imagePath, title: path, description: '' });
    const { jobs, shared, duplicates, unrecorded } = planOgImages({
      records,
      frame,
      pages: [
        // A sharer listed before its owner: the owner still draws.
        page('/chuyen-doi-so/trang/2/', '/og/index.png'),
        page('/'),
        page('/chi-so/1-1/'),
        page('/lien-he/'),
        // Two pages announcing an image that neither owns: the first draws it, the second is reported.
        page('/mot/', '/og/chung.png'),
        page('/hai/', '/og/chung.png'),
      ],
    });
    expect(jobs.map((job) => [job.imagePath, job.model.kind])).toEqual([
      ['/og/index.png', 'home'],
      ['/og/chi-so/1-1.png', 'indicator'],
      ['/og/lien-he.png', 'page'],
      ['/og/chung.png', 'page'],
    ]);
    // The job draws the very object the page recorded.
    expect(jobs[1]?.model).toBe(records.get('/chi-so/1-1/'));
    expect(jobs[0]?.model).toBe(records.get('/'));
    expect(shared.map((entry) => entry.path)).toEqual(['/chuyen-doi-so/trang/2/']);
    expect(duplicates.map((entry) => entry.path)).toEqual(['/hai/']);
    expect(unrecorded.map((entry) => entry.path)).toEqual(['/lien-he/', '/mot/']);
    expect(jobs[2]?.model).toEqual({ kind: 'page', frame, title: '/lien-he/', description: '' });
  });

  it('marks the image as demonstration data when the portal or its figures are', () => {
    const content = load();
    content.site = { ...content.site, demo: true };
    for (const model of modelsOf(content).values()) expect(model.frame.demo).toBe(true);
  });
});

describe('what a content change re-renders', () => {
  const post = (content: PortalContent, slug: string): Post => {
    const found = content.posts?.find((candidate) => candidate.slug === slug);
    if (!found) throw new Error(`no post ${slug}`);
    return found;
  };

  it('a post’s new title: that post’s image only', () => {
    expect(changedImages((content) => Object.assign(post(content, 'ra-mat-chuyen-muc'), { title: 'Phường Trần Phú ra mắt chuyên mục mới' }))).toEqual([
      '/chuyen-doi-so/ra-mat-chuyen-muc/',
    ]);
  });

  it('a post’s new summary or body: nothing (no image draws them)', () => {
    expect(changedImages((content) => Object.assign(post(content, 'ra-mat-chuyen-muc'), { summary: 'Tóm tắt khác.' }))).toEqual([]);
  });

  it('a new ward post that meets the 1.4 target: the post, its ward, 1.4 and the aggregates its figures feed', () => {
    const changed = changedImages((content) => {
      const base = post(content, 'ra-mat-chuyen-muc');
      content.posts = [...(content.posts ?? []), { ...base, slug: 'bai-moi', title: 'Bài mới', date: '2024-03-12', path: 'phuong-tran-phu/2024-03-12-bai-moi.md' }];
    });
    // Home shows tasks done; the plan image shows only the city's completion,
    // which this post does not move at one decimal, so it stays cached.
    expect(changed).toEqual(['/', '/chi-so/1-4/', '/chuyen-doi-so/bai-moi/', '/don-vi/phuong-tran-phu/', '/tru-cot/nhan-thuc-so/']);
  });

  it('a draft: nothing', () => {
    const changed = changedImages((content) => {
      const base = post(content, 'ra-mat-chuyen-muc');
      content.posts = [...(content.posts ?? []), { ...base, slug: 'nhap', title: 'Nháp', draft: true }];
    });
    expect(changed).toEqual([]);
  });

  it('a new date of the figures: every image', () => {
    const before = modelsOf(load());
    expect(changedImages((content) => Object.assign(content.site, { asOf: '2024-03-16' }))).toHaveLength(before.size);
  });
});
