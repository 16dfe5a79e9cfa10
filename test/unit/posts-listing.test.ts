import rss from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { Indicator, IndicatorTarget } from '../../src/lib/content/schemas/indicator.ts';
import type { Pillar } from '../../src/lib/content/schemas/pillar.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { counterOfUnit, countIndicatorPosts, countPostsByUnit, findPostsIndicator, postsStillNeeded, postTalliesOf } from '../../src/lib/posts/counter.ts';
import { feedText, postsToFeedItems } from '../../src/lib/posts/feed.ts';
import { adjacentPosts, comparePostsNewestFirst, countListedPostsByPillar, postPillarIds, postsOfPillar, postsOfUnit, publishedPosts } from '../../src/lib/posts/listing.ts';
import { newPostPath, newPostText, postSlugFromTitle } from '../../src/lib/posts/new-post.ts';
import { paginate } from '../../src/lib/posts/paginate.ts';
import { validatePosts } from '../../src/lib/posts/validate.ts';

const unit = (id: string, name: string, kind: Unit['kind'], editors: string[] = []): Unit => ({ id, name, kind, aliases: [], editors });
const units = [
  unit('phong-vhtt', 'Phòng Văn hóa và Thông tin', 'agency', ['bientap-vhtt']),
  unit('cong-an-thanh-pho', 'Công an thành phố', 'organization'),
  unit('phuong-tran-phu', 'Phường Trần Phú', 'ward', ['@tranphu', 'bacgiang/phuong-tran-phu']),
  unit('xa-dong-son', 'Xã Đồng Sơn', 'commune'),
];
const post = (unitId: string, date: string, extra: Partial<{ draft: boolean; demo: boolean; slug: string; pillars: number[]; indicators: string[] }> = {}) => ({
  unit: unitId,
  date,
  draft: false,
  demo: false,
  slug: `${unitId}-${date}`,
  pillars: [] as number[],
  indicators: [] as string[],
  ...extra,
});

describe('paginate: the boundaries', () => {
  const url = (n: number) => (n === 1 ? '/tin/' : `/tin/trang/${n}/`);
  it.each([
    [0, [0], [undefined]],
    [1, [1], [undefined]],
    [10, [10], [undefined]],
    [11, [10, 1], ['/tin/trang/2/', undefined]],
    [20, [10, 10], ['/tin/trang/2/', undefined]],
    [21, [10, 10, 1], ['/tin/trang/2/', '/tin/trang/3/', undefined]],
  ])('%i items → pages of %j', (count, sizes, nextUrls) => {
    const pages = paginate(Array.from({ length: count }, (_, index) => index), 10, url);
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.nextUrl)).toEqual(nextUrls);
    expect(pages.every((page) => page.pageCount === sizes.length && page.total === count)).toBe(true);
    expect(pages[0]?.url).toBe('/tin/');
    expect(pages[0]?.prevUrl).toBeUndefined();
  });
  it('numbers items across pages', () => {
    const last = paginate(Array.from({ length: 21 }, (_, index) => index), 10, url).at(-1);
    expect([last?.first, last?.last, last?.prevUrl]).toEqual([21, 21, '/tin/trang/2/']);
    expect(paginate([], 10, url)[0]).toMatchObject({ first: 0, last: 0 });
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses a page size of %s', (size) => {
    expect(() => paginate([1], size, url)).toThrow(TypeError);
  });
});

describe('listing: newest first, drafts out, pillars through indicators', () => {
  const posts = [
    post('phuong-tran-phu', '2024-03-05', { slug: 'b' }),
    post('phuong-tran-phu', '2024-03-05', { slug: 'a' }),
    post('xa-dong-son', '2024-05-01', { slug: 'nhap', draft: true }),
    post('xa-dong-son', '2024-01-02', { slug: 'c', indicators: ['8.1'], pillars: [1] }),
  ];
  it('orders by date, then slug', () => {
    expect(publishedPosts(posts).map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    expect([...posts].sort(comparePostsNewestFirst)[0]?.slug).toBe('nhap');
  });
  it('groups by unit and pillar', () => {
    expect(postsOfUnit(publishedPosts(posts), 'xa-dong-son').map((p) => p.slug)).toEqual(['c']);
    expect(postPillarIds({ pillars: [8, 1], indicators: ['1.4', '4.1', '1.2.1'] })).toEqual([1, 4, 8]);
    expect(postsOfPillar(posts, 8).map((p) => p.slug)).toEqual(['c']);
    expect(postsOfPillar(posts, 2)).toEqual([]);
  });
  it('counts each pillar’s posts in one pass, as the per-pillar lists hold them, a post once per pillar', () => {
    const counts = countListedPostsByPillar(posts);
    for (let pillar = 1; pillar <= 8; pillar++) expect(counts.get(pillar) ?? 0, `pillar ${pillar}`).toBe(postsOfPillar(posts, pillar).length);
    expect(countListedPostsByPillar([{ pillars: [1], indicators: ['1.4', '1.2.1'] }])).toEqual(new Map([[1, 1]]));
    expect(countListedPostsByPillar([])).toEqual(new Map());
  });
  it('finds the newer and older neighbours', () => {
    const sorted = publishedPosts(posts);
    expect(adjacentPosts(sorted, 'b')).toEqual({ newer: sorted[0], older: sorted[2] });
    expect(adjacentPosts(sorted, 'a').newer).toBeUndefined();
    expect(adjacentPosts(sorted, 'khong-co')).toEqual({});
  });
});

describe('the 1.4 counter', () => {
  const posts = [
    post('phuong-tran-phu', '2024-01-01', { demo: true }),
    post('phuong-tran-phu', '2024-12-31'),
    post('phuong-tran-phu', '2023-12-31'), // another year: published, not counted
    post('phuong-tran-phu', '2025-01-01'),
    post('phuong-tran-phu', '2024-06-01', { draft: true }), // draft: never counted
    post('phong-vhtt', '2024-02-01'),
    post('phong-vhtt', '2024-03-01'),
    post('cong-an-thanh-pho', '2024-04-01', { demo: true }),
  ];
  const target = (value: number, appliesTo: IndicatorTarget['appliesTo']): IndicatorTarget => ({
    text: `trên ${value} tin, bài`,
    measure: 'count',
    comparator: '>',
    value,
    noun: 'tin, bài',
    appliesTo,
    source: 'Phụ lục',
  });
  const indicator = { id: '1.4', title: 'Chuyên mục chuyển đổi số', progressSource: 'posts' as const, targets: [target(2, ['city']), target(1, ['ward', 'commune'])] };
  const counterOf = (counted: typeof posts, year = 2024) => countIndicatorPosts({ posts: counted, indicators: [indicator], units, year })!;

  it('counts published posts of the plan year, per unit', () => {
    expect(countPostsByUnit(posts, 2024)).toEqual(new Map([['phuong-tran-phu', 2], ['phong-vhtt', 2], ['cong-an-thanh-pho', 1]]));
    expect(countPostsByUnit(posts, 2023)).toEqual(new Map([['phuong-tran-phu', 1]]));
    expect(countPostsByUnit([], 2024)).toEqual(new Map());
  });

  it('tallies the latest date and demonstration content; a unit without posts has no date', () => {
    const progress = postTalliesOf(counterOf(posts));
    expect(progress.get('phuong-tran-phu')).toEqual({ count: 2, latest: '2024-12-31', demo: true });
    expect(progress.get('phong-vhtt')).toEqual({ count: 3, latest: '2024-04-01', demo: true });
    expect(progress.get('cong-an-thanh-pho')).toEqual(progress.get('phong-vhtt'));
    expect(progress.get('xa-dong-son')).toEqual({ count: 0, demo: false });
    expect(postTalliesOf(undefined)).toEqual(new Map());
  });

  it.each([
    ['phuong-tran-phu', ['phuong-tran-phu']],
    ['phong-vhtt', ['phong-vhtt']],
    ['xa-khong-co', []],
  ])("as %s's page shows it: the city line and that unit's row only", (unitId, rows) => {
    const counter = counterOf(posts);
    const shown = counterOfUnit(counter, unitId)!;
    expect(shown.units.map((row) => row.unit.id)).toEqual(rows);
    expect(shown.city).toBe(counter.city);
    expect(shown.units[0]).toBe(counter.units.find((row) => row.unit.id === unitId));
    expect(counterOfUnit(undefined, unitId)).toBeUndefined();
  });

  it('is undefined without an indicator counted from posts, and leaves out units gone in the plan year', () => {
    expect(countIndicatorPosts({ posts, indicators: [{ ...indicator, progressSource: 'reports' }], units, year: 2024 })).toBeUndefined();
    const merged = { ...units[3]!, validTo: '2023-12-31' };
    const counter = countIndicatorPosts({ posts, indicators: [indicator], units: [...units.slice(0, 3), merged], year: 2024 })!;
    expect(counter.units.map((row) => row.unit.id)).toEqual(['phong-vhtt', 'cong-an-thanh-pho', 'phuong-tran-phu']);
  });

  it('reads the targets from the indicator: the city sums city-level units, each ward or commune has its own', () => {
    const counter = counterOf(posts);
    expect(counter.city).toMatchObject({ count: 3, demoCount: 1, met: true, remaining: 0 });
    expect(counter.city.target?.value).toBe(2);
    expect(counter.city.units.map((entry) => [entry.unit.id, entry.count])).toEqual([['phong-vhtt', 2], ['cong-an-thanh-pho', 1]]);
    expect(counter.units.map((row) => [row.unit.id, row.count, row.target?.value, row.met, row.remaining, row.countsTowardCity])).toEqual([
      ['phong-vhtt', 2, undefined, undefined, undefined, true],
      ['cong-an-thanh-pho', 1, undefined, undefined, undefined, true],
      ['phuong-tran-phu', 2, 1, true, 0, false],
      ['xa-dong-son', 0, 1, false, 2, false],
    ]);
  });

  it.each([
    ['>', 20, 15, 6],
    ['>', 20, 21, 0],
    ['>', 50, 50, 1],
    ['>=', 20, 19, 1],
    ['>=', 20, 25, 0],
  ] as const)('needs %s %i with %i posts: %i more', (comparator, value, count, remaining) => {
    expect(postsStillNeeded({ comparator, value }, count)).toBe(remaining);
  });

  it('finds the indicator counted from posts by its progressSource', () => {
    expect(findPostsIndicator([{ id: '1.3', progressSource: 'reports' }, { id: '1.4', progressSource: 'posts' }] as Indicator[])?.id).toBe('1.4');
    expect(findPostsIndicator([] as Indicator[])).toBeUndefined();
  });
});

describe('feed items', () => {
  it('marks demonstration posts and dates them in Việt Nam', () => {
    const [item] = postsToFeedItems(
      [{ slug: 'ra-mat', title: 'Phường Trần Phú ra mắt chuyên mục', date: '2024-03-05', summary: 'Tóm tắt.', unit: 'phuong-tran-phu', indicators: ['1.4'], demo: true }],
      { unitName: () => 'Phường Trần Phú', link: (slug) => `/chuyen-doi-so/${slug}/` },
    );
    expect(item).toEqual({
      title: 'Phường Trần Phú ra mắt chuyên mục',
      link: '/chuyen-doi-so/ra-mat/',
      pubDate: new Date('2024-03-04T17:00:00Z'),
      description: 'Bài viết minh họa. Tóm tắt.',
      categories: ['Phường Trần Phú', 'Chỉ số 1.4'],
    });
  });

  const HOSTILE = '<img src=x onerror=alert(1)> & "Chuyển đổi số" ]]> <!-- x -->';
  const hostileFeed = async () => {
    const items = postsToFeedItems(
      [{ slug: 'tin', title: HOSTILE, date: '2024-03-05', summary: HOSTILE, unit: 'phuong-tran-phu', indicators: ['1.4'], demo: false }],
      { unitName: () => HOSTILE, link: (slug) => `/chuyen-doi-so/${slug}/` },
    );
    const response = await rss({ title: feedText(`Tin của ${HOSTILE}`, 'tiêu đề kênh'), description: 'Mô tả', site: 'https://cong.example.vn', items, customData: '<language>vi</language>', trailingSlash: true });
    return response.text();
  };

  it('writes markup in titles, summaries and categories as text: well-formed XML, no element, the same characters for a reader', async () => {
    const xml = await hostileFeed();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xml) as {
      rss: { channel: { title: string; item: { title: string; description: string; category: string[] } } };
    };
    const { channel } = feed.rss;
    expect(channel.title).toBe(`Tin của ${HOSTILE}`);
    expect(channel.item.title).toBe(HOSTILE);
    expect(channel.item.category).toEqual([HOSTILE, 'Chỉ số 1.4']);
    // The description is HTML for RSS readers: parsed as a browser would, it is one text node with the summary's characters.
    const fragment = parseFragment(channel.item.description);
    expect(fragment.childNodes.map((node) => node.nodeName)).toEqual(['#text']);
    expect((fragment.childNodes[0] as { value: string }).value).toBe(HOSTILE);
    expect(xml).not.toContain('content:encoded');
    expect(xml).not.toContain('<img');
  });

  it.each([
    ['\u0000', 'U+0000'],
    ['\u000B', 'U+000B'],
    ['\uD800', 'U+D800'],
    ['\uFFFF', 'U+FFFF'],
  ])('refuses to write %j, which XML cannot carry, naming the post and the character', (character, named) => {
    expect(() =>
      postsToFeedItems([{ slug: 'tin', title: `Tin${character}`, date: '2024-03-05', summary: 'Tóm tắt.', unit: 'phuong-tran-phu', indicators: [], demo: false }], {
        unitName: () => 'Phường Trần Phú',
        link: (slug) => `/chuyen-doi-so/${slug}/`,
      }),
    ).toThrow(`Không thể ghi tiêu đề của bài "tin" vào nguồn tin RSS: có ký tự ${named} ở vị trí 4`);
  });
});

describe('new posts: slugs from Vietnamese titles, and frontmatter that validates', () => {
  it.each([
    ['Phường Trần Phú ra mắt chuyên mục Chuyển đổi số', 'phuong-tran-phu-ra-mat-chuyen-muc-chuyen-doi-so'],
    ['Đồng Sơn: đẩy mạnh dịch vụ công trực tuyến', 'dong-son-day-manh-dich-vu-cong-truc-tuyen'],
    ['Đồng Sơn: đẩy mạnh dịch vụ công trực tuyến'.normalize('NFD'), 'dong-son-day-manh-dich-vu-cong-truc-tuyen'],
    ['Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10', 'huong-ung-ngay-chuyen-doi-so-quoc-gia-10-10'],
    ['Trang', 'trang-bai-viet'],
    [`Hội nghị ${'tập huấn kỹ năng số '.repeat(6)}`, 'hoi-nghi-tap-huan-ky-nang-so-tap-huan-ky-nang-so-tap-huan-ky-nang-so-tap-huan-ky'],
  ])('%j → %s', (title, slug) => {
    expect(postSlugFromTitle(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('keeps clear of slugs already taken', () => {
    expect(postSlugFromTitle('Tập huấn', new Set(['tap-huan', 'tap-huan-2']))).toBe('tap-huan-3');
  });

  it.each(['md', 'mdx'] as const)('writes a %s file that passes validation as it is', (format) => {
    const input = { unit: 'xa-dong-son', title: 'Xã Đồng Sơn: "Tổ công nghệ số" ra quân', date: '2024-07-01', format, indicators: ['4.1'] };
    const path = newPostPath(input, postSlugFromTitle(input.title));
    expect(path).toBe(`xa-dong-son/2024-07-01-xa-dong-son-to-cong-nghe-so-ra-quan.${format}`);
    const issues: ContentIssue[] = [];
    const posts = validatePosts(
      { dir: 'content/posts', files: [{ path, file: `content/posts/${path}`, text: newPostText(input) }], assets: [] },
      { units, pillars: [{ id: 4 }] as Pillar[], indicators: [{ id: '4.1' }] as Indicator[], unitsFile: 'content/units.yaml' },
      issues,
    );
    expect(issues).toEqual([]);
    expect(posts[0]).toMatchObject({ title: 'Xã Đồng Sơn: "Tổ công nghệ số" ra quân', summary: input.title, indicators: ['4.1'], draft: false, demo: false });
  });
});
