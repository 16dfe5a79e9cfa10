import { z } from 'zod';
import { nameSchema, summarySchema, textSchema, titleSchema } from './common.ts';

/**
 * The `en:` part of `content/site.yaml`: everything the English page says about
 * the organisation and the plan. Templates hold only labels; the facts in English
 * come from here, so another city translates its own.
 */
export const siteEnglishSchema = z
  .object({
    /** The portal's name in English. */
    name: nameSchema,
    tagline: titleSchema,
    owner: z
      .object({
        name: nameSchema,
        /** The body the owning agency belongs to, e.g. "People's Committee of Bắc Giang City". */
        parent: nameSchema,
        functions: textSchema,
        /** The postal address as written for foreign readers; the Vietnamese one is shown when left out. */
        address: nameSchema.optional(),
      })
      .strict(),
    responsibleOfficial: z.object({ title: nameSchema }).strict(),
    plan: z.object({ title: titleSchema, summary: summarySchema }).strict(),
    /** The licence's name in English, e.g. "Creative Commons Attribution 4.0 (CC BY 4.0)"; the Vietnamese one is shown when left out. */
    license: z.object({ name: nameSchema }).strict().optional(),
    /** English names of the pillars, by the pillar id in pillars.yaml. */
    pillars: z
      .array(
        z
          .object({
            id: z.int({ error: 'cần số thứ tự của trụ cột trong content/pillars.yaml, ví dụ 1' }).positive(),
            name: nameSchema,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type SiteEnglish = z.output<typeof siteEnglishSchema>;
