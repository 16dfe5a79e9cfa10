import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parseCsv, type ParsedCsv } from '../helpers/csv.ts';
import { cell, countOf, csvPercentToVi, mainOf, percentAfter, rowWith } from '../helpers/figures.ts';
import { EFFECTIVE_STATUS_LABELS, REPORTED_STATE_LABELS, type ReportedState } from '../../src/lib/content/schemas/taxonomies.ts';

// The progress fixture: 3 active units, one with demonstration reports (phuong-tran-phu), one with real
// reports (phong-vhtt), one without any (xa-dong-son); indicator 1.3 is counted from posts.
describe('progress pages and open data of the progress fixture', () => {
  let site: FixtureBuild;
  const csv = (name: string): ParsedCsv => parseCsv(site.read(`du-lieu/${name}.csv`));
  const json = (name: string) => JSON.parse(site.read(`du-lieu/${name}.json`)) as { rows: Record<string, unknown>[]; as_of: string; demo: boolean };
  const page = (path: string) => mainOf(site.read(path));

  beforeAll(() => {
    site = buildFixture('progress');
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('writes every open-data file, CSV with BOM and CRLF, JSON with the same rows', () => {
    for (const name of ['bao-cao', 'chi-so', 'don-vi', 'tru-cot', 'chuoi-thoi-gian']) {
      const bytes = readFileSync(join(site.outDir, 'du-lieu', `${name}.csv`));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.replace(/"(?:[^"]|"")*"/g, ''), name).not.toMatch(/[^\r]\n/);
      const table = csv(name);
      const doc = json(name);
      expect(doc.as_of).toBe('2024-03-15');
      expect(table.rows).toEqual(doc.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]))));
      for (const row of table.rows) expect([row.as_of, row.license]).toEqual(['2024-03-15', 'https://creativecommons.org/licenses/by/4.0/']);
    }
  });

  it('keeps quotes, commas, line breaks and diacritics intact through the built CSV', () => {
    const row = csv('bao-cao').rows.find((r) => r.unit_id === 'phuong-tran-phu' && r.indicator_id === '1.1');
    expect(row).toMatchObject({
      unit_name: 'Phường Trần Phú',
      evidence: 'Báo cáo "nhanh", số liệu tháng 2, số 05/BC-UBND ngày 28/02/2024',
      note: 'Đang chờ ý kiến Đảng ủy phường.\nDự kiến hoàn thành trong tháng 3.',
      demo: 'true',
    });
  });

  it('shows on each unit page the completion and counts of don-vi.csv', () => {
    for (const row of csv('don-vi').rows) {
      const html = page(`don-vi/${row.unit_id}/index.html`);
      expect(percentAfter(html, 'data-unit-completion'), row.unit_id).toBe(csvPercentToVi(row.completion_percent!));
      const total = Number(row.assignment_count) - Number(row.count_not_applicable);
      expect(cell(html, 'data-done-total'), row.unit_id).toBe(`${row.count_done}/${total}`);
      expect(html).toContain(`Chỉ số quá hạn (${row.count_overdue})`);
    }
  });

  it('ranks the wards and communes on the home page as don-vi.csv does', () => {
    const home = page('index.html');
    const ranked = csv('don-vi').rows.filter((row) => row.rank !== '');
    expect(ranked.map((row) => row.unit_id)).toEqual(['phuong-tran-phu', 'xa-dong-son']);
    for (const row of ranked) {
      const tr = rowWith(home, `data-unit="${row.unit_id}"`)!;
      expect(tr, row.unit_id).toBeDefined();
      expect(cell(tr, 'data-rank')).toBe(row.rank);
      expect(cell(tr, 'data-percent')).toBe(csvPercentToVi(row.completion_percent!));
      expect(cell(tr, 'data-done-total')).toBe(`${row.count_done}/${Number(row.assignment_count) - Number(row.count_not_applicable)}`);
      expect(cell(tr, 'data-overdue')).toBe(row.count_overdue);
      expect(tr).toContain(`href="/don-vi/${row.unit_id}/"`);
    }
    expect(home.indexOf('data-unit="phuong-tran-phu"')).toBeLessThan(home.indexOf('data-unit="xa-dong-son"'));
  });

  it('shows on each indicator page the status and completion of chi-so.csv, and each unit status of bao-cao.csv', () => {
    for (const row of csv('chi-so').rows) {
      const html = page(`chi-so/${row.indicator_id!.replaceAll('.', '-')}/index.html`);
      expect(percentAfter(html, 'data-indicator-completion'), row.indicator_id).toBe(csvPercentToVi(row.completion_percent!));
      expect(html, row.indicator_id).toContain(`data-indicator-status="${row.status}"`);
    }
    for (const row of csv('bao-cao').rows) {
      const marker = `data-unit="${row.unit_id}" data-indicator="${row.indicator_id}" data-status="${row.status}" data-reported="${row.reported_status}"`;
      for (const path of [`chi-so/${row.indicator_id!.replaceAll('.', '-')}/index.html`, `don-vi/${row.unit_id}/index.html`]) {
        const tr = rowWith(page(path), marker);
        expect(tr, `${path} ${marker}`).toBeDefined();
        // Both states in words: what the unit reported, and the portal's judgement beside it.
        expect(cell(tr!, 'class="reported-state"'), marker).toBe(REPORTED_STATE_LABELS[row.reported_status as ReportedState]);
        expect(tr, marker).toContain(`>${row.status_label}</span>`);
      }
    }
  });

  it('shows the pillar figures of tru-cot.csv on the pillar pages and in the home chart table', () => {
    const home = page('index.html');
    for (const row of csv('tru-cot').rows) {
      expect(percentAfter(page(`tru-cot/${row.pillar_slug}/index.html`), 'data-pillar-completion')).toBe(csvPercentToVi(row.completion_percent!));
      expect(cell(rowWith(home, `data-pillar="${row.pillar_id}"`)!, 'data-percent')).toBe(csvPercentToVi(row.completion_percent!));
    }
  });

  it('shows the demonstration notice once on pages with demo reports, and not on pages without', () => {
    for (const path of ['index.html', 'don-vi/phuong-tran-phu/index.html', 'chi-so/1-1/index.html', 'chi-so/2-1/index.html', 'tru-cot/the-che-so/index.html', 'du-lieu/index.html']) {
      expect(countOf(page(path), 'data-demo-notice'), path).toBe(1);
      expect(page(path)).toContain('Số liệu minh họa:');
    }
    for (const path of ['don-vi/phong-vhtt/index.html', 'don-vi/xa-dong-son/index.html', 'chi-so/1-2-1/index.html', 'chi-so/1-2/index.html', 'chi-so/1-3/index.html']) {
      expect(page(path), path).not.toContain('data-demo-notice');
      expect(page(path), path).not.toContain('Minh họa</span>');
    }
  });

  it('marks demo rows in text', () => {
    const tr = rowWith(page('chi-so/1-1/index.html'), 'data-unit="phuong-tran-phu"')!;
    expect(tr).toContain('class="demo-row"');
    expect(tr).toContain('Minh họa');
    expect(rowWith(page('chi-so/1-1/index.html'), 'data-unit="phong-vhtt"')).not.toContain('Minh họa');
  });

  it('gives every status its text, not only a colour or a shape', () => {
    const html = page('chi-so/1-1/index.html');
    const badges = html.match(/<span class="status status--[a-z-]+" data-status="[a-z-]+"><svg[^]*?<\/svg>([^<]+)<\/span>/g) ?? [];
    expect(badges.length).toBeGreaterThan(3);
    const labels = Object.values(EFFECTIVE_STATUS_LABELS).join('|');
    for (const badge of badges) expect(badge).toMatch(new RegExp(`</svg>(${labels})</span>$`));
  });

  it('draws charts as SVG images with a name and a data table right after', () => {
    for (const path of ['index.html', 'don-vi/phuong-tran-phu/index.html']) {
      const html = page(path);
      const svg = /<svg class="bar-chart"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>/.exec(html);
      expect(svg, path).not.toBeNull();
      for (const id of svg![1]!.split(' ')) expect(html).toContain(`id="${id}"`);
      expect(html.slice(html.indexOf('</svg>', svg!.index))).toMatch(/^<\/svg><details class="chart-data"><summary>[^<]+<\/summary><div class="table-scroll"[^>]*><table/);
    }
  });

  it('shows the history of a report and the evidence with document number and date', () => {
    const html = page('chi-so/1-1/index.html');
    expect(html).toContain('data-history="phong-vhtt"');
    expect(html).toMatch(/<time datetime="2024-02-05">05\/02\/2024<\/time><\/th><td>Đang thực hiện<\/td>/);
    expect(html).toContain('Số 12/QĐ-UBND ngày <time datetime="2024-02-20">20/02/2024</time>');
    expect(html).toContain('href="/ke-hoach/">Toàn văn Kế hoạch</a>');
  });

  it('says that indicator 1.3 is counted from the posts, and lists children under a parent', () => {
    expect(page('chi-so/1-3/index.html')).toContain('data-counted-from-posts');
    expect(page('chi-so/1-1/index.html')).not.toContain('data-counted-from-posts');
    const parent = page('chi-so/1-2/index.html');
    expect(parent).toContain('Tổng hợp từ các chỉ số thành phần');
    expect(rowWith(parent, 'data-indicator="1.2.1"')).toContain('href="/chi-so/1-2-1/"');
  });

  it('lists what is late on a unit page, or says nothing is', () => {
    expect(page('don-vi/xa-dong-son/index.html')).toContain('data-late="1.1"');
    expect(page('don-vi/phong-vhtt/index.html')).toContain('data-nothing-late');
  });

  it('lists the files on /du-lieu/ with their real sizes and row counts, and a dictionary of every column', () => {
    const html = page('du-lieu/index.html');
    for (const name of ['bao-cao', 'chi-so', 'don-vi', 'tru-cot', 'chuoi-thoi-gian']) {
      for (const format of ['csv', 'json']) {
        const size = statSync(join(site.outDir, 'du-lieu', `${name}.${format}`)).size;
        expect(html).toMatch(new RegExp(`data-file="${name}\\.${format}"[^]*?data-bytes="${size}"`));
      }
      expect(cell(rowWith(html, `data-dataset="${name}"`)!, 'data-rows')).toBe(String(csv(name).records.length));
      const dictionary = html.slice(html.indexOf(`data-dictionary="${name}"`));
      const documented = [...dictionary.slice(0, dictionary.indexOf('</table>')).matchAll(/data-column="([a-z0-9_]+)"/g)].map((m) => m[1]);
      expect(documented, name).toEqual(csv(name).header);
    }
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('<time datetime="2024-03-15">15/03/2024</time>');
  });

  it('ships no client JavaScript on the progress pages', () => {
    for (const path of ['index.html', 'du-lieu/index.html', 'don-vi/phuong-tran-phu/index.html', 'chi-so/1-1/index.html', 'tru-cot/nhan-thuc-so/index.html']) {
      expect(site.read(path), path).not.toMatch(/<script/i);
    }
  });
});
