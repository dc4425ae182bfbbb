import { z } from 'zod';
import { entityKinds } from '../pole/index.ts';
import type { GraphFilters } from '../pole/index.ts';
import { exportFormats } from './network-export.service.ts';

// Request schemas for the link-analysis API. Query strings carry lists comma-separated.

const commaList = z
  .string()
  .trim()
  .transform((value) => (value === '' ? [] : value.split(',').map((item) => item.trim())));

const filterFields = {
  kinds: commaList.pipe(z.array(z.enum(entityKinds))).default([]),
  from: z.iso.date('Use a date like 2026-11-01').optional(),
  to: z.iso.date('Use a date like 2026-11-30').optional(),
  minConfidence: z.coerce.number().min(0).max(1).default(0),
};
const filterBodyFields = { ...filterFields, kinds: z.array(z.enum(entityKinds)).max(6).default([]) };

const windowInOrder = (value: { from?: string | undefined; to?: string | undefined }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;
const windowMessage = { message: 'The start of the window must not be after its end', path: ['from'] };

export function toFilters(value: {
  kinds: GraphFilters['kinds'];
  from?: string | undefined;
  to?: string | undefined;
  minConfidence: number;
}): GraphFilters {
  return { kinds: value.kinds, from: value.from ?? null, to: value.to ?? null, minConfidence: value.minConfidence };
}

const neighbourhoodFields = {
  seeds: commaList.pipe(z.array(z.uuid('Not a valid id')).min(1, 'Name at least one entity').max(50)),
  hops: z.coerce.number().int().min(1).max(3).default(2),
  maxNodes: z.coerce.number().int().min(1).max(2000).default(300),
  ...filterFields,
};

export const neighbourhoodQuery = z.object(neighbourhoodFields).refine(windowInOrder, windowMessage);
export const keyPlayersQuery = z
  .object({ ...neighbourhoodFields, limit: z.coerce.number().int().min(1).max(200).default(25) })
  .refine(windowInOrder, windowMessage);

export const pathQuery = z
  .object({
    from: z.uuid('Not a valid id'),
    to: z.uuid('Not a valid id'),
    maxDepth: z.coerce.number().int().min(1).max(6).default(6),
    kinds: filterFields.kinds,
    since: z.iso.date().optional(),
    until: z.iso.date().optional(),
    minConfidence: filterFields.minConfidence,
  })
  .refine((v) => windowInOrder({ from: v.since, to: v.until }), { ...windowMessage, path: ['since'] });

export const runParams = z.object({ runId: z.uuid('Not a valid id') });
export const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

export const communitiesStartBody = z
  .object({
    // Stored in a real column: hundredths are all that mean anything, and 5e-324 would underflow it.
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .transform((value) => Math.round(value * 100) / 100),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine(windowInOrder, windowMessage);
export const communitiesQuery = z.object({
  minSize: z.coerce.number().int().min(1).max(100_000).default(3),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const communityParams = z.object({ runId: z.uuid('Not a valid id'), community: z.coerce.number().int().min(0) });
export const communityQuery = z.object({ maxNodes: z.coerce.number().int().min(1).max(2000).default(300) });

export const exportBody = z.object({
  format: z.enum(exportFormats),
  title: z.string().trim().min(1).max(200).default('Linebreak network'),
  reason: z.string().max(1000).optional(),
  scope: z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('neighbourhood'),
        seeds: z.array(z.uuid('Not a valid id')).min(1).max(50),
        hops: z.number().int().min(1).max(3).default(2),
        maxNodes: z.number().int().min(1).max(2000).default(300),
        ...filterBodyFields,
        minConfidence: z.number().min(0).max(1).default(0),
      })
      .refine(windowInOrder, windowMessage),
    z
      .object({
        kind: z.literal('entities'),
        entityIds: z.array(z.uuid('Not a valid id')).min(1).max(2000),
        ...filterBodyFields,
        minConfidence: z.number().min(0).max(1).default(0),
      })
      .refine(windowInOrder, windowMessage),
  ]),
});
