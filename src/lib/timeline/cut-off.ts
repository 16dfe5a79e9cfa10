/**
 * The content as it stood on `asOf` (issue 15): each report at its last state dated on or before it,
 * and no post, evidence or legal document dated later. Everything the portal shows reads the result,
 * so nothing dated after `asOf` appears as if it already existed. What was left out is counted for the
 * one line the build prints.
 */
import type { LegalDocument } from '../content/schemas/legal-document.ts';
import type { ProgressFile } from '../content/schemas/progress.ts';
import { formatDateVi } from '../format/date.ts';
import type { Post } from '../posts/schema.ts';
import { stateAsOf } from './state.ts';

/** What a cut-off left out, each dated after the cut-off day. */
export interface LeftOut {
  /** Report states (a report's current state or a history entry). */
  updates: number;
  /** Reports that had no state yet on the day: "chưa báo cáo" then. */
  reports: number;
  /** Published posts (drafts are never shown). */
  posts: number;
  evidence: number;
  documents: number;
}

export interface ContentAsOf<P> {
  date: string;
  progressFiles: ProgressFile[];
  posts: P[];
  documents: LegalDocument[];
  leftOut: LeftOut;
}

type Dated = Pick<Post, 'date' | 'draft'>;

/**
 * Each report at its state on `date`, and the posts and documents dated on or before it.
 * @example
 * contentAsOf({ progressFiles, posts, documents }, '2024-06-30').leftOut; // { updates: 12, reports: 3, posts: 40, evidence: 3, documents: 0 }
 */
export function contentAsOf<P extends Dated>(
  content: { progressFiles: readonly ProgressFile[]; posts?: readonly P[]; documents?: readonly LegalDocument[] },
  date: string,
): ContentAsOf<P> {
  const leftOut: LeftOut = { updates: 0, reports: 0, posts: 0, evidence: 0, documents: 0 };
  const progressFiles = content.progressFiles.map((file) => ({
    ...file,
    reports: file.reports.flatMap((report) => {
      const state = stateAsOf(report, date);
      leftOut.updates += [report.updated, ...report.history.map((entry) => entry.date)].filter((day) => day > date).length;
      leftOut.evidence += report.evidence.length - (state?.evidence.length ?? 0);
      if (!state) leftOut.reports += 1;
      return state ? [state] : [];
    }),
  }));
  const posts = (content.posts ?? []).filter((post) => {
    const later = post.date > date;
    if (later && !post.draft) leftOut.posts += 1;
    return !later;
  });
  const documents = (content.documents ?? []).filter((document) => {
    const later = document.date !== undefined && document.date > date;
    if (later) leftOut.documents += 1;
    return !later;
  });
  return { date, progressFiles, posts, documents, leftOut };
}

/**
 * The one line the build prints about the cut-off.
 * @example
 * leftOutLine({ updates: 12, reports: 3, posts: 40, evidence: 3, documents: 0 }, '2024-06-30');
 * // 'Số liệu tính đến 30/06/2024: bỏ qua 12 lần cập nhật báo cáo (3 báo cáo chưa có lúc đó), 40 bài viết, 3 minh chứng, 0 văn bản có ngày sau ngày này.'
 */
export function leftOutLine(leftOut: LeftOut, date: string): string {
  const reports = leftOut.reports > 0 ? ` (${leftOut.reports} báo cáo chưa có lúc đó)` : '';
  return `Số liệu tính đến ${formatDateVi(date)}: bỏ qua ${leftOut.updates} lần cập nhật báo cáo${reports}, ${leftOut.posts} bài viết, ${leftOut.evidence} minh chứng, ${leftOut.documents} văn bản có ngày sau ngày này.`;
}
