/**
 * The pieces of `npm run bench` that decide what is measured (issue 18, point 6): the one-word
 * change of the warm rebuild, the page addresses of the largest-page figure, and the counts read
 * from a build's log. The benchmark itself is not a test; these are plain functions.
 */
import { describe, expect, it } from 'vitest';
import { baselineSteps } from '../../scripts/bench-build-report.ts';
import { parseBuildStages } from '../../scripts/bench-measure.ts';
import { pageAddress } from '../../scripts/bench-pages.ts';
import { changeOneWord } from '../../scripts/bench-warm.ts';

const post = (body: string) => `---\ntitle: "Phường Trần Phú ra mắt Zalo OA"\nunit: phuong-tran-phu\n---\n${body}`;

describe('changeOneWord: the first word of the first prose line, nothing else', () => {
  it.each([
    ['a plain paragraph', '\nBưu điện thành phố hoàn thành kết nối.\n', 'Bưu', 'các', '\ncác điện thành phố hoàn thành kết nối.\n'],
    ['headings, lists, tables and MDX are skipped', '\n## Kết quả\n\n- Một mục\n| a | b |\nimport X from "./x";\n<Hinh />\nNgười dân được hỗ trợ.\n', 'Người', 'các', '\n## Kết quả\n\n- Một mục\n| a | b |\nimport X from "./x";\n<Hinh />\ncác dân được hỗ trợ.\n'],
    ['a word that is already "các" becomes "những"', '\ncác phường đã cập nhật.\n', 'các', 'những', '\nnhững phường đã cập nhật.\n'],
    ['leading numbers and one-letter words are passed over', '\n“2024: a Đoàn thanh niên hỗ trợ.\n', 'Đoàn', 'các', '\n“2024: a các thanh niên hỗ trợ.\n'],
  ])('%s', (_case, body, from, to, changedBody) => {
    const changed = changeOneWord(post(body));
    expect(changed).toEqual({ from, to, text: post(changedBody) });
  });

  it.each([
    ['no front matter', 'Bưu điện thành phố.\n', 'front matter'],
    ['no prose', post('\n## Chỉ có tiêu đề\n'), 'đoạn văn'],
  ])('refuses a post with %s', (_case, text, message) => {
    expect(() => changeOneWord(text)).toThrow(message);
  });
});

describe('pageAddress: a built file as the address a reader opens', () => {
  it.each([
    ['index.html', '/'],
    ['chi-so/1-4/index.html', '/chi-so/1-4/'],
    ['don-vi/phuong-tran-phu/index.html', '/don-vi/phuong-tran-phu/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, address) => expect(pageAddress(file)).toBe(address));
});

describe('the counts read from a build log', () => {
  // The shape of Astro 7's log with experimental.incrementalBuild, and of the portal's image step.
  const log = [
    ' generating static routes ',
    '06:20:01 ▶ src/pages/chuyen-doi-so/[...slug].astro',
    '06:20:01   ├─ /chuyen-doi-so/phuong-tran-phu/bai-mot/index.html (+12ms)',
    '06:20:01   ├─ /chuyen-doi-so/phuong-tran-phu/bai-hai/index.html (cached)',
    '06:20:01   ├─ /chi-so/1-4/index.html (restored)',
    '06:20:02   ├─ /du-lieu/chi-so.csv (+1.20s)',
    '06:20:02 ✓ Completed in 1.50s.',
    '06:20:03 [build] 3 page(s) built in 9.10s',
    '06:20:04 [dti-portal:og-images] 2 ảnh được vẽ lại, 249 ảnh lấy từ bộ nhớ đệm (812 ms, 30.1 ms/ảnh vẽ).',
  ].join('\n');

  it('routes rendered and reused by Astro, images drawn and copied from the cache', () => {
    expect(parseBuildStages(log)).toMatchObject({ pages: 1500, pageCount: 3, routesRendered: 2, routesReused: 2, imagesDrawn: 2, imagesFromCache: 249, socialImages: 812 });
  });

  it("the baseline's steps and the time of its image endpoint", () => {
    const baseline = [
      '06:30:00   ├─ /og/index.png (+25ms)',
      '06:30:00   ├─ /og/phuong-tran-phu/bai-mot.png (+1.10s)',
      '06:30:01   ├─ /trang/1/index.html (+3ms)',
      '[baseline] astro build in 5400 ms',
      '[baseline] pagefind in 900 ms',
    ].join('\n');
    expect(baselineSteps(baseline)).toEqual({ astro: 5400, images: 1125, pagefind: 900 });
  });
});
