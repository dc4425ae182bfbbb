import { z } from 'zod';
import { acquisitiveCategories } from './acquisitive-crime.ts';

// The context API's contract: acquisitive crime near flagged places (ADR 0043).

export const acquisitiveCrimeQuery = z.object({
  radius: z.coerce
    .number('Enter the radius in metres')
    .int('Enter the radius in whole metres')
    .min(100, 'The radius must be at least 100 metres')
    .max(1000, 'The radius must be at most 1,000 metres')
    .default(300),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter the month as YYYY-MM, for example 2022-01')
    .optional(),
});

const categoryRow = z.object({
  category: z.enum([...acquisitiveCategories, 'All acquisitive']),
  lastThreeMonths: z.number(),
  previousThreeMonths: z.number().nullable(),
  sameMonthsLastYear: z.number().nullable(),
  expected: z.number(),
  ratio: z.number().nullable(),
});

export const acquisitiveCrimeResponse = z.object({
  district: z.string(),
  /** The latest month of police.uk street crime imported for the district, if any. */
  latestMonth: z.string().nullable(),
  referenceMonth: z.string().nullable(),
  radiusMetres: z.number(),
  districtMapPoints: z.number(),
  windows: z.object({ last: z.array(z.string()), previous: z.array(z.string()), lastYear: z.array(z.string()) }),
  places: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      latitude: z.number(),
      longitude: z.number(),
      mapPoints: z.number(),
      rows: z.array(categoryRow),
    }),
  ),
});
