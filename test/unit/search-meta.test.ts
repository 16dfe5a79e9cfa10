import { describe, expect, it } from 'vitest';
import { resolvePagefindOptions, DEFAULT_PAGEFIND_OPTIONS } from '../../src/integrations/pagefind/options.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { EFFECTIVE_STATUSES } from '../../src/lib/content/schemas/taxonomies.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { filterLabels, searchFilterChoices } from '../../src/lib/search/filter-options.ts';
import { joinUnitNames, latestDate, searchMetaTags } from '../../src/lib/search/page-meta.ts';
import { SEARCH_FILTERS, SEARCH_PAGE_TYPES } from '../../src/lib/search/page-types.ts';
import {
  documentSearchMeta,
  indicatorSearchMeta,
  infoPageSearchMeta,
  pillarSearchMeta,
  planSearchMeta,
  postSearchMeta,
  unitSearchMeta,
} from '../../src/lib/search/portal-meta.ts';

const model = createPortalModel(loadPortalContentFromDir('content'));

describe('searchMetaTags', () => {
  it('puts ids in filters, display text in metadata, and the date in the sort key', () => {
    expect(
      searchMetaTags({
        type: 'indicator',
        title: 'Chỉ số 6.13: Hồ sơ công việc',
        date: '2024-10-06',
        unitIds: ['phong-noi-vu', 'phuong-tran-phu', 'phong-noi-vu'],
        unitsText: 'Phòng Nội vụ; UBND các phường, xã',
        pillarSlugs: ['hoat-dong-chinh-quyen-so'],
        status: 'overdue',
        demo: true,
      }),
    ).toEqual([
      { kind: 'filter', name: 'type', content: 'indicator' },
      { kind: 'filter', name: 'unit', content: 'phong-noi-vu' },
      { kind: 'filter', name: 'unit', content: 'phuong-tran-phu' },
      { kind: 'filter', name: 'pillar', content: 'hoat-dong-chinh-quyen-so' },
      { kind: 'filter', name: 'status', content: 'overdue' },
      { kind: 'filter', name: 'year', content: '2024' },
      { kind: 'meta', name: 'title', content: 'Chỉ số 6.13: Hồ sơ công việc' },
      { kind: 'meta', name: 'type', content: 'indicator' },
      { kind: 'meta', name: 'units', content: 'Phòng Nội vụ; UBND các phường, xã' },
      { kind: 'meta', name: 'date', content: '2024-10-06' },
      { kind: 'meta', name: 'status', content: 'overdue' },
      { kind: 'meta', name: 'demo', content: 'true' },
      { kind: 'sort', name: 'date', content: '2024-10-06' },
    ]);
  });

  it('leaves out what a page does not have', () => {
    expect(searchMetaTags({ type: 'document', title: 'Nghị định' })).toEqual([
      { kind: 'filter', name: 'type', content: 'document' },
      { kind: 'meta', name: 'title', content: 'Nghị định' },
      { kind: 'meta', name: 'type', content: 'document' },
    ]);
  });

  it.each(['2024-02', '2022'])('accepts the partial date %s', (date) => {
    expect(searchMetaTags({ type: 'plan', title: 'Kế hoạch', date }).at(-1)).toEqual({ kind: 'sort', name: 'date', content: date });
  });

  it('refuses a date it cannot sort, in Vietnamese', () => {
    expect(() => searchMetaTags({ type: 'post', title: 'Tin', date: '05/03/2024' })).toThrow(
      'searchMetaTags: ngày "05/03/2024" không hợp lệ; cần dạng YYYY-MM-DD, YYYY-MM hoặc YYYY, ví dụ "2024-03-05".',
    );
  });
});

describe('helpers', () => {
  it.each([
    [['2024-03-01', '2024-09-30', undefined, '2024-05-02'], '2024-09-30'],
    [[], '2024-10-15'],
    [[undefined], '2024-10-15'],
  ] as const)('latestDate(%j)', (dates, latest) => {
    expect(latestDate(dates, '2024-10-15')).toBe(latest);
  });

  it.each([
    [['Phòng A', 'Phòng B'], 3, 'Phòng A; Phòng B'],
    [['Phòng A', 'Phòng A'], 3, 'Phòng A'],
    [['A', 'B', 'C', 'D', 'E'], 3, 'A; B; C và 2 đơn vị khác'],
  ] as const)('joinUnitNames(%j, %i)', (names, max, text) => {
    expect(joinUnitNames(names, max)).toBe(text);
  });
});

describe('the metadata of each kind of page, from the shipped content', () => {
  it('files indicator 6.13 under its pillar, its lead units (groups expanded) and its status', () => {
    const meta = indicatorSearchMeta(model, model.getIndicator('6.13')!);
    expect(meta).toMatchObject({ type: 'indicator', pillarSlugs: ['hoat-dong-chinh-quyen-so'] });
    expect(meta.title).toMatch(/^Chỉ số 6\.13: 90% hồ sơ công việc/);
    expect(meta.unitIds).toEqual(expect.arrayContaining(['phuong-tran-phu', 'xa-dong-son']));
    expect(meta.unitIds).toHaveLength(model.leadUnitsOf(model.getIndicator('6.13')!).length);
    expect(EFFECTIVE_STATUSES).toContain(meta.status);
    expect(meta.date! <= model.site.asOf).toBe(true);
  });

  it('gives a parent (1.2) its children’s latest report date and the demo flag of their reports', () => {
    const meta = indicatorSearchMeta(model, model.getIndicator('1.2')!);
    expect(meta.status).toBe(model.progress.indicators.get('1.2')?.status);
    expect(typeof meta.demo).toBe('boolean');
  });

  it('files a ward page under the ward and the pillars of the rows it leads', () => {
    const meta = unitSearchMeta(model, model.getUnit('phuong-tran-phu')!);
    expect(meta).toMatchObject({ type: 'unit', title: 'Phường Trần Phú', unitIds: ['phuong-tran-phu'], unitsText: 'Phường Trần Phú' });
    expect(meta.pillarSlugs).toContain('nhan-thuc-so');
  });

  it('dates pillars and information pages by the figures’ date', () => {
    expect(pillarSearchMeta(model, model.getPillar(5)!)).toEqual({
      type: 'pillar',
      title: 'Trụ cột 5: An toàn thông tin mạng',
      date: model.site.asOf,
      pillarSlugs: ['an-toan-thong-tin-mang'],
    });
    expect(infoPageSearchMeta(model, 'Liên hệ')).toEqual({ type: 'page', title: 'Liên hệ', date: model.site.asOf });
  });

  it('files a post under its unit and pillars, with its own date and demo flag', () => {
    expect(postSearchMeta(model, { title: 'Ra mắt chuyên mục', date: '2024-03-05', unit: 'phuong-tran-phu', pillarIds: [1, 8], demo: true })).toEqual({
      type: 'post',
      title: 'Ra mắt chuyên mục',
      date: '2024-03-05',
      unitIds: ['phuong-tran-phu'],
      unitsText: 'Phường Trần Phú',
      pillarSlugs: ['nhan-thuc-so', 'hoat-dong-xa-hoi-so'],
      demo: true,
    });
  });

  it('dates the plan by its month and a document by its date, or the year in its number', () => {
    expect(planSearchMeta('Kế hoạch', '2024-02')).toEqual({ type: 'plan', title: 'Kế hoạch', date: '2024-02' });
    expect(documentSearchMeta('Nghị định 42/2022/NĐ-CP', { number: '42/2022/NĐ-CP' })).toEqual({ type: 'document', title: 'Nghị định 42/2022/NĐ-CP', date: '2022' });
    expect(documentSearchMeta('Kế hoạch 14/KH-UBND', { number: '14/KH-UBND', date: '2024-01-17' }).date).toBe('2024-01-17');
    expect(documentSearchMeta('Công văn 5/CV', { number: '5/CV' })).toEqual({ type: 'document', title: 'Công văn 5/CV' });
  });
});

describe('the search form’s choices', () => {
  const choices = searchFilterChoices(model);

  it('offers every filter, in order, each with its URL parameter', () => {
    expect(choices.map((choice) => [choice.key, choice.param])).toEqual(SEARCH_FILTERS.map((filter) => [filter.key, filter.param]));
  });

  it('lists every page type, the 8 pillars, every status, and the units of the plan year grouped by kind', () => {
    const values = (key: string) => choices.find((choice) => choice.key === key)!.groups.flatMap((group) => group.options.map((option) => option.value));
    expect(values('type')).toEqual([...SEARCH_PAGE_TYPES]);
    expect(values('pillar')).toHaveLength(8);
    expect(values('status')).toEqual([...EFFECTIVE_STATUSES]);
    expect(values('unit')).toContain('phuong-tran-phu');
    const unitGroups = choices.find((choice) => choice.key === 'unit')!.groups.map((group) => group.label);
    expect(unitGroups).toContain('Phường');
    expect(unitGroups).toContain('Xã');
    expect(filterLabels(choices).unit?.['phuong-tran-phu']).toBe('Phường Trần Phú');
    expect(filterLabels(choices).pillar?.['nhan-thuc-so']).toBe('1. Nhận thức số');
  });
});

describe('the integration’s options', () => {
  it('has defaults', () => {
    expect(resolvePagefindOptions()).toEqual(DEFAULT_PAGEFIND_OPTIONS);
    expect(resolvePagefindOptions({ concurrency: 4 }).concurrency).toBe(4);
  });

  it.each([
    [{ outputSubdir: '../ra-ngoai' }, 'pagefind: outputSubdir "../ra-ngoai" cần là tên một thư mục, ví dụ "pagefind".'],
    [{ excludeSelectors: ['nav', ''] }, 'pagefind: excludeSelectors cần là danh sách bộ chọn CSS, ví dụ ["nav", ".print-only"].'],
    [{ language: 'vie' }, 'pagefind: language "vie" cần là mã ngôn ngữ ISO 639-1, ví dụ "vi".'],
    [{ concurrency: 0 }, 'pagefind: concurrency cần là số nguyên dương, ví dụ 32; nhận được 0.'],
  ])('refuses %j', (options, message) => {
    expect(() => resolvePagefindOptions(options)).toThrow(message);
  });
});
