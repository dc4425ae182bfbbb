import { z } from 'zod';
import { hexResolutions, hotspotUnits } from './hotspot-areas.ts';
import { hotspotLayers } from './hotspots.schemas.ts';

// What the hotspot and time-pattern routes answer (the staff API contract). Coordinates are [longitude, latitude].

const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()))) });

export const hotspotsResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: polygon,
      properties: z.object({ id: z.string(), name: z.string(), count: z.number().int() }),
    }),
  ),
  layer: z.enum(hotspotLayers),
  unit: z.enum(hotspotUnits),
  resolution: z.union(hexResolutions.map((n) => z.literal(n))),
  from: z.string(),
  to: z.string(),
  /** Every record counted, placed or not. */
  total: z.number().int(),
  /** Records whose place the gazetteer could not find (not drawn). */
  unplaced: z.number().int(),
  /** Records placed outside every ward or LSOA of the district (not drawn). */
  outside: z.number().int(),
});

const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const times = ['morning', 'afternoon', 'evening', 'night'] as const;

export const timePatternResponse = z.object({
  subject: z.object({ kind: z.enum(['location', 'ward']), id: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  cells: z.array(z.object({ day: z.enum(days), time: z.enum(times), weight: z.number(), named: z.number().int() })),
  reports: z.number().int(),
  withWhen: z.number().int(),
  withoutWhen: z.number().int(),
  /** True when only the newest reports were read (the limit was reached). */
  capped: z.boolean(),
});

export const wardsResponse = z.object({ wards: z.array(z.object({ code: z.string(), name: z.string() })) });
