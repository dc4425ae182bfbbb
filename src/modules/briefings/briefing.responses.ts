import { z } from 'zod';

// What the briefing-sheet routes answer (the staff API contract).

const entity = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  lastSeen: z.string(),
  role: z.string().optional(),
});

export const briefingResponse = z.object({
  kind: z.enum(['address', 'line']),
  id: z.string(),
  title: z.string(),
  marking: z.string(),
  handling: z.enum(['P', 'C']),
  handlingNote: z.string(),
  generatedAt: z.string(),
  summary: z.array(z.object({ label: z.string(), value: z.string() })),
  reports: z.array(z.object({ id: z.string(), observedOn: z.string() })),
  reportCount: z.number(),
  alerts: z.array(
    z.object({ id: z.string(), kind: z.string(), title: z.string(), status: z.string(), lastFiredOn: z.string() }),
  ),
  people: z.array(entity),
  vehicles: z.array(entity),
  phones: z.array(entity),
  addresses: z.array(entity),
  intelligence: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      grade: z.string(),
      handling: z.enum(['P', 'C']),
      sanitisedText: z.string(),
      createdOn: z.string(),
    }),
  ),
  warrants: z
    .array(z.object({ id: z.string(), reference: z.string(), status: z.string(), premises: z.string() }))
    .nullable(),
});
