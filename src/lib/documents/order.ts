import { DOCUMENT_TYPES, type LegalDocument } from '../content/schemas/legal-document.ts';
import { compareVietnamese } from '../text/fold.ts';

const rank = new Map<string, number>(DOCUMENT_TYPES.map((type, index) => [type, index]));

/**
 * Orders documents for lists: by rank in the legal hierarchy (Nghị định before
 * Kế hoạch), then oldest first, undated ones last, then by number in
 * Vietnamese order. Returns a new array.
 * @example
 * sortLegalDocuments([kh55, kh14, nd42]).map((d) => d.number);
 * // ['42/2022/NĐ-CP', '14/KH-UBND', '55/KH-UBND']
 */
export function sortLegalDocuments<T extends Pick<LegalDocument, 'type' | 'number' | 'date'>>(documents: readonly T[]): T[] {
  return [...documents].sort((a, b) => {
    const byType = (rank.get(a.type) ?? 0) - (rank.get(b.type) ?? 0);
    if (byType !== 0) return byType;
    if (a.date !== b.date) {
      if (!a.date) return 1;
      if (!b.date) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return compareVietnamese(a.number, b.number);
  });
}
