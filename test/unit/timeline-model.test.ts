/**
 * Issue 15's "done when": the shipped content published at 2024-06-30 and at 2024-10-15, read with the real
 * loader and model. The figures at 30/06 follow the reports' histories; nothing dated later is counted or listed.
 */
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel, type PortalModel } from '../../src/lib/portal/model.ts';
import { snapshotOf } from '../../src/lib/timeline/snapshots.ts';
import { stateAsOf } from '../../src/lib/timeline/state.ts';

const TODAY = '2024-12-31';
const modelAt = (asOf: string): PortalModel => {
  const content = loadPortalContentFromDir('content', process.cwd(), { today: TODAY });
  return createPortalModel({ ...content, site: { ...content.site, asOf } });
};
const june = modelAt('2024-06-30');
const october = modelAt('2024-10-15');
const done = (model: PortalModel) => model.progress.counts.done;

describe('the shipped content at 2024-06-30 and at 2024-10-15', () => {
  it('builds the model at an earlier asOf, with fewer tasks done than at 15/10', () => {
    expect(october.site.asOf).toBe('2024-10-15');
    expect(done(june)).toBeLessThan(done(october));
    expect(june.progress.completion!).toBeLessThan(october.progress.completion!);
    // Each task's reported state is its report's state on the day, read from its history.
    for (const file of june.progressFiles) {
      for (const report of file.reports) {
        const task = june.progress.units.get(file.unit)?.assignments.find((assignment) => assignment.indicator.id === report.indicator);
        expect(task?.reported, `${file.unit} ${report.indicator}`).toBe(stateAsOf(report, '2024-06-30')?.status ?? 'chua-bao-cao');
      }
    }
  });

  it('counts no post dated after 30/06 for 1.4, and lists none', () => {
    const allPosts = (june.posts ?? []).filter((post) => !post.draft);
    const later = allPosts.filter((post) => post.date > '2024-06-30');
    expect(later.length).toBeGreaterThan(0);
    expect(june.publishedPosts.every((post) => post.date <= '2024-06-30')).toBe(true);
    expect(june.publishedPosts.length).toBe(allPosts.length - later.length);
    const counted = june.postCounter!.units.reduce((sum, row) => sum + row.count, 0);
    expect(counted).toBe(june.publishedPosts.filter((post) => post.date.startsWith('2024-')).length);
    expect(june.postCounter!.units.every((row) => !row.latest || row.latest <= '2024-06-30')).toBe(true);
    expect(june.postCounter!.city.count).toBeLessThan(october.postCounter!.city.count);
    expect(june.leftOut.posts).toBe(later.length);
  });

  it('shows no evidence, report state or document dated after asOf', () => {
    for (const unit of june.progress.units.values()) {
      for (const task of unit.assignments) {
        if (!task.report) continue;
        expect(task.report.updated ?? '', `${unit.unit.id} ${task.indicator.id}`).not.toMatch(/^2024-(0[7-9]|1[0-2])/);
        expect(task.report.evidence.every((item) => (item.date ?? task.report!.updated ?? '') <= '2024-06-30')).toBe(true);
      }
    }
    expect(june.documents.every((document) => !document.date || document.date <= '2024-06-30')).toBe(true);
    expect(june.leftOut.updates).toBeGreaterThan(0);
    expect(october.leftOut).toEqual({ updates: 0, reports: 0, posts: 0, evidence: 0, documents: 0 });
  });
});

describe('model.timeline', () => {
  it('has a snapshot at each month end of the plan year up to asOf, then asOf', () => {
    expect(october.timeline.snapshots.map((snapshot) => snapshot.date)).toEqual([
      '2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-15',
    ]);
    expect(october.timeline.previousQuarter?.date).toBe('2024-09-30');
    expect(june.timeline.previousQuarter?.date).toBe('2024-03-31');
  });

  it('computes the asOf snapshot equal to model.progress, for the city, every pillar, unit and indicator', () => {
    for (const model of [june, october]) {
      expect(model.timeline.current).toEqual(snapshotOf(model.site.asOf, model.progress, model.site.year));
    }
  });

  it('computes each earlier snapshot as the portal published at that day would show it', () => {
    const atJune = october.timeline.snapshots.find((snapshot) => snapshot.date === '2024-06-30')!;
    expect(atJune).toEqual(june.timeline.current);
    // Done tasks never decrease in the shipped history.
    const doneByMonth = october.timeline.snapshots.map((snapshot) => snapshot.city.done);
    expect(doneByMonth).toEqual([...doneByMonth].sort((a, b) => a - b));
  });
});
