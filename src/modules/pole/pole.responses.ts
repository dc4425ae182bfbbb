import { z } from 'zod';
import { entityKinds } from './pole.table.ts';

// What the entity routes answer (the staff API contract).

export const entitySummaryResponse = z.object({
  id: z.string(),
  kind: z.enum(entityKinds),
  label: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  reportCount: z.number(),
});

export const entityDetailResponse = entitySummaryResponse.extend({
  mergedInto: z.string().nullable(),
  aliases: z.array(z.object({ id: z.string(), label: z.string() })),
  /** What is known beyond the label; which keys appear depends on the kind. */
  details: z.object({
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    postcode: z.string().optional(),
    street: z.string().optional(),
    age: z.number().optional(),
    ageOn: z.string().optional(),
    isChild: z.boolean().optional(),
    make: z.string().optional(),
    model: z.string().optional(),
    source: z.string().optional(),
  }),
  timeline: z.array(z.object({ reportId: z.string(), observedOn: z.string(), field: z.string() })),
  links: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      confidence: z.number(),
      sourceCount: z.number(),
      firstSeen: z.string(),
      lastSeen: z.string(),
      other: z.object({ id: z.string(), kind: z.enum(entityKinds), label: z.string() }),
      sourceReportIds: z.array(z.string()),
    }),
  ),
});

export const recentEntitiesResponse = z.object({ items: z.array(entitySummaryResponse) });
export const foundEntityResponse = z.object({ id: z.string() });
