import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parseCsv } from '../helpers/csv.ts';
import { mainOf } from '../helpers/figures.ts';
import { copyFixture, fillTemplate, loadModel, runImport, TODAY } from '../helpers/reports-xlsx.ts';
import { writeReportTemplate } from '../../src/lib/reports-xlsx/write.ts';

// Issue 19's done-when: build the templates, fill two units' programmatically, import them, build again;
// the pages show the new figures and the old states are in the history.
describe('Excel progress templates through the real build and import', () => {
  const { root, contentDir } = copyFixture();
  let first: FixtureBuild;
  let second: FixtureBuild;
  let importOutput: { status: number | null; stdout: string; stderr: string };
  let reimportOutput: { status: number | null; stdout: string; stderr: string };
  const template = (build: FixtureBuild, unit: string) => new Uint8Array(readFileSync(join(build.outDir, 'du-lieu', 'mau-bao-cao', `${unit}.xlsx`)));

  beforeAll(async () => {
    first = runAstroBuild({ outDir: join(root, 'dist-1'), contentDir, env: { PORTAL_TODAY: TODAY } });
    if (first.status !== 0) return;
    // Phòng VH&TT: 1.2.1 done at 2 meetings a quarter, and a first report on 2.3. Xã Đồng Sơn: its first reports.
    const vhtt = await fillTemplate(template(first, 'phong-vhtt'), [
      { task: '1.2.1', column: 'status', set: { text: 'Hoàn thành' } },
      { task: '1.2.1', column: 'value', set: { number: 2 } },
      { task: '1.2.1', column: 'updated', set: { date: '2024-03-14' } },
      { task: '2.3', column: 'status', set: { text: 'Đang thực hiện' } },
      { task: '2.3', column: 'value', set: { number: 3 } },
      { task: '2.3', column: 'evidenceLink', set: { text: 'https://thu-nghiem.example/tap-huan' } },
      { task: '2.3', column: 'updated', set: { date: '2024-03-12' } },
      { task: '2.3', column: 'reporter', set: { text: 'Nguyễn Văn Thử' } },
    ]);
    const dongSon = await fillTemplate(template(first, 'xa-dong-son'), [
      { task: '2.2', column: 'status', set: { text: 'Đang thực hiện' } },
      { task: '2.2', column: 'value', set: { number: 75 } },
      { task: '2.2', column: 'note', set: { text: 'Còn hồ sơ đất đai xử lý trên giấy.' } },
      { task: '2.2', column: 'updated', set: { date: '2024-03-10' } },
      { task: '2.2', column: 'reporter', set: { text: 'Lê Văn Xã' } },
    ]);
    writeFileSync(join(root, 'phong-vhtt.xlsx'), vhtt);
    writeFileSync(join(root, 'xa-dong-son.xlsx'), dongSon);
    importOutput = runImport(root, ['phong-vhtt.xlsx', 'xa-dong-son.xlsx']);
    reimportOutput = runImport(root, ['phong-vhtt.xlsx', 'xa-dong-son.xlsx']);
    second = runAstroBuild({ outDir: join(root, 'dist-2'), contentDir, env: { PORTAL_TODAY: TODAY } });
  }, 600_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds a template for each unit that leads tasks, and links it from that unit page only', () => {
    expect(first.status, first.output).toBe(0);
    for (const unit of ['phong-vhtt', 'phuong-tran-phu', 'xa-dong-son']) {
      expect(first.exists(`du-lieu/mau-bao-cao/${unit}.xlsx`), unit).toBe(true);
      expect(mainOf(first.read(`don-vi/${unit}/index.html`))).toContain(`<a href="/du-lieu/mau-bao-cao/${unit}.xlsx" data-report-template>Tải mẫu báo cáo (Excel)</a>`);
    }
    // Dissolved before the plan year: leads nothing, so no template and no link.
    expect(first.exists('du-lieu/mau-bao-cao/phuong-da-giai-the.xlsx')).toBe(false);
    expect(first.read('don-vi/phuong-da-giai-the/index.html')).not.toContain('Tải mẫu báo cáo');
  });

  it('writes the same bytes as a generation at another time: nothing depends on the clock', async () => {
    // The first build ran before the import: its content is the fixture's.
    const fixtureModel = loadModel();
    for (const unit of ['phong-vhtt', 'xa-dong-son']) {
      const fresh = await writeReportTemplate(fixtureModel, fixtureModel.getUnit(unit)!);
      expect(Buffer.from(template(first, unit)).equals(Buffer.from(fresh)), unit).toBe(true);
    }
  });

  it('imports both files, then a second import changes nothing', () => {
    expect(importOutput.status, importOutput.stderr).toBe(0);
    expect(importOutput.stdout).toContain('content/progress/phong-vhtt.yaml (từ phong-vhtt.xlsx): 1 báo cáo cập nhật (1 trạng thái cũ chuyển vào history), 1 báo cáo mới, 1 giữ nguyên.');
    expect(importOutput.stdout).toContain('content/progress/xa-dong-son.yaml (từ xa-dong-son.xlsx): 0 báo cáo cập nhật (0 trạng thái cũ chuyển vào history), 1 báo cáo mới, 0 giữ nguyên.');
    expect(reimportOutput.status, reimportOutput.stderr).toBe(0);
    expect(reimportOutput.stdout).toContain('Không có thay đổi nào');
  });

  it('rebuilds with the new figures on the pages and the open data', () => {
    expect(second.status, second.output).toBe(0);
    const reports = parseCsv(second.read('du-lieu/bao-cao.csv')).rows;
    const row = (unit: string, indicator: string) => reports.find((r) => r.unit_id === unit && r.indicator_id === indicator);
    expect(row('phong-vhtt', '1.2.1')).toMatchObject({ reported_status: 'hoan-thanh', demo: 'false' });
    expect(row('phong-vhtt', '2.3')).toMatchObject({ reported_status: 'dang-thuc-hien' });
    expect(row('xa-dong-son', '2.2')).toMatchObject({ reported_status: 'dang-thuc-hien', note: 'Còn hồ sơ đất đai xử lý trên giấy.' });
    const before = parseCsv(first.read('du-lieu/bao-cao.csv')).rows.find((r) => r.unit_id === 'xa-dong-son' && r.indicator_id === '2.2');
    expect(before?.reported_status).toBe('chua-bao-cao');

    const indicator221 = mainOf(second.read('chi-so/1-2-1/index.html'));
    expect(indicator221).toContain('2 lần/quý');
    const indicator22 = mainOf(second.read('chi-so/2-2/index.html'));
    expect(indicator22).toContain('75%');
    expect(mainOf(second.read('don-vi/xa-dong-son/index.html'))).not.toBe(mainOf(first.read('don-vi/xa-dong-son/index.html')));
  });

  it('keeps the old state in the history shown on the indicator page', () => {
    // The phone layout's column labels (data-label) are not what this test reads.
    const html = mainOf(second.read('chi-so/1-2-1/index.html')).replace(/ data-label="[^"]*"/g, '');
    const history = html.slice(html.indexOf('data-history="phong-vhtt"'));
    expect(history).toContain('2 lần báo cáo');
    expect(history).toMatch(/<time datetime="2024-03-10">10\/03\/2024<\/time>\s*<\/th>\s*<td>Đang thực hiện<\/td>\s*<td>1 lần\/quý<\/td>/);
    expect(history).toMatch(/<time datetime="2024-03-14">14\/03\/2024<\/time>\s*<span class="muted small"> \(hiện tại\)<\/span>\s*<\/th>\s*<td>Hoàn thành<\/td>\s*<td>2 lần\/quý<\/td>/);
  });
});
