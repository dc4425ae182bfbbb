import { z } from 'zod';
import { mapPeriods } from './maps.schemas.ts';

// What the map routes answer (the staff API contract). Coordinates are [longitude, latitude].

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });

export const mapStyleResponse = z.object({ styleUrl: z.string().nullable() });

export const gazetteerResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: point,
      properties: z.object({ kind: z.literal('street'), name: z.string() }),
    }),
  ),
});

const flagReason = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('alert'),
    alertId: z.string(),
    alertKind: z.string(),
    title: z.string(),
    status: z.string(),
    priority: z.string(),
  }),
  z.object({ kind: z.literal('deal_line'), lineId: z.string(), brandName: z.string(), status: z.string() }),
]);

export const coordinateSources = ['recorded', 'gazetteer_postcode_sector', 'gazetteer_street'] as const;

export const flaggedLocationsResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: point,
      properties: z.object({
        entityId: z.string(),
        label: z.string(),
        precision: z.enum(coordinateSources),
        reasons: z.array(flagReason),
      }),
    }),
  ),
  /** Flagged locations the gazetteer cannot place (listed, not drawn). */
  unplaced: z.array(z.object({ entityId: z.string(), label: z.string(), reasons: z.array(flagReason) })),
  /** The time filter applied: the last 7, 28 or 90 days, or all. */
  period: z.enum(mapPeriods),
});
