import { z } from 'zod';
import { calendarDay as day } from '../../platform/http/route-schemas.ts';
import { hexResolutions, hotspotUnits } from './hotspot-areas.ts';

// The hotspot map's and time pattern's questions: which records, gathered into which areas, between which days.

export const hotspotLayers = ['reports', 'alerts', 'warrants', 'seizures'] as const;
export type HotspotLayer = (typeof hotspotLayers)[number];

/** From and to (inclusive London days); either may be left out (the last 90 days up to today). */
export const dayRangeQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The start must not be after the end',
    path: ['from'],
  });

export const hotspotsQuery = z
  .object({
    layer: z.enum(hotspotLayers, 'Choose reports, alerts, warrants or seizures').default('reports'),
    unit: z.enum(hotspotUnits, 'Choose ward, LSOA or hexagon').default('ward'),
    resolution: z.coerce
      .number()
      .int()
      .refine((n): n is (typeof hexResolutions)[number] => (hexResolutions as readonly number[]).includes(n), {
        message: 'Choose a hexagon size of 7, 8 or 9',
      })
      .default(8),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The start must not be after the end',
    path: ['from'],
  });

export const timePatternQuery = z
  .object({
    location: z.uuid('Choose a location').optional(),
    ward: z
      .string()
      .regex(/^E05\d{6}$/, 'Choose a ward')
      .optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => (q.location === undefined) !== (q.ward === undefined), {
    message: 'Choose either a location or a ward',
    path: ['ward'],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The start must not be after the end',
    path: ['from'],
  });

/** The days asked, with the default of the last 90 days up to today. */
export function rangeOf(query: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
