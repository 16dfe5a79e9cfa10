/**
 * Writes demonstration progress reports to content/progress/<unit>.yaml,
 * reproducibly: the same content gives the same files, byte for byte.
 *
 * - Reports already in a file with `demo: false` (facts from the plan) are kept.
 * - Rows the appendix marks "Đã ban hành" get a factual report for each lead
 *   unit, citing the appendix, unless one exists.
 * - Every other report is regenerated and marked `demo: true`.
 *
 *   node scripts/generate-demo-progress.ts
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import type { Indicator } from '../src/lib/content/schemas/indicator.ts';
import type { Report, ReportValue } from '../src/lib/content/schemas/progress.ts';
import type { Unit } from '../src/lib/content/schemas/unit.ts';
import { createPortalModel } from '../src/lib/portal/model.ts';
import { targetForUnit } from '../src/lib/progress/target.ts';
import { routes } from '../src/lib/routes.ts';
import { createRandom, seedFromText } from './lib/seeded-random.ts';

/** The agencies that report in the demonstration; the others stay "chưa báo cáo" on purpose. */
const DEMO_AGENCIES = ['phong-vhtt', 'van-phong-hdnd-ubnd', 'phong-tckh', 'phong-kinh-te', 'phong-noi-vu', 'phong-ldtbxh', 'phong-gddt', 'trung-tam-vhtt', 'cong-an-thanh-pho'];

/** Each (unit, indicator) pair draws from its own seeded stream, so every run gives the same data. */
const random = (seedText: string) => createRandom(seedFromText(seedText));

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

function demoValue(rand: () => number, indicator: Indicator, unit: Unit, onTrack: boolean): ReportValue | undefined {
  const target = targetForUnit(indicator.targets, unit);
  if (!target) return undefined;
  if (target.measure === 'frequency') {
    return onTrack ? { count: target.value, per: target.per ?? 'week' } : { count: Math.max(1, target.value), per: 'month' };
  }
  const base = target.value;
  if (target.measure === 'percent') {
    const value = onTrack ? base + (100 - base) * rand() * 0.8 : base * (0.55 + rand() * 0.4);
    return Math.round(Math.min(100, value) * 10) / 10;
  }
  return Math.max(0, Math.round(onTrack ? base * (1 + rand() * 0.3) + 1 : base * (0.3 + rand() * 0.6)));
}

function demoReport(indicator: Indicator, unit: Unit, asOf: string): Report | undefined {
  const rand = random(`${unit.id}|${indicator.id}`);
  const roll = rand();
  if (roll < 0.06) return undefined; // not reported at all
  if (roll < 0.08) {
    return { indicator: indicator.id, status: 'khong-ap-dung', evidence: [], updated: addDays(asOf, -Math.floor(rand() * 60)), reporter: 'Cán bộ phụ trách chuyển đổi số (minh họa)', note: 'Đơn vị không có hệ thống thuộc phạm vi chỉ số này (minh họa).', history: [], demo: true };
  }
  const timeframe = indicator.timeframe;
  const pastDue = timeframe?.due !== undefined && timeframe.due < asOf && timeframe.kind !== 'window';
  const done = timeframe?.kind === 'done' || (pastDue ? rand() < 0.75 : rand() < 0.35);
  const onTrack = done || rand() < 0.7;
  const value = demoValue(rand, indicator, unit, onTrack);
  const updated = addDays(asOf, -Math.floor(rand() * 90));
  const number = `${10 + Math.floor(rand() * 240)}/BC-${unit.kind === 'ward' || unit.kind === 'commune' ? 'UBND' : 'PVHTT'}`;
  const history = [
    { date: addDays(updated, -90 - Math.floor(rand() * 60)), status: 'chua-bat-dau' as const, note: 'Báo cáo đầu kỳ (minh họa).' },
    ...(done ? [{ date: addDays(updated, -30 - Math.floor(rand() * 30)), status: 'dang-thuc-hien' as const, note: 'Báo cáo giữa kỳ (minh họa).' }] : []),
  ].filter((entry) => entry.date >= `${asOf.slice(0, 4)}-01-01`);
  return {
    indicator: indicator.id,
    status: done ? 'hoan-thanh' : pick(rand, ['dang-thuc-hien', 'dang-thuc-hien', 'chua-bat-dau'] as const),
    ...(value === undefined ? {} : { value }),
    evidence: [{ title: `Báo cáo kết quả thực hiện chỉ số ${indicator.id} (minh họa)`, number, date: updated }],
    updated,
    reporter: 'Cán bộ phụ trách chuyển đổi số (minh họa)',
    note: '',
    history,
    demo: true,
  };
}

function factReport(indicator: Indicator, asOf: string): Report {
  return {
    indicator: indicator.id,
    status: 'hoan-thanh',
    evidence: [{ title: `Phụ lục Kế hoạch, chỉ số ${indicator.id}: “${indicator.timeframe?.text ?? ''}”`, url: routes.indicator(indicator.id) }],
    updated: asOf,
    reporter: 'Theo Phụ lục Kế hoạch',
    note: `Phụ lục Kế hoạch ghi thời gian thực hiện: “${indicator.timeframe?.text ?? ''}”.${indicator.evidence ? ` ${indicator.evidence}` : ''}`,
    history: [],
    demo: false,
  };
}

const contentDir = getContentDir();
const model = createPortalModel(loadPortalContentFromDir(contentDir));
const { asOf } = model.site;
const leaves = model.indicators.filter((indicator) => model.childrenOf(indicator).length === 0 && indicator.progressSource === 'reports');
const reporting = model.units.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune' || DEMO_AGENCIES.includes(unit.id));
mkdirSync(join(contentDir, 'progress'), { recursive: true });

let written = 0;
for (const unit of model.units) {
  const path = join(contentDir, 'progress', `${unit.id}.yaml`);
  const existing = existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as { reports?: Report[] } | null)?.reports ?? []) : [];
  const facts = new Map(existing.filter((report) => report.demo === false || report.demo === undefined).map((report) => [report.indicator, report]));
  const reports: Report[] = [];
  for (const indicator of leaves) {
    if (!model.leadUnitsOf(indicator).some((lead) => lead.id === unit.id)) continue;
    const fact = facts.get(indicator.id) ?? (indicator.timeframe?.kind === 'done' ? factReport(indicator, asOf) : undefined);
    const report = fact ?? (reporting.includes(unit) ? demoReport(indicator, unit, asOf) : undefined);
    if (report) reports.push(report);
  }
  if (reports.length === 0) continue;
  const header = `# Báo cáo tiến độ của ${unit.name}.\n# Báo cáo có demo: true là dữ liệu minh họa, do scripts/generate-demo-progress.ts tạo; báo cáo demo: false là số liệu thật và được giữ nguyên.\n`;
  writeFileSync(path, header + stringify({ unit: unit.id, reports }, { lineWidth: 0 }));
  written += 1;
}
console.log(`Đã ghi ${written} tệp báo cáo vào ${join(contentDir, 'progress')}.`);
