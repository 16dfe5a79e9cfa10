/**
 * Bootstraps content/indicators/*.yaml from a plan's appendix pasted as
 * tab-separated text (STT, title, lead, partners, timeframe, evidence, note).
 * A one-off tool for a new city or year: the YAML it writes is the source of
 * truth afterwards, so it refuses to overwrite files unless --force is given.
 *
 *   node scripts/import-appendix.ts --seed ../shared/seed/plan.txt [--out content/indicators] [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadUnitsForImport } from './lib/units-fs.ts';
import { parseTimeframe } from '../src/lib/plan/timeframe.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { createAgencyResolver } from '../src/lib/units/resolve.ts';

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
  console.error('Thiếu --seed <tệp văn bản kế hoạch>. Ví dụ: node scripts/import-appendix.ts --seed ../shared/seed/ke-hoach.txt');
  process.exit(2);
}

const italicToEmphasis = (text: string) => text.replace(/<i>\s*([\s\S]*?)\s*<\/i>/g, '*$1*').replace(/\s+/g, ' ').trim();
const plain = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\*/g, '').trim();

const { units, groups } = loadUnitsForImport(values.units);
const resolve = createAgencyResolver([...units, ...groups]);
const year = Number(values.year);
const text = readFileSync(values.seed, 'utf8').normalize('NFC');
const appendix = text.slice(text.search(/^Phụ lục/m));

type Row = Record<string, unknown>;
const pillars: { number: number; name: string; rows: Row[] }[] = [];
const problems: string[] = [];

for (const line of appendix.split('\n')) {
  const cells = line.split('\t');
  const id = cells[0]?.trim() ?? '';
  if (/^\d+$/.test(id)) {
    pillars.push({ number: Number(id), name: plain(cells[1] ?? ''), rows: [] });
    continue;
  }
  if (!/^\d+(\.\d+){1,2}$/.test(id)) continue;
  const [, title = '', lead = '', partners = '', timeframe = '', evidence = '', note = ''] = cells.map(italicToEmphasis);
  const row: Row = { id, title };
  for (const [field, cell] of [['lead', lead], ['partners', partners]] as const) {
    if (!cell) continue;
    const { ids, unmatched } = resolve(cell);
    if (unmatched.length > 0) problems.push(`${id} ${field}: không nhận ra ${unmatched.map((name) => `"${name}"`).join(', ')}`);
    row[field] = ids;
    row[`${field}Text`] = cell;
  }
  if (timeframe) {
    const parsed = parseTimeframe(plain(timeframe), year);
    if (!parsed) problems.push(`${id} timeframe: không hiểu "${timeframe}"; ghi kind/due bằng tay`);
    row.timeframe = { text: timeframe, ...parsed };
  }
  if (evidence) row.evidence = evidence;
  if (note) row.note = note;
  pillars.at(-1)?.rows.push(row);
}

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
