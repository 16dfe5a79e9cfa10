import { describe, expect, it } from 'vitest';
import { DUBLIN_CORE_ELEMENTS, createDublinCore, type DublinCoreInput } from '../../src/lib/meta/dublin-core.ts';
import { getLanguageAlternates } from '../../src/lib/meta/alternates.ts';
import { telHref } from '../../src/lib/meta/contact.ts';
import { createPageMeta } from '../../src/lib/meta/page-meta.ts';
import type { Site } from '../../src/lib/content/schemas/site.ts';

const input: DublinCoreInput = {
  title: 'Chỉ số 1.4: Chuyên mục chuyển đổi số',
  creator: 'Phòng Văn hóa và Thông tin thành phố Bắc Giang',
  date: '2024-10-15',
  description: 'Cổng thông tin điện tử có chuyên mục riêng về chuyển đổi số',
  publisher: 'Ủy ban nhân dân thành phố Bắc Giang',
  identifier: 'https://chuyendoiso.bacgiang.example/chi-so/1-4/',
  language: 'vi',
};

describe('createDublinCore', () => {
  it('writes the seven elements in order', () => {
    expect(createDublinCore(input)).toEqual([
      { name: 'DC.title', content: 'Chỉ số 1.4: Chuyên mục chuyển đổi số' },
      { name: 'DC.creator', content: 'Phòng Văn hóa và Thông tin thành phố Bắc Giang' },
      { name: 'DC.date', content: '2024-10-15' },
      { name: 'DC.description', content: 'Cổng thông tin điện tử có chuyên mục riêng về chuyển đổi số' },
      { name: 'DC.publisher', content: 'Ủy ban nhân dân thành phố Bắc Giang' },
      { name: 'DC.identifier', content: 'https://chuyendoiso.bacgiang.example/chi-so/1-4/' },
      { name: 'DC.language', content: 'vi' },
    ]);
    expect(DUBLIN_CORE_ELEMENTS).toHaveLength(7);
  });

  it.each([
    ['NFD input becomes NFC', { title: 'Đổi mới Phường Trần Phú'.normalize('NFD') }, 'DC.title', 'Đổi mới Phường Trần Phú'],
    ['whitespace and line breaks collapse', { description: '  Kế hoạch\n  nâng cao   DTI ' }, 'DC.description', 'Kế hoạch nâng cao DTI'],
    ['đ and tone marks are kept', { creator: 'Văn phòng HĐND-UBND thành phố' }, 'DC.creator', 'Văn phòng HĐND-UBND thành phố'],
    ['an English page', { language: 'en', title: 'Digital Transformation of Bắc Giang City' }, 'DC.title', 'Digital Transformation of Bắc Giang City'],
  ])('%s', (_name, override, element, expected) => {
    const tags = createDublinCore({ ...input, ...override });
    expect(tags.find((tag) => tag.name === element)?.content).toBe(expected);
    expect(tags.every((tag) => tag.content === tag.content.normalize('NFC'))).toBe(true);
  });

  it.each([
    [{ title: '  ' }, 'createDublinCore: thiếu DC.title; cần một đoạn chữ không rỗng, nhưng nhận được "  ".'],
    [{ creator: undefined as unknown as string }, 'createDublinCore: thiếu DC.creator; cần một đoạn chữ không rỗng, nhưng nhận được undefined.'],
    [{ date: '15/10/2024' }, 'createDublinCore: DC.date phải là một ngày có thật dạng YYYY-MM-DD, ví dụ "2024-10-15", nhưng nhận được "15/10/2024".'],
    [{ date: '2023-02-29' }, 'createDublinCore: DC.date phải là một ngày có thật dạng YYYY-MM-DD, ví dụ "2024-10-15", nhưng nhận được "2023-02-29".'],
    [{ identifier: '/chi-so/1-4/' }, 'createDublinCore: DC.identifier phải là địa chỉ đầy đủ của trang, ví dụ "https://example.vn/chi-so/", nhưng nhận được "/chi-so/1-4/".'],
    [{ language: 'Tiếng Việt' }, 'createDublinCore: DC.language phải là mã ngôn ngữ như "vi" hoặc "en", nhưng nhận được "Tiếng Việt".'],
  ])('rejects %j with a TypeError', (override, message) => {
    expect(() => createDublinCore({ ...input, ...override })).toThrow(new TypeError(message));
  });
});

const site = {
  name: 'Chuyển đổi số thành phố Bắc Giang',
  asOf: '2024-10-15',
  owner: { name: 'Phòng Văn hóa và Thông tin thành phố Bắc Giang', parent: 'Ủy ban nhân dân thành phố Bắc Giang' },
  en: {
    name: 'Digital Transformation of Bắc Giang City',
    owner: { name: 'Division of Culture and Information of Bắc Giang City', parent: "People's Committee of Bắc Giang City" },
  },
} as unknown as Site;

describe('createPageMeta', () => {
  it.each([
    {
      name: 'a Vietnamese page',
      page: { title: 'Liên hệ', url: 'https://example.vn/lien-he/' },
      pageTitle: 'Liên hệ — Chuyển đổi số thành phố Bắc Giang',
      dc: { 'DC.creator': site.owner.name, 'DC.publisher': site.owner.parent, 'DC.language': 'vi', 'DC.date': '2024-10-15' },
    },
    {
      name: 'the home page, titled with the portal name',
      page: { title: 'Chuyển đổi số thành phố Bắc Giang', url: 'https://example.vn/' },
      pageTitle: 'Chuyển đổi số thành phố Bắc Giang',
      dc: { 'DC.identifier': 'https://example.vn/' },
    },
    {
      name: 'the English page, in English',
      page: { title: 'Digital Transformation of Bắc Giang City', url: 'https://example.vn/en/', lang: 'en' as const },
      pageTitle: 'Digital Transformation of Bắc Giang City',
      dc: { 'DC.creator': 'Division of Culture and Information of Bắc Giang City', 'DC.publisher': "People's Committee of Bắc Giang City", 'DC.language': 'en' },
    },
    {
      name: 'a page with its own date',
      page: { title: 'Tin ngày 20/3', url: 'https://example.vn/chuyen-doi-so/tin/', date: '2024-03-20' },
      pageTitle: 'Tin ngày 20/3 — Chuyển đổi số thành phố Bắc Giang',
      dc: { 'DC.date': '2024-03-20' },
    },
  ])('$name', ({ page, pageTitle, dc }) => {
    const meta = createPageMeta({ site, description: 'Mô tả trang', ...page });
    expect(meta.pageTitle).toBe(pageTitle);
    const tags = Object.fromEntries(meta.dublinCore.map((tag) => [tag.name, tag.content]));
    expect(tags).toMatchObject(dc);
  });
});

describe('getLanguageAlternates', () => {
  const both = [
    { hreflang: 'vi', href: '/' },
    { hreflang: 'en', href: '/en/' },
    { hreflang: 'x-default', href: '/' },
  ];
  it.each([
    ['/', true, both],
    ['/en/', true, both],
    ['/en', true, both],
    ['/chi-so/1-4/', true, []],
    ['/lien-he/', true, []],
    ['/', false, []],
  ])('%s (English page: %s)', (path, hasEnglish, expected) => {
    expect(getLanguageAlternates(path, hasEnglish)).toEqual(expected);
  });
});

describe('telHref', () => {
  it.each([
    ['0204 000 0000', 'tel:02040000000'],
    ['+84 204.385.1234', 'tel:+842043851234'],
    ['0204-3851-234 (máy lẻ)', 'tel:02043851234'],
  ])('%s → %s', (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });

  it('rejects text without digits', () => {
    expect(() => telHref('chưa có số')).toThrow(new TypeError('telHref: số điện thoại không có chữ số nào: "chưa có số".'));
  });
});
