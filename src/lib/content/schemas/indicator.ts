import { z } from 'zod';
import { CADENCE_PERIODS, TIMEFRAME_KINDS } from './timeframe.ts';
import { boundedTextSchema, isoDateSchema, nameSchema, optionalLongTextSchema, slugIdSchema, TEXT_LIMITS, textSchema } from './common.ts';
import { PROGRESS_SOURCES, TARGET_COMPARATORS, TARGET_MEASURES, TARGET_SCOPES } from './taxonomies.ts';

export const cadenceSchema = z
  .object({
    count: z.int().positive(),
    per: z.enum(CADENCE_PERIODS, { error: `cần một trong: ${CADENCE_PERIODS.join(', ')}` }),
  })
  .strict();

/** The timeframe: the plan's words verbatim, plus the structure computed from them. */
export const timeframeSchema = z
  .object({
    /** Verbatim from the appendix, e.g. "Trước Quý I/2024". */
    text: textSchema,
    kind: z.enum(TIMEFRAME_KINDS, { error: `cần một trong: ${TIMEFRAME_KINDS.join(', ')}` }),
    start: isoDateSchema.optional(),
    due: isoDateSchema.optional(),
    cadence: cadenceSchema.optional(),
  })
  .strict()
  .superRefine((timeframe, ctx) => {
    if ((timeframe.kind === 'deadline' || timeframe.kind === 'window') && !timeframe.due) {
      ctx.addIssue({ code: 'custom', path: ['due'], message: `loại "${timeframe.kind}" cần có hạn chót due, ví dụ due: 2024-03-31` });
    }
    if (timeframe.kind === 'window' && !timeframe.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'loại "window" cần có ngày bắt đầu start, ví dụ start: 2024-03-01' });
    }
    if (timeframe.start && timeframe.due && timeframe.start > timeframe.due) {
      ctx.addIssue({ code: 'custom', path: ['due'], message: `hạn chót ${timeframe.due} đứng trước ngày bắt đầu ${timeframe.start}` });
    }
  });

/** A target the plan sets, e.g. "trên 50 tin, bài" or "tối thiểu 10%". */
export const targetSchema = z
  .object({
    /** The plan's words for the target. */
    text: textSchema,
    measure: z.enum(TARGET_MEASURES, { error: `cần một trong: ${TARGET_MEASURES.join(', ')}` }),
    comparator: z.enum(TARGET_COMPARATORS, { error: `cần một trong: ${TARGET_COMPARATORS.join(' ')}` }),
    value: z.number({ error: 'cần một con số, ví dụ 90' }).nonnegative(),
    /** For frequencies: the period, e.g. week for "1 lần/tuần". */
    per: z.enum(CADENCE_PERIODS).optional(),
    /** What is counted, e.g. "tin, bài" or "lớp tập huấn". */
    noun: nameSchema.optional(),
    appliesTo: z.array(z.enum(TARGET_SCOPES, { error: `cần một trong: ${TARGET_SCOPES.join(', ')}` })).min(1).default(['city']),
    /** Where the plan states it: "Phụ lục" or a section such as "Mục II.7". */
    source: nameSchema,
  })
  .strict()
  .superRefine((target, ctx) => {
    if (target.measure === 'frequency' && !target.per) {
      ctx.addIssue({ code: 'custom', path: ['per'], message: 'chỉ tiêu tần suất cần có per, ví dụ per: week' });
    }
    if (target.measure === 'percent' && target.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `tỷ lệ phần trăm phải từ 0 đến 100, đang là ${target.value}` });
    }
  });

/** One appendix row. Dots in the id become dashes in its URL. */
export const indicatorSchema = z
  .object({
    id: z
      .string({ error: 'cần một mã chỉ số trong dấu nháy, ví dụ "1.2.1"' })
      .regex(/^[1-9]\d*(?:\.[1-9]\d*){1,2}$/, { message: 'cần một mã chỉ số dạng "1.4" hoặc "1.2.1", đặt trong dấu nháy' }),
    /** Title; *emphasis* marks the seed's italics. */
    title: boundedTextSchema(TEXT_LIMITS.indicatorTitle),
    /** Lead units: unit ids or group ids from units.yaml. */
    lead: z.array(slugIdSchema).default([]),
    /** The lead column verbatim. */
    leadText: nameSchema.optional(),
    partners: z.array(slugIdSchema).default([]),
    partnersText: textSchema.optional(),
    timeframe: timeframeSchema.optional(),
    /** Required evidence (minh chứng), verbatim. */
    evidence: optionalLongTextSchema,
    note: optionalLongTextSchema,
    targets: z.array(targetSchema).default([]),
    /** Where progress comes from: units' reports, or counting news posts (indicator 1.4). */
    progressSource: z.enum(PROGRESS_SOURCES, { error: `cần một trong: ${PROGRESS_SOURCES.join(', ')}` }).default('reports'),
    /** Points of the pillar's DTI total this row carries, from the province's scoring sheet; equal shares when left out (src/lib/priorities/weights.ts). */
    points: z.number({ error: 'cần một số điểm dương, ví dụ points: 12.5' }).positive({ error: 'cần một số điểm lớn hơn 0, ví dụ points: 12.5' }).optional(),
  })
  .strict();

export const indicatorsFileSchema = z.array(indicatorSchema, {
  error: 'tệp cần là một danh sách chỉ số, mỗi mục bắt đầu bằng "- id: …"',
});

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorTarget = z.output<typeof targetSchema>;
export type Timeframe = z.output<typeof timeframeSchema>;
