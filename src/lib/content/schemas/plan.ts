import { z } from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

/** A document the plan cites. */
export const citedDocumentSchema = z
  .object({
    number: textSchema,
    date: isoDateSchema,
    issuer: textSchema,
    title: textSchema,
  })
  .strict();

/** Frontmatter of a plan document in `content/plan/`. */
export const planSchema = z
  .object({
    title: textSchema,
    documentType: textSchema,
    /** Blank in a draft such as the seed: "Số: /KH-UBND". */
    number: textSchema.nullable(),
    numberText: textSchema,
    symbol: textSchema,
    issuedMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'cần tháng dạng YYYY-MM, ví dụ 2024-02' }),
    issuedText: textSchema,
    issuer: textSchema,
    signer: z.object({ name: textSchema, title: textSchema }).strict(),
    legalBases: z.array(citedDocumentSchema).default([]),
    summary: textSchema,
  })
  .strict();

export type PlanFrontmatter = z.output<typeof planSchema>;
