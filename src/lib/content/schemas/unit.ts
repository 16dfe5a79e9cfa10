import { z } from 'zod';
import { httpUrlSchema, isoDateSchema, nameSchema, slugIdSchema, TEXT_LIMITS } from './common.ts';
import { UNIT_KINDS } from './taxonomies.ts';

const kindSchema = z.enum(UNIT_KINDS, {
  error: `cần một trong các loại: ${UNIT_KINDS.join(', ')}`,
});

/** A unit: a city agency, a partner organisation, a ward or a commune. */
export const unitSchema = z
  .object({
    id: slugIdSchema,
    name: nameSchema,
    /** The short form used in tables, e.g. "Phòng VH&TT". */
    shortName: nameSchema.optional(),
    kind: kindSchema,
    /** Every spelling of the unit's name found in documents. */
    aliases: z.array(nameSchema).default([]),
    /** GitHub accounts of the unit's editors; they own content/posts/<id>/. */
    editors: z.array(z.string().max(TEXT_LIMITS.id).regex(/^@?[A-Za-z0-9-]+(?:\/[A-Za-z0-9_.-]+)?$/, {
      message: 'cần một tài khoản GitHub, ví dụ "@nguyenvana"',
    })).default([]),
    /** Administrative validity: a unit may exist only for part of the years. */
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.optional(),
    website: httpUrlSchema.optional(),
  })
  .strict()
  .refine((unit) => !unit.validFrom || !unit.validTo || unit.validFrom <= unit.validTo, {
    message: 'validFrom phải trước hoặc bằng validTo',
    path: ['validTo'],
  });

/** A named group of units, such as "UBND các phường, xã", defined by unit kinds. */
export const unitGroupSchema = z
  .object({
    id: slugIdSchema,
    name: nameSchema,
    kinds: z.array(kindSchema).min(1),
    aliases: z.array(nameSchema).default([]),
  })
  .strict();

/** `content/units.yaml`. */
export const unitsFileSchema = z
  .object({
    units: z.array(unitSchema),
    groups: z.array(unitGroupSchema).default([]),
  })
  .strict();

export type Unit = z.output<typeof unitSchema>;
export type UnitGroup = z.output<typeof unitGroupSchema>;
