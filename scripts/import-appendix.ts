/**
 * Bootstraps content/indicators/*.yaml from a plan's appendix pasted as
 * tab-separated text (STT, title, lead, partners, timeframe, evidence, note).
 * A one-off tool for a new city or year: the YAML it writes is the source of
 * truth afterwards (targets are added by hand), so it refuses to overwrite
 * files unless --force is given.
 *
 *   node scripts/import-appendix.ts --seed test/fixtures/seed/ke-hoach-2024.txt [--out content/indicators] [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { parseAppendixTsv } from '../src/lib/plan/appendix-tsv.ts';
import { parseTimeframe } from '../src/lib/content/schemas/timeframe.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { createAgencyResolver } from '../src/lib/units/resolve.ts';
import { loadUnitsForImport } from './lib/units-fs.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    out: { type: 'string', default: 'content/indicators' },
    units: { type: 'string', default: 'content/units.yaml' },
    year: { type: 'string', default: '2024' },
    force: { type: 'boolean', default: false },
  },
});
if (!values.seed) {
  console.error('Thiếu --seed <tệp văn bản kế hoạch>. Ví dụ: node scripts/import-appendix.ts --seed test/fixtures/seed/ke-hoach-2024.txt');
  process.exit(2);
}

const plain = (text: string) => text.replace(/\*/g, '').trim();
const { units, groups } = loadUnitsForImport(values.units);
const resolve = createAgencyResolver([...units, ...groups]);
const year = Number(values.year);
const problems: string[] = [];

const pillars = parseAppendixTsv(readFileSync(values.seed, 'utf8')).map((pillar) => ({
  number: pillar.number,
  name: plain(pillar.name),
  rows: pillar.rows.map((cells) => {
    const row: Record<string, unknown> = { id: cells.id, title: cells.title };
    for (const [field, cell] of [['lead', cells.lead], ['partners', cells.partners]] as const) {
      if (!cell) continue;
      const { ids, unmatched } = resolve(cell);
      if (unmatched.length > 0) problems.push(`${cells.id} ${field}: không nhận ra ${unmatched.map((name) => `"${name}"`).join(', ')}`);
      row[field] = ids;
      row[`${field}Text`] = cell;
    }
    if (cells.timeframe) {
      const parsed = parseTimeframe(plain(cells.timeframe), year);
      if (!parsed) problems.push(`${cells.id} timeframe: không hiểu "${cells.timeframe}"; ghi kind/due bằng tay`);
      row.timeframe = { text: cells.timeframe, ...parsed };
    }
    if (cells.evidence) row.evidence = cells.evidence;
    if (cells.note) row.note = cells.note;
    return row;
  }),
}));

mkdirSync(values.out, { recursive: true });
for (const pillar of pillars) {
  const path = join(values.out, `${pillar.number}-${slugify(pillar.name)}.yaml`);
  if (existsSync(path) && !values.force) {
    problems.push(`${path} đã có; không ghi đè (dùng --force để ghi đè)`);
    continue;
  }
  const header = `# Phụ lục Kế hoạch — trụ cột ${pillar.number}. ${pillar.name}\n# Chép nguyên văn từ Phụ lục; lead/partners là mã đơn vị trong content/units.yaml.\n`;
  writeFileSync(path, header + stringify(pillar.rows, { lineWidth: 0 }));
  console.log(`Đã ghi ${path}: ${pillar.rows.length} chỉ số`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} điểm cần xem lại:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
}
