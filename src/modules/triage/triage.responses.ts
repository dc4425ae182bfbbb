import { z } from 'zod';

// What the inbox, report and report-search routes answer (the staff API contract).

export const flagsResponse = z.object({ threatToLife: z.boolean(), child: z.boolean(), vulnerableAdult: z.boolean() });

/** A member of staff on the desk: an assignee or someone with the report open. */
export const deskPersonResponse = z.object({ id: z.string(), name: z.string(), isMe: z.boolean().optional() });

export const inboxItemResponse = z.object({
  id: z.string(),
  channel: z.string(),
  status: z.string(),
  categories: z.array(z.string()),
  flags: flagsResponse,
  priority: z.enum(['high', 'normal']),
  postcodeSector: z.string().nullable(),
  /** The language the reporter wrote in (labels/report-languages.ts), and whether staff marked it for translation. */
  language: z.string(),
  forTranslation: z.boolean(),
  submittedOn: z.string(),
  daysWaiting: z.number(),
  processing: z.string(),
  alertCount: z.number(),
  /** The reporter wrote last: a reply nobody has answered yet. */
  reporterReplied: z.boolean(),
  /** The first words of the reporter's account. */
  gist: z.string().nullable(),
  assignee: deskPersonResponse.nullable(),
  /** The report this one repeats, when marked a duplicate. */
  duplicateOf: z.string().nullable(),
  /** Who has the report open now. */
  viewers: z.array(deskPersonResponse),
});
export const inboxPageResponse = z.object({ items: z.array(inboxItemResponse), total: z.number() });

const span = { text: z.string(), start: z.number(), end: z.number() };
const spans = <Shape extends z.ZodRawShape>(shape: Shape) => z.array(z.object({ ...span, ...shape }));

/** Every list of the extraction output; each item is a span with its normalised value. */
export const extractionResponse = z.object({
  phones: spans({ e164: z.string() }),
  vehicles: spans({ vrm: z.string(), partial: z.boolean() }),
  postcodes: spans({ postcode: z.string(), partial: z.boolean() }),
  emails: spans({ address: z.string() }),
  handles: spans({ handle: z.string(), platform: z.string().nullable() }),
  addresses: spans({ street: z.string(), houseNumber: z.string().optional() }),
  people: spans({ name: z.string(), kind: z.enum(['name', 'nickname']) }),
  drugs: spans({ name: z.string() }),
  childIndicators: spans({ indicator: z.string() }),
});

export const reportDetailResponse = z.object({
  id: z.string(),
  channel: z.string(),
  status: z.string(),
  categories: z.array(z.string()),
  flags: flagsResponse,
  postcodeSector: z.string().nullable(),
  language: z.string(),
  forTranslation: z.boolean(),
  submittedOn: z.string(),
  hasContactDetails: z.boolean(),
  /** Who the report came from, as an intelligence source type: follows the channel and contact. */
  suggestedSourceType: z.enum(['public_anonymous', 'public_identified', 'partner_agency']),
  answers: z.record(z.string(), z.unknown()),
  texts: z.array(z.object({ field: z.string(), text: z.string(), entities: extractionResponse })),
  linkedEntities: z.array(
    z.object({
      entityId: z.string(),
      kind: z.string(),
      field: z.string(),
      spanStart: z.number().nullable(),
      spanEnd: z.number().nullable(),
    }),
  ),
  alerts: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), priority: z.string() })),
  relatedReports: z.array(
    z.object({ reportId: z.string(), submittedOn: z.string(), status: z.string(), entityIds: z.array(z.string()) }),
  ),
});

export const contactResponse = z.object({ contact: z.record(z.string(), z.unknown()).nullable() });

export const reportSearchResponse = z.object({
  total: z.number(),
  totalIsAtLeast: z.boolean(),
  offset: z.number(),
  understoodAs: z.array(z.object({ kind: z.string(), value: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      categories: z.array(z.string()),
      postcodeSector: z.string().nullable(),
      submittedOn: z.string(),
      flags: flagsResponse,
      excerpt: z.object({ field: z.string(), text: z.string() }).nullable(),
    }),
  ),
});

export const assigneesResponse = z.object({ assignees: z.array(deskPersonResponse) });
export const wardsResponse = z.object({ wards: z.array(z.object({ code: z.string(), name: z.string() })) });
export const bulkResponse = z.object({ updated: z.number() });
export const reportDeskResponse = z.object({
  assignee: deskPersonResponse.nullable(),
  duplicateOf: z.string().nullable(),
});
export const viewersResponse = z.object({ viewers: z.array(deskPersonResponse) });
