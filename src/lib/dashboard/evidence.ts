/**
 * Evidence (minh chứng) in words: the same text on pages and in open data.
 */
import type { Evidence } from '../content/schemas/progress.ts';
import { formatDateVi } from '../format/date.ts';

/**
 * The document reference of a piece of evidence, or undefined when it has none.
 * @example documentReference({ number: '12/QĐ-UBND', date: '2024-03-01' }) // 'số 12/QĐ-UBND ngày 01/03/2024'
 */
export function documentReference(evidence: Pick<Evidence, 'number' | 'date'>): string | undefined {
  const parts = [
    evidence.number ? `số ${evidence.number}` : undefined,
    evidence.date ? `ngày ${formatDateVi(evidence.date)}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Where the evidence can be read: its link, else its file under public/.
 * @example evidenceHref({ file: '/minh-chung/qd-12.pdf' }) // '/minh-chung/qd-12.pdf'
 */
export function evidenceHref(evidence: Pick<Evidence, 'url' | 'file'>): string | undefined {
  return evidence.url ?? evidence.file;
}

/**
 * One line for a piece of evidence: title, document reference, and address.
 * Root-relative addresses are made absolute with `origin`, for files read off the site.
 * @example
 * evidenceLine({ title: 'Quyết định thành lập Ban chỉ đạo', number: '12/QĐ-UBND', date: '2024-03-01' })
 * // 'Quyết định thành lập Ban chỉ đạo, số 12/QĐ-UBND ngày 01/03/2024'
 */
export function evidenceLine(evidence: Evidence, origin?: string): string {
  const reference = documentReference(evidence);
  const href = evidenceHref(evidence);
  const address = href && origin && href.startsWith('/') ? new URL(href, origin).href : href;
  return [evidence.title, reference, address ? `<${address}>` : undefined].filter(Boolean).join(', ');
}
