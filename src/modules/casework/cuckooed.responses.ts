import { z } from 'zod';
import { cuckooActionCodes, cuckooTypeCodes } from './cuckooed.ts';

// What the cuckooed-register routes answer (cuckooed.service.ts).

const orNull = z.string().nullable();

export const cuckooedEntryResponse = z.object({
  id: z.string(),
  address: z.string(),
  locationEntityId: orNull,
  uprn: orNull,
  dealLineId: orNull,
  dealLineName: orNull,
  cuckooTypes: z.array(z.enum(cuckooTypeCodes)),
  cuckooTypeLabels: z.array(z.string()),
  status: z.enum(['active', 'closed']),
  reviewOn: z.string(),
  reviewOverdue: z.boolean(),
  lastVisitOn: orNull,
  closureNoticeOn: orNull,
  closureOrderOn: orNull,
  closureOrderUntil: orNull,
  actions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(cuckooActionCodes),
      kindLabel: z.string(),
      takenOn: z.string(),
      untilOn: orNull,
      /** Only on the entry's own page; null in the list. */
      note: orNull,
      recordedBy: z.string(),
    }),
  ),
  version: z.number(),
});

export const cuckooedListResponse = z.object({
  items: z.array(cuckooedEntryResponse),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const caseLinesResponse = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const lineChoicesResponse = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
});
