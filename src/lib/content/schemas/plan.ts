import { z } from 'zod';
import { isoDateSchema, nameSchema, summarySchema, titleSchema } from './common.ts';

/** A document the plan cites. */
export const citedDocumentSchema = z
  .object({
    number: nameSchema,
    date: isoDateSchema,
    issuer: nameSchema,
    title: titleSchema,
  })
  .strict();

/** Frontmatter of a plan document in `content/plan/`. */
export const planSchema = z
  .object({
    title: titleSchema,
    documentType: nameSchema,
    /** Blank in a draft such as the seed: "Số: /KH-UBND". */
    number: nameSchema.nullable(),
    numberText: nameSchema,
    symbol: nameSchema,
    issuedMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'cần tháng dạng YYYY-MM, ví dụ 2024-02' }),
    issuedText: nameSchema,
    issuer: nameSchema,
    signer: z.object({ name: nameSchema, title: nameSchema }).strict(),
    legalBases: z.array(citedDocumentSchema).default([]),
    summary: summarySchema,
  })
  .strict();

export type PlanFrontmatter = z.output<typeof planSchema>;
