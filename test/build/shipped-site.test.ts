import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/content/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { indicatorIdToSlug } from '../../src/lib/plan/indicator-id.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('the shipped content, built', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'dti-shipped-'));
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  let status: number | null = null;
  let output = '';

  beforeAll(() => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    status = result.status;
    output = `${result.stdout}\n${result.stderr}`;
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('writes a page for each of the 79 indicators', () => {
    const slugs = readdirSync(join(outDir, 'chi-so'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(slugs.map((entry) => entry.name).sort()).toEqual(model.indicators.map((indicator) => indicatorIdToSlug(indicator.id)).sort());
    expect(slugs).toHaveLength(79);
  });

  it.each(model.indicators.map((indicator) => [indicator.id, indicator] as const))(
    'indicator %s links its lead and partner units',
    (id, indicator) => {
      const main = mainOf(read(`chi-so/${indicatorIdToSlug(id)}/index.html`));
      for (const unit of [...model.leadUnitsOf(indicator), ...model.partnerUnitsOf(indicator)]) {
        expect(main, `${id} → ${unit.id}`).toContain(`href="/don-vi/${unit.id}/"`);
      }
      expect(main).toContain(`Chỉ số ${id}`);
    },
  );

  it('writes a page for every unit and every pillar, and the fixed pages', () => {
    for (const unit of model.units) expect(read(`don-vi/${unit.id}/index.html`)).toContain(unit.name);
    for (const pillar of model.pillars) expect(read(`tru-cot/${pillar.slug}/index.html`)).toContain(pillar.name);
    for (const page of ['index.html', 'ke-hoach/index.html', 'chi-so/index.html', 'don-vi/index.html', '404.html']) {
      expect(read(page)).toMatch(/<html lang="vi"/);
    }
  });

  it('shows the plan, its appendix, and every pillar task', () => {
    const plan = mainOf(read('ke-hoach/index.html'));
    expect(plan).toContain('MỤC ĐÍCH, YÊU CẦU');
    expect(plan).toContain('Đặng Đình Hoan');
    expect((plan.match(/href="\/chi-so\/[0-9-]+\/"/g) ?? []).length).toBeGreaterThanOrEqual(79);
  });
});
