/** Issue 18: the 300 KB budget of every HTML page, as the benchmark and the shipped-site test apply it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatKb, largestPages, overBudget, PAGE_HTML_BUDGET_BYTES } from '../../src/lib/page-budget/budget.ts';
import { htmlPageSizes } from '../../src/lib/page-budget/sizes-fs.ts';
import { pageWindow } from '../../src/lib/distribution/page-window.ts';

const sizes = [
  { file: 'chi-so/1-3/index.html', bytes: 521_082 },
  { file: 'index.html', bytes: 296_102 },
  { file: 'don-vi/so-sanh/index.html', bytes: 300_000 },
  { file: 'don-vi/index.html', bytes: 300_001 },
];

describe('the page budget', () => {
  it('is 300 KB (300,000 bytes): a page of exactly 300,000 bytes passes, one byte more does not', () => {
    expect(PAGE_HTML_BUDGET_BYTES).toBe(300_000);
    expect(overBudget(sizes).map((page) => page.file)).toEqual(['chi-so/1-3/index.html', 'don-vi/index.html']);
    expect(overBudget([])).toEqual([]);
  });

  it.each([
    [1, ['chi-so/1-3/index.html']],
    [3, ['chi-so/1-3/index.html', 'don-vi/index.html', 'don-vi/so-sanh/index.html']],
  ])('largestPages(%i) → %j', (count, files) => {
    expect(largestPages(sizes, count).map((page) => page.file)).toEqual(files);
  });

  it.each([
    [521_082, '521.1 KB'],
    [300_000, '300.0 KB'],
    [0, '0.0 KB'],
  ])('formatKb(%i) → %s', (bytes, text) => {
    expect(formatKb(bytes)).toBe(text);
  });
});

describe('htmlPageSizes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dti-page-budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every .html file under dist/ with its size in bytes, and nothing else', () => {
    mkdirSync(join(dir, 'chi-so', '1-3'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>Trang chủ</p>');
    writeFileSync(join(dir, 'chi-so', '1-3', 'index.html'), 'x'.repeat(1234));
    writeFileSync(join(dir, 'chi-so', 'bao-cao.csv'), 'a,b');
    expect(htmlPageSizes(dir)).toEqual([
      { file: 'chi-so/1-3/index.html', bytes: 1234 },
      { file: 'index.html', bytes: Buffer.byteLength('<p>Trang chủ</p>') },
    ]);
  });
});

describe('pageWindow: the page numbers a pagination links', () => {
  const shown = (current: number, count: number) => pageWindow(current, count).map((item) => ('page' in item ? item.page : `…${item.gap}`));
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 10, [1, 2, 3, '…6', 10]],
    [5, 2_230, [1, 2, 3, 4, 5, 6, 7, '…2222', 2_230]],
    [1_000, 2_230, [1, '…996', 998, 999, 1_000, 1_001, 1_002, '…1227', 2_230]],
    [2_230, 2_230, [1, '…2226', 2_228, 2_229, 2_230]],
  ])('page %i of %i → %j', (current, count, expected) => {
    expect(shown(current, count)).toEqual(expected);
  });
});
