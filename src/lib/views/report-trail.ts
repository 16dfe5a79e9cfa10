/** The audit trail on an indicator page: the commit that last changed each unit's report, and rewritten histories. */
import { auditKey, type CommitRef, type HistoryRewrite } from '../audit/trail.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';

export interface ReportTrailView {
  indicatorId: string;
  reports: { unitId: string; unitName: string; unitHref: string; commit: CommitRef; rewrites: HistoryRewrite[] }[];
}

/**
 * Undefined when the build has no git history, or the indicator has no report from a file
 * (a parent row, or one counted from posts).
 * @example reportTrailView(model, model.getIndicator('1.2.1')!)?.reports[0].commit.shortSha; // 'de43867'
 */
export function reportTrailView(model: PortalModel, indicator: Indicator): ReportTrailView | undefined {
  if (!model.audit.available || indicator.progressSource === 'posts') return undefined;
  const assignments = model.progress.indicators.get(indicator.id)?.assignments ?? [];
  const reports = assignments.flatMap((assignment) => {
    const audit = model.audit.reports.get(auditKey(assignment.unit.id, indicator.id));
    return audit ? [{ unitId: assignment.unit.id, unitName: assignment.unit.name, unitHref: routes.unit(assignment.unit.id), commit: audit.lastCommit, rewrites: audit.rewrites }] : [];
  });
  return reports.length > 0 ? { indicatorId: indicator.id, reports } : undefined;
}
