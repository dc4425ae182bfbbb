import { z } from 'zod';
import { calendarDay as day } from '../../platform/http/route-schemas.ts';
import { buckets } from './periods.ts';

const maxDays = 3 * 366;

export const sectionIds = ['reports', 'alerts', 'casework', 'warrants', 'arrests', 'outcomes', 'lines'] as const;
export type SectionId = (typeof sectionIds)[number];

/** The period asked (default: the last 12 weeks, by week), at most three years. */
export const dashboardQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    bucket: z.enum(buckets, 'Choose week or month').default('week'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start must not be after the end', path: ['from'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= maxDays * 86_400_000, {
    message: 'Choose a period of at most three years',
    path: ['from'],
  });

export const dashboardExportQuery = z.intersection(
  dashboardQuery,
  z.object({ section: z.enum([...sectionIds, 'all'], 'Choose a section').default('all') }),
);
