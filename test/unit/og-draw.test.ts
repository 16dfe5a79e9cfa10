import { describe, expect, it } from 'vitest';
import { OG_SAFE_BOX } from '../../src/lib/og/draw/theme.ts';
import { loadOgFonts } from '../../src/lib/og/fonts-fs.ts';
import type { OgFrame, OgImageModel } from '../../src/lib/og/model.ts';
import { renderOgPng, renderOgSvg, svgToPng, type OgLaidOutNode } from '../../src/lib/og/render.ts';
import { readPngSize } from '../helpers/og-png.ts';

const { fonts } = loadOgFonts();
const frame: OgFrame = { siteName: 'Chuyển đổi số thành phố Bắc Giang', asOf: '15/10/2024', demo: true };
const longFrame: OgFrame = { siteName: 'Cổng thông tin chuyển đổi số của Ủy ban nhân dân thành phố Thử Nghiệm Rất Dài Tên', asOf: '31/12/2024', demo: true };

const diacritics = 'Ưu tiên ứng dụng chữ ký số, Đảng ủy, Ỹ ỹ Ữ ự ở Ơ ư ă Ă â ê ô, nghiệp vụ, quyết định, tỷ lệ hồ sơ trực tuyến toàn trình';
const longWords = 'Ệ'.repeat(400);
const longSentence = `${diacritics} `.repeat(40);
const nfd = diacritics.normalize('NFD');

const figures = [
  { value: '1.234.567', label: 'nhiệm vụ hoàn thành đúng hạn theo kế hoạch đề ra' },
  { value: '99', label: 'nhiệm vụ quá hạn' },
  { value: '100%', label: 'chỉ số' },
];

/** One model per design, every text at its worst. */
function extremeModels(title: string): OgImageModel[] {
  return [
    { kind: 'home', frame: longFrame, title, completion: { percent: 100, label: '100%' }, figures, change: 'Giảm 100 điểm % so với 30/09/2024' },
    { kind: 'plan', frame: longFrame, title, issued: title, completion: { percent: 0.1, label: '0,1%' }, figures },
    { kind: 'pillar', frame: longFrame, kicker: `Trụ cột 8 · 150 điểm DTI · ${title}`, title, completion: { label: 'Chưa có số liệu' }, figures },
    {
      kind: 'indicator',
      frame: longFrame,
      id: '5.5.12',
      title,
      pillar: `8. ${title}`,
      lead: title,
      status: { status: 'not-applicable', label: 'Không áp dụng' },
      completion: { percent: 99.9, label: '99,9%' },
    },
    {
      kind: 'unit',
      frame: longFrame,
      name: title,
      kindLabel: 'Cơ quan, tổ chức phối hợp',
      completion: { label: 'Không có chỉ số chủ trì' },
      figures: [{ value: '1.000', label: 'chỉ số chủ trì' }, { value: '1.000', label: 'hoàn thành' }, { value: '1.000', label: 'quá hạn' }],
      posts: { indicatorId: '1.4', count: 123456, target: `trên 20 tin, bài ${title}`, met: true, percent: 100 },
      change: 'Giảm 100 điểm % so với 30/09/2024, xuống 1.000 bậc',
    },
    { kind: 'post', frame: longFrame, title, unit: title, date: '29/02/2024' },
    { kind: 'page', frame: longFrame, title, description: title },
    {
      kind: 'priorities',
      frame: longFrame,
      title,
      items: [1, 2, 3].map(() => ({ gain: '+100,0 điểm %', label: `6.13 · ${title}` })),
      whatIf: title,
    },
  ];
}

const overlap = (a: OgLaidOutNode, b: OgLaidOutNode) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

async function layout(model: OgImageModel): Promise<OgLaidOutNode[]> {
  const nodes: OgLaidOutNode[] = [];
  await renderOgSvg(model, fonts, (node) => nodes.push({ ...node }));
  return nodes.filter((node) => node.textContent !== undefined && node.textContent !== '');
}

describe('social image drawing', () => {
  describe.each([
    ['very long title with spaces', longSentence],
    ['one 400-letter word full of stacked marks', longWords],
    ['diacritics (NFC)', diacritics],
    ['diacritics (NFD input)', nfd],
    ['empty', ''],
  ])('%s', (_name, title) => {
    it.each(extremeModels(title).map((model) => [model.kind, model] as const))('%s: every text stays inside the image and off every other text', async (_kind, model) => {
      const texts = await layout(model);
      expect(texts.length).toBeGreaterThan(1);
      for (const node of texts) {
        const where = `${model.kind}: "${node.textContent?.slice(0, 30)}" at ${node.left},${node.top} ${node.width}×${node.height}`;
        expect(node.left, where).toBeGreaterThanOrEqual(OG_SAFE_BOX.left);
        expect(node.top, where).toBeGreaterThanOrEqual(OG_SAFE_BOX.top);
        expect(node.left + node.width, where).toBeLessThanOrEqual(OG_SAFE_BOX.right);
        expect(node.top + node.height, where).toBeLessThanOrEqual(OG_SAFE_BOX.bottom);
      }
      for (const [index, a] of texts.entries()) {
        for (const b of texts.slice(index + 1)) expect(overlap(a, b), `"${a.textContent?.slice(0, 20)}" overlaps "${b.textContent?.slice(0, 20)}"`).toBe(false);
      }
    });
  });

  it('renders every design of extreme text as a 1200×630 PNG', async () => {
    for (const model of extremeModels(longSentence)) {
      const png = await renderOgPng(model, fonts);
      expect(readPngSize(png), model.kind).toEqual({ width: 1200, height: 630 });
    }
  });

  it('ends a clamped title in an ellipsis', async () => {
    const texts = await layout({ kind: 'post', frame, title: longSentence, unit: 'Phường Trần Phú', date: '05/03/2024' });
    const title = texts.find((node) => node.textContent?.startsWith('Ưu tiên'));
    expect(title?.height).toBeLessThanOrEqual(4 * 54 * 1.3 + 1);
    // satori reports the text it was given; the SVG holds the glyphs drawn, the last being "…".
    const svg = await renderOgSvg({ kind: 'post', frame, title: longSentence, unit: 'Phường Trần Phú', date: '05/03/2024' }, fonts);
    expect(svg.length).toBeGreaterThan(1000);
  });

  // Fontsource splits Be Vietnam Pro into subsets; a letter found in none of
  // the registered fonts is drawn as nothing, so each must add glyph outlines.
  const letters = [...'aăâeêioôơuưy'].flatMap((base) => [...'\u0300\u0301\u0303\u0309\u0323'].map((mark) => `${base}${mark}`.normalize('NFC')));
  const vietnamese = [
    ...letters,
    ...'ăâđêôơưĂÂĐÊÔƠƯ',
    ...letters.map((letter) => letter.toLocaleUpperCase('vi')),
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%·…/–',
  ];
  it(`draws every letter of Vietnamese text (${vietnamese.length} characters) with a glyph`, async () => {
    const pathLength = async (title: string) => {
      const svg = await renderOgSvg({ kind: 'page', frame: { ...frame, demo: false }, title, description: '' }, fonts);
      return [...svg.matchAll(/ d="([^"]*)"/g)].reduce((sum, match) => sum + (match[1]?.length ?? 0), 0);
    };
    const baseline = await pathLength('');
    const missing: string[] = [];
    for (const letter of vietnamese) if ((await pathLength(letter)) - baseline < 20) missing.push(letter);
    expect(missing).toEqual([]);
  });

  it('rasterises SVG to PNG with sharp', async () => {
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/></svg>');
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});
