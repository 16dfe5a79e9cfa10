import { z } from 'astro/zod';
import { httpUrlSchema, isoDateSchema, slugIdSchema, textSchema } from './common.ts';
import { siteEnglishSchema } from './site-english.ts';

const contactSchema = z.object({
  name: textSchema,
  /** Job title of the person, or the parent body of an agency. */
  title: textSchema.optional(),
  address: textSchema.optional(),
  // Written into a tel: link (telHref): digits with the usual separators, never a scheme or markup.
  phone: z
    .string({ error: 'cần một số điện thoại, ví dụ "0204 3854 321"' })
    .regex(/^\s*\+?[\d\s.()-]*\d[\d\s.()-]*$/, { message: 'cần một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch, dấu ngoặc và dấu + ở đầu, ví dụ "0204 3854 321"' })
    .optional(),
  email: z.email({ error: 'cần một địa chỉ thư điện tử, ví dụ vanthu@bacgiang.gov.vn' }).optional(),
  /** True while the contact details are placeholders. */
  demo: z.boolean().default(false),
});

/** `content/site.yaml`: the portal's identity and the date its figures are computed against. */
export const siteSchema = z
  .object({
    name: textSchema,
    shortName: textSchema,
    tagline: textSchema,
    city: textSchema,
    /** "thành phố", "thị xã", "huyện"… used in running text. */
    cityKind: textSchema,
    province: textSchema,
    /** The plan year. */
    year: z.int().min(2000).max(2100),
    /** Statuses are computed as of this date. */
    asOf: isoDateSchema,
    /** Public origin of the portal, e.g. https://chuyendoiso.bacgiang.gov.vn */
    baseUrl: httpUrlSchema,
    /** True while the portal shows demonstration data. */
    demo: z.boolean(),
    license: z.object({ name: textSchema, url: httpUrlSchema }),
    owner: contactSchema.extend({
      /** The owning agency's unit id in units.yaml. */
      unit: slugIdSchema,
      parent: textSchema,
      functions: textSchema,
    }),
    responsibleOfficial: contactSchema.extend({ title: textSchema }),
    /** The organisation, its contacts and the plan in English, for the /en/ page (Nghị định 42/2022). */
    en: siteEnglishSchema.optional(),
  })
  .strict();

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
