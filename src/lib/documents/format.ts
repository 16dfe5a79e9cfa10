/**
 * How a legal document is named and described on its pages. A date or issuer
 * the plan does not give is said to be missing, never guessed.
 */
import { DOCUMENT_TYPE_LABELS, type LegalDocument } from '../content/schemas/legal-document.ts';
import { formatDateVi } from '../format/date.ts';

/** Shown when the plan cites a document without its date. */
export const DATE_NOT_STATED = 'không ghi ngày trong Kế hoạch';
/** Shown when the plan does not say who issued a document, or its title. */
export const NOT_STATED = 'không ghi trong Kế hoạch';

type Named = Pick<LegalDocument, 'type' | 'number'>;

/**
 * The document's name as Vietnamese documents cite each other.
 * @example
 * documentHeading({ type: 'nghi-dinh', number: '42/2022/NĐ-CP' }); // 'Nghị định số 42/2022/NĐ-CP'
 * documentHeading({ type: 'ke-hoach', number: '25-KH/TU' }); // 'Kế hoạch số 25-KH/TU'
 */
export function documentHeading(document: Named): string {
  return `${DOCUMENT_TYPE_LABELS[document.type]} số ${document.number}`;
}

/**
 * The date of issue as DD/MM/YYYY, or the words saying the plan gives none.
 * @example
 * documentDateText({ date: '2024-01-17' }); // '17/01/2024'
 * documentDateText({}); // 'không ghi ngày trong Kế hoạch'
 */
export function documentDateText(document: Pick<LegalDocument, 'date'>): string {
  return document.date ? formatDateVi(document.date) : DATE_NOT_STATED;
}

/**
 * The issuer, or the words saying the plan does not name one.
 * @example
 * documentIssuerText({ issuer: 'Chính phủ' }); // 'Chính phủ'
 * documentIssuerText({}); // 'không ghi trong Kế hoạch'
 */
export function documentIssuerText(document: Pick<LegalDocument, 'issuer'>): string {
  return document.issuer ?? NOT_STATED;
}

/**
 * One line naming a document with what is known of it, for descriptions and lists.
 * @example
 * documentCitation({ type: 'ke-hoach', number: '14/KH-UBND', date: '2024-01-17', issuer: 'Chủ tịch UBND thành phố Bắc Giang' });
 * // 'Kế hoạch số 14/KH-UBND ngày 17/01/2024 của Chủ tịch UBND thành phố Bắc Giang'
 * documentCitation({ type: 'ke-hoach', number: '55/KH-UBND' }); // 'Kế hoạch số 55/KH-UBND'
 */
export function documentCitation(document: Pick<LegalDocument, 'type' | 'number' | 'date' | 'issuer'>): string {
  const date = document.date ? ` ngày ${formatDateVi(document.date)}` : '';
  const issuer = document.issuer ? ` của ${document.issuer}` : '';
  return `${documentHeading(document)}${date}${issuer}`;
}
