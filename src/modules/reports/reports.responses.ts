import { z } from 'zod';

// What the report message, photo and retention routes answer (the staff API contract).

export const reportMessageResponse = z.object({
  id: z.string(),
  author: z.enum(['staff', 'reporter']),
  staffUserId: z.string().nullable(),
  sentOn: z.string(),
  body: z.string(),
});
export const reportMessagesResponse = z.object({ messages: z.array(reportMessageResponse) });
export const messageTemplatesResponse = z.object({
  templates: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
});

export const reportPhotosResponse = z.object({
  photos: z.array(z.object({ id: z.string(), position: z.number(), originalKept: z.boolean() })),
});
export const photoOriginalResponse = z.object({
  photoId: z.string(),
  reportId: z.string(),
  format: z.string(),
  bytes: z.number(),
  recordedSha256: z.string(),
  computedSha256: z.string(),
  verified: z.boolean(),
  originalBase64: z.string(),
});

export const dueReportsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      status: z.string(),
      categories: z.array(z.string()),
      flags: z.object({ threatToLife: z.boolean(), child: z.boolean(), vulnerableAdult: z.boolean() }),
      submittedOn: z.string(),
      reviewOn: z.string(),
      flaggedOn: z.string(),
    }),
  ),
});
export const keptResponse = z.object({ reviewOn: z.string() });
/** How many rows of each kind were erased with the report. */
export const erasedResponse = z.record(z.string(), z.number());

export const forTranslationResponse = z.object({ forTranslation: z.boolean(), language: z.string() });
