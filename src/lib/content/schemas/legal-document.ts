import { z } from 'zod';
import { httpUrlSchema, isoDateSchema, nameSchema, slugIdSchema, summarySchema, textSchema, titleSchema } from './common.ts';
import { indicatorSchema } from './indicator.ts';

/** Kinds of legal document, in the order of the legal hierarchy; lists are sorted by it. */
export const DOCUMENT_TYPES = [
  'luat',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'nghi-quyet',
  'chi-thi',
  'ke-hoach',
  'thong-bao',
  'cong-van',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'nghi-quyet': 'Nghị quyết',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'cong-van': 'Công văn',
};

/** A number and symbol as printed on a Vietnamese document: "14/KH-UBND", "25-KH/TU", "42/2022/NĐ-CP". */
const DOCUMENT_NUMBER = /^\d+[/-]\S+$/u;

/** One place where the plan cites a document. */
export const citationSchema = z
  .object({
    /** Where in the plan, e.g. "Phần căn cứ", "Mục I.1", "Phụ lục, chỉ số 2.1". */
    where: nameSchema,
    /** The appendix row that cites it, if any; its page is linked and the id is checked. */
    indicator: indicatorSchema.shape.id.optional(),
    /** The plan's own words, verbatim. */
    quote: textSchema,
  })
  .strict();

/** One entry of `content/documents/*.yaml`: a legal document the plan cites. */
export const legalDocumentSchema = z
  .object({
    /** URL slug of its page, e.g. `ke-hoach-2663-kh-ubnd`. */
    id: slugIdSchema,
    type: z.enum(DOCUMENT_TYPES, { error: `cần một trong các loại: ${DOCUMENT_TYPES.join(', ')}` }),
    /** Number and symbol without the word "Số", e.g. "14/KH-UBND". */
    number: z
      .string({ error: 'cần số và ký hiệu văn bản trong dấu nháy, ví dụ "14/KH-UBND"' })
      .trim()
      .regex(DOCUMENT_NUMBER, {
        message: 'cần số và ký hiệu văn bản, bắt đầu bằng số và không có chữ "Số", ví dụ "14/KH-UBND" hoặc "42/2022/NĐ-CP"',
      }),
    /** Date of issue. Left out when the plan does not give it: never guessed. */
    date: isoDateSchema.optional(),
    /** Who issued it, e.g. "Chủ tịch UBND tỉnh Bắc Giang". Left out when the plan does not say. */
    issuer: nameSchema.optional(),
    /** The document's own title (trích yếu), when known. */
    title: titleSchema.optional(),
    /** What it is and why the plan cites it, in a sentence or two. */
    summary: summarySchema,
    /** Where the plan cites it. */
    citations: z.array(citationSchema).min(1, { message: 'cần ít nhất một chỗ Kế hoạch dẫn văn bản này (citations)' }),
    /** The official full text, when its address is known for certain. */
    url: httpUrlSchema.optional(),
  })
  .strict()
  .superRefine((document, ctx) => {
    const year = /\/(\d{4})\//.exec(document.number)?.[1];
    if (year && document.date && !document.date.startsWith(year)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `năm ban hành ${document.date.slice(0, 4)} không khớp với năm ${year} trong số ký hiệu "${document.number}"`,
        params: { fix: `ghi date: ${year}${document.date.slice(4)}, hoặc sửa số ký hiệu nếu ngày ban hành đúng` },
      });
    }
  });

export const legalDocumentsFileSchema = z.array(legalDocumentSchema, {
  error: 'tệp cần là một danh sách văn bản, mỗi mục bắt đầu bằng "- id: …"',
});

export type LegalDocument = z.output<typeof legalDocumentSchema>;
export type Citation = z.output<typeof citationSchema>;
