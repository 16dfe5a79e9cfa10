import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { parseAppendixTsv } from '../../src/lib/plan/appendix-tsv.ts';
import { parseTimeframe } from '../../src/lib/content/schemas/timeframe.ts';
import { createAgencyResolver } from '../../src/lib/units/resolve.ts';

const seed = readFileSync(new URL('../fixtures/seed/ke-hoach-2024.txt', import.meta.url), 'utf8');
const seedRows = parseAppendixTsv(seed).flatMap((pillar) => pillar.rows);
const content = loadPortalContentFromDir('content');
const shipped = new Map(content.indicators.map((indicator) => [indicator.id, indicator]));

describe('the shipped appendix is the seed appendix', () => {
  it('has exactly the seed rows, 79 of them, in the same order', () => {
    expect(seedRows).toHaveLength(79);
    expect(content.indicators.map((indicator) => indicator.id)).toEqual(seedRows.map((row) => row.id));
  });

  it('keeps 1.2 and 5.5 as parents of their sub-indicators', () => {
    const ids = content.indicators.map((indicator) => indicator.id);
    expect(ids.filter((id) => id.startsWith('1.2.'))).toEqual(['1.2.1', '1.2.2']);
    expect(ids.filter((id) => id.startsWith('5.5.'))).toEqual(['5.5.1', '5.5.2', '5.5.3', '5.5.4', '5.5.5', '5.5.6', '5.5.7']);
  });

  it.each(seedRows.map((row) => [row.id, row] as const))('row %s keeps its cells verbatim', (id, row) => {
    const indicator = shipped.get(id);
    expect(indicator).toBeDefined();
    expect(indicator?.title).toBe(row.title);
    expect(indicator?.leadText ?? '').toBe(row.lead);
    expect(indicator?.partnersText ?? '').toBe(row.partners);
    expect(indicator?.timeframe?.text ?? '').toBe(row.timeframe);
    expect(indicator?.evidence).toBe(row.evidence);
    expect(indicator?.note).toBe(row.note);
  });

  it('stores the deadline that the timeframe text means', () => {
    for (const indicator of content.indicators) {
      if (!indicator.timeframe) continue;
      const { text, cadence, ...structure } = indicator.timeframe;
      const parsed = parseTimeframe(text.replace(/\*/g, ''), content.site.year);
      expect(parsed, `${indicator.id} "${text}"`).toBeDefined();
      const { cadence: parsedCadence, ...parsedStructure } = parsed ?? {};
      expect(structure, indicator.id).toEqual(parsedStructure);
      // A cadence may be added from the evidence column ("1 lần/1 tuần") where the timeframe only says "Thường xuyên".
      if (parsedCadence) expect(cadence, indicator.id).toEqual(parsedCadence);
    }
    expect(shipped.get('4.3')?.timeframe).toMatchObject({ kind: 'deadline', due: '2024-02-29' });
    expect(shipped.get('2.5')?.timeframe).toMatchObject({ kind: 'deadline', due: '2024-03-31' });
    expect(shipped.get('2.6')?.timeframe).toMatchObject({ kind: 'window', start: '2024-03-01', due: '2024-10-31' });
    expect(shipped.get('1.6')?.timeframe).toMatchObject({ kind: 'recurring', cadence: { count: 1, per: 'week' } });
    expect(shipped.get('1.8')?.timeframe).toMatchObject({ kind: 'recurring', cadence: { count: 1, per: 'week' } });
    expect(shipped.get('2.1')?.timeframe).toMatchObject({ kind: 'done' });
    expect(shipped.get('1.2.1')?.timeframe).toMatchObject({ kind: 'on-demand' });
  });

  it('never shows the seed <i> markup as text', () => {
    const text = JSON.stringify(content);
    expect(text).not.toMatch(/<\/?i>/);
    expect(shipped.get('5.5.1')?.title).toBe('*Kinh phí chung chi cho ATTT*');
  });

  it('resolves every agency cell of the seed to unit ids that the row lists', () => {
    const resolve = createAgencyResolver([...content.units, ...content.groups]);
    for (const row of seedRows) {
      const lead = resolve(row.lead);
      const partners = resolve(row.partners);
      expect(lead.unmatched, `${row.id} lead`).toEqual([]);
      expect(partners.unmatched, `${row.id} partners`).toEqual([]);
      expect(shipped.get(row.id)?.lead, `${row.id} lead`).toEqual(lead.ids);
      expect(shipped.get(row.id)?.partners, `${row.id} partners`).toEqual(partners.ids);
    }
  });

  it('lists the 16 wards and communes of 2024', () => {
    const local = content.units.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune');
    expect(local.filter((unit) => unit.kind === 'ward')).toHaveLength(10);
    expect(local.filter((unit) => unit.kind === 'commune')).toHaveLength(6);
    expect(local.map((unit) => unit.name)).toContain('Phường Trần Phú');
    expect(local.map((unit) => unit.name)).toContain('Xã Đồng Sơn');
  });

  it('names pillar 2 correctly despite the seed misprint', () => {
    expect(content.pillars.map((pillar) => pillar.name)).toEqual([
      'Nhận thức số',
      'Thể chế số',
      'Hạ tầng số',
      'Nhân lực số',
      'An toàn thông tin mạng',
      'Hoạt động chính quyền số',
      'Hoạt động kinh tế số',
      'Hoạt động xã hội số',
    ]);
    expect(content.pillars.map((pillar) => pillar.maxPoints)).toEqual([100, 100, 100, 100, 100, 200, 150, 150]);
  });

  it('records the targets the plan states', () => {
    const target = (id: string) => shipped.get(id)?.targets.map((t) => [t.comparator, t.value, t.measure, t.appliesTo.join('+')]);
    expect(target('1.4')).toEqual([['>', 50, 'count', 'city'], ['>', 20, 'count', 'ward+commune']]);
    expect(target('1.6')).toEqual([['>=', 1, 'frequency', 'city']]);
    expect(target('1.8')).toEqual([['>=', 1, 'frequency', 'ward+commune']]);
    expect(target('6.4')).toEqual([['>=', 90, 'percent', 'city']]);
    expect(target('7.4')).toEqual([['>=', 10, 'percent', 'city']]);
    expect(target('7.5')).toEqual([['>=', 15, 'percent', 'city']]);
    expect(target('7.6')).toEqual([['>=', 50, 'percent', 'city']]);
    expect(target('7.7')).toEqual([['>=', 100, 'percent', 'city']]);
    expect(target('8.1')).toEqual([['>=', 100, 'percent', 'city']]);
    expect(target('8.2')).toEqual([['>=', 90, 'percent', 'city']]);
    expect(target('2.7')).toEqual([['>=', 2, 'percent', 'city']]);
  });
});
