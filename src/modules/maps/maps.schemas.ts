import { z } from 'zod';

/** The map's time filter: what fired or was seen in the last 7, 28 or 90 days, or everything. */
export const mapPeriods = ['7', '28', '90', 'all'] as const;
export type MapPeriod = (typeof mapPeriods)[number];

export const flaggedLocationsQuery = z.object({
  period: z.enum(mapPeriods, 'Choose 7, 28 or 90 days, or all').default('all'),
});
