import type { Indicator } from '../content/schemas/indicator.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { attainment } from './target.ts';
import { reportKey, type ProgressReport } from './rollup.ts';
import { targetForUnit } from './target.ts';

/** Counted posts of one unit: how many, the latest date (none without posts), and whether any is demonstration content. */
export interface PostTally {
  count: number;
  latest?: string;
  demo: boolean;
}

/**
 * Reports for indicators whose progress is counted from news posts (1.4):
 * each lead unit's count in the plan year, judged against its target.
 * Never typed in by hand, so a report here cannot disagree with the posts. Its update date is
 * the latest post's; a unit that has posted nothing has none (the cut-off date is not an update).
 * @example
 * reportsFromPosts(indicator14, leadUnits, new Map([['phuong-tran-phu', { count: 21, latest: '2024-10-01', demo: true }]]))
 */
export function reportsFromPosts(
  indicator: Indicator,
  leadUnits: readonly Unit[],
  tallies: ReadonlyMap<string, PostTally>,
): Map<string, ProgressReport> {
  const reports = new Map<string, ProgressReport>();
  for (const unit of leadUnits) {
    const tally = tallies.get(unit.id) ?? { count: 0, demo: false };
    const target = targetForUnit(indicator.targets, unit);
    const met = target ? attainment(target, tally.count)?.met : undefined;
    reports.set(reportKey(unit.id, indicator.id), {
      indicator: indicator.id,
      status: met ? 'hoan-thanh' : tally.count > 0 ? 'dang-thuc-hien' : 'chua-bat-dau',
      value: tally.count,
      evidence: [],
      ...(tally.latest ? { updated: tally.latest } : {}),
      reporter: 'Tự động đếm từ các tin, bài đã đăng',
      note: '',
      history: [],
      demo: tally.demo,
    });
  }
  return reports;
}
