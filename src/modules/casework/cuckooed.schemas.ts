import { z } from 'zod';
import { cuckooActionCodes, cuckooTypeCodes } from './cuckooed.ts';

const date = (message: string) => z.iso.date(message);
const version = z.number({ error: 'Reload the entry: its version is missing' }).int().min(1);
const optionalUuid = (message: string) =>
  z
    .union([z.literal(''), z.uuid(message)])
    .nullish()
    .transform((v) => (v === '' || v === undefined ? null : v));

export const cuckooedListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const cuckooedBody = z.object({
  address: z.string().trim().min(5, 'Give the address (at least 5 characters)').max(300),
  locationEntityId: optionalUuid('Choose a location from the store'),
  uprn: z
    .string()
    .trim()
    .regex(/^(\d{1,12})?$/, 'A UPRN is up to 12 digits')
    .nullish()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  dealLineId: optionalUuid('Choose a deal line'),
  cuckooTypes: z
    .array(z.enum(cuckooTypeCodes, { error: 'Choose cuckooing types from the list' }))
    .min(1, 'Choose at least one way the address is used')
    .max(cuckooTypeCodes.length),
  reviewOn: date('Give the review date, like 2027-01-15'),
});

export const cuckooedActionBody = z.object({
  kind: z.enum(cuckooActionCodes, { error: 'Choose what was done' }),
  takenOn: date('Give the date, like 2026-12-10'),
  untilOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(date('Give the end date, like 2027-03-10').optional()),
  note: z.string().trim().min(3, 'Describe what was done (at least 3 characters)').max(4000),
  expectedVersion: version,
});

export const cuckooedReviewBody = z.object({
  reviewOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(date('Give the next review date, like 2027-01-15').optional()),
  close: z.boolean({ error: 'Say whether the entry is closed' }),
  expectedVersion: version,
});

export const caseLineBody = z.object({ dealLineId: z.uuid('Choose a deal line') });
