import { z } from 'zod';
import { CADENCE_PERIODS } from './timeframe.ts';
import { isoDateSchema, nameSchema, optionalLongTextSchema, sitePathSchema, slugIdSchema, titleSchema, webOrSitePathSchema } from './common.ts';
import { REPORT_STATUSES } from './taxonomies.ts';

const statusSchema = z.enum(REPORT_STATUSES, {
  error: `cần một trong: ${REPORT_STATUSES.join(', ')}`,
});

/**
 * A measured value: a number (percent 0–100, a count, or an amount in đồng),
 * or a frequency such as `{ count: 1, per: week }`. Whether it fits the
 * indicator's target is checked against the appendix, not here.
 */
export const reportValueSchema = z.union(
  [
    z.number().nonnegative(),
    z.object({ count: z.number().nonnegative(), per: z.enum(CADENCE_PERIODS) }).strict(),
  ],
  { error: 'cần một con số (ví dụ 85) hoặc một tần suất (ví dụ { count: 1, per: week })' },
);

/** Evidence: a title, and a document number with its date, or a link, or a file under public/. */
export const evidenceSchema = z
  .object({
    title: titleSchema,
    number: nameSchema.optional(),
    date: isoDateSchema.optional(),
    /** An absolute http(s) address, or a path on this portal starting with "/". */
    url: webOrSitePathSchema.optional(),
    /** A file under public/, written from the site root, e.g. /minh-chung/phuong-tran-phu/qd-12.pdf */
    file: sitePathSchema.optional(),
  })
  .strict()
  .refine((evidence) => (evidence.number && evidence.date) || evidence.url || evidence.file, {
    message: 'minh chứng cần số và ngày văn bản (number và date), hoặc một liên kết (url), hoặc một tệp (file)',
  });

/** An earlier state of a report. */
export const historyEntrySchema = z
  .object({
    date: isoDateSchema,
    status: statusSchema,
    value: reportValueSchema.optional(),
    note: optionalLongTextSchema,
  })
  .strict();

/** One unit's report on one indicator. */
export const reportSchema = z
  .object({
    indicator: z
      .string({ error: 'cần mã chỉ số trong dấu nháy, ví dụ "1.4"' })
      .regex(/^[1-9]\d*(?:\.[1-9]\d*){1,2}$/, { message: 'cần mã chỉ số dạng "1.4" hoặc "1.2.1", đặt trong dấu nháy' }),
    status: statusSchema,
    value: reportValueSchema.optional(),
    evidence: z.array(evidenceSchema).default([]),
    updated: isoDateSchema,
    reporter: nameSchema,
    note: optionalLongTextSchema,
    history: z.array(historyEntrySchema).default([]),
    /** True for demonstration data, which every page showing it labels as such. */
    demo: z.boolean().default(false),
  })
  .strict();

/** `content/progress/<unit>.yaml`: one unit's reports. */
export const progressFileSchema = z
  .object({
    unit: slugIdSchema,
    reports: z.array(reportSchema),
  })
  .strict();

export type Report = z.output<typeof reportSchema>;
export type ReportValue = z.output<typeof reportValueSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type ProgressFile = z.output<typeof progressFileSchema>;
