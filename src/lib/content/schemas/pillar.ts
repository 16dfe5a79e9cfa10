import { z } from 'zod';
import { nameSchema, slugIdSchema, textSchema } from './common.ts';

/** One entry of `content/pillars.yaml`: a pillar (trụ cột) of the DTI framework. */
export const pillarSchema = z
  .object({
    /** 1…8; the first segment of every indicator id in this pillar. */
    id: z.int({ error: 'cần một số nguyên dương, ví dụ 1' }).positive(),
    slug: slugIdSchema,
    name: nameSchema,
    /** Maximum points in Decision 922/QĐ-BTTTT; weights the pillar in roll-ups. */
    maxPoints: z.number({ error: 'cần một số điểm, ví dụ 100' }).positive(),
    /** Where the plan lists this pillar's tasks, e.g. "II.1". */
    planSection: nameSchema,
    tasks: z.array(textSchema).default([]),
  })
  .strict();

export const pillarsFileSchema = z.array(pillarSchema, {
  error: 'tệp cần là một danh sách trụ cột, mỗi mục bắt đầu bằng "- id: …"',
});

export type Pillar = z.output<typeof pillarSchema>;
