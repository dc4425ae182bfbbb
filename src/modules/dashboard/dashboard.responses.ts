import { z } from 'zod';
import { buckets } from './periods.ts';
import { sectionIds } from './dashboard.schemas.ts';

// The tactical assessment dashboard (staff API contract): sections the reader may see, each a set of
// series counted per period, and for some a snapshot of figures as of now.

export const dashboardResponse = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(buckets),
  periods: z.array(z.string()),
  sections: z.array(
    z.object({
      id: z.enum(sectionIds),
      title: z.string(),
      description: z.string(),
      series: z.array(
        z.object({ key: z.string(), label: z.string(), values: z.array(z.number().int()), total: z.number().int() }),
      ),
      now: z.array(z.object({ key: z.string(), label: z.string(), value: z.number().int() })),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardResponse>;
