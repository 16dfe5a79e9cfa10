import { z } from 'zod';
import { httpUrlSchema, nameSchema, slugIdSchema, summarySchema } from './common.ts';

/** Level of the agency that runs a related portal; lists are grouped by it, in this order. */
export const LINK_SCOPES = ['national', 'province', 'local'] as const;
export type LinkScope = (typeof LINK_SCOPES)[number];

export const LINK_SCOPE_LABELS: Record<LinkScope, string> = {
  national: 'Trung ương',
  province: 'Cấp tỉnh',
  local: 'Địa phương',
};

export const LINK_SCOPE_LABELS_EN: Record<LinkScope, string> = {
  national: 'National',
  province: 'Provincial',
  local: 'Local',
};

/** One entry of `content/links.yaml`: the portal of a related agency. */
export const relatedLinkSchema = z
  .object({
    id: slugIdSchema,
    name: nameSchema,
    /** The portal's public address; it is only linked, never fetched. */
    url: httpUrlSchema,
    scope: z.enum(LINK_SCOPES, { error: `cần một trong: ${LINK_SCOPES.join(', ')}` }),
    description: summarySchema.optional(),
    /** The name and description shown on the English page. */
    en: z.object({ name: nameSchema, description: summarySchema.optional() }).strict().optional(),
  })
  .strict();

export const relatedLinksFileSchema = z.array(relatedLinkSchema, {
  error: 'tệp cần là một danh sách liên kết, mỗi mục bắt đầu bằng "- id: …"',
});

export type RelatedLink = z.output<typeof relatedLinkSchema>;
