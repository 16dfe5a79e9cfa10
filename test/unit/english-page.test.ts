/** /en/ in English (issue 14): its frame's strings and its progress summary, the home page's figures in English notation. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentLabel } from '../../src/lib/dashboard/percent.ts';
import { CHROME_STRINGS } from '../../src/lib/english/chrome.ts';
import { formatDateEn, percentLabelEn } from '../../src/lib/english/format.ts';
import { englishProgressSummary } from '../../src/lib/views/english.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';

const root = resolve(import.meta.dirname, '../..');

describe('English notation from the same rounding', () => {
  it.each<[number | undefined, string, string]>([
    [0.5677, '56.8%', '56,8%'],
    [0.6, '60.0%', '60,0%'],
    [1, '100.0%', '100,0%'],
    [0.00049, '0.0%', '0,0%'],
    [undefined, 'Not applicable', 'Không áp dụng'],
  ])('%d → %s (vi %s)', (ratio, english, vietnamese) => {
    expect(percentLabelEn(ratio)).toBe(english);
    expect(percentLabel(ratio)).toBe(vietnamese);
  });

  it.each([
    ['2024-10-15', '15 October 2024'],
    ['2024-02-29', '29 February 2024'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateEn(iso)).toBe(text);
  });
});

describe('the frame in both languages', () => {
  it('has every string in English and in Vietnamese, and they differ where words are', () => {
    const flat = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flat));
    const vi = flat(CHROME_STRINGS.vi);
    const en = flat(CHROME_STRINGS.en);
    expect(en).toHaveLength(vi.length);
    expect(CHROME_STRINGS.en.skipLink).toBe('Skip to main content');
    expect(CHROME_STRINGS.vi.skipLink).toBe('Bỏ qua, đến nội dung chính');
    // No Vietnamese letter in the English frame.
    for (const text of en) expect(text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
  });
});

describe('englishProgressSummary on the progress fixture', () => {
  const model = createPortalModel(loadPortalContentFromDir(join(root, 'test/fixtures/progress/content')));
  const summary = englishProgressSummary(model);

  it("states the city's figures as the home page does, in English", () => {
    expect(summary.completion).toBe('49.8%');
    expect(summary.doneSentence).toBe('2 of 8 tasks done');
    // The home page's order (STATUS_DISPLAYS), the statuses that occur.
    expect(summary.counts.map(({ label, count }) => `${count} ${label}`)).toEqual(['2 Done', '1 On track', '2 Behind schedule', '2 Overdue', '1 Not reported']);
    expect(summary.asOf).toBe(formatDateEn(model.site.asOf));
  });
});

describe('englishProgressSummary on the shipped content', () => {
  const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));
  const summary = englishProgressSummary(model);

  it('gives the home page\'s completion and each pillar\'s, with a point for decimals', () => {
    expect(summary.completion).toBe(percentLabel(model.progress.completion).replace(',', '.'));
    expect(summary.completion).toBe('60.0%');
    expect(summary.pillars[0]).toEqual({ id: 1, name: 'Digital awareness', completion: '56.8%' });
    expect(summary.pillars.map((pillar) => pillar.completion)).toEqual(model.progress.pillars.map((pillar) => percentLabel(pillar.completion).replace(',', '.')));
    expect(summary.demo).toBe(true);
  });
});
