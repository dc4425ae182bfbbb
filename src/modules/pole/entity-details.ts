import { z } from 'zod';
import type { Sealer } from '../../platform/crypto/sealer.ts';

// Optional facts about an entity beyond its label, sealed like the label (pole_entities.
// details_sealed). Sources that know them (e.g. the Neo4j POLE import) write them; extraction
// from report text does not yet, so every field is optional and readers fall back gracefully.
export const entityDetailsSchema = z.object({
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  postcode: z.string().max(10).optional(),
  /** A street the entity was placed in (for people, where a report placed them). */
  street: z.string().max(120).optional(),
  age: z.number().int().min(0).max(130).optional(),
  /** The day an approximate age was given ('YYYY-MM-DD'), so it can be compared later. */
  ageOn: z.iso.date().optional(),
  isChild: z.boolean().optional(),
  make: z.string().max(60).optional(),
  model: z.string().max(60).optional(),
  source: z.string().max(60).optional(),
});
export type EntityDetails = z.infer<typeof entityDetailsSchema>;

export function entityDetailsContext(entityId: string): string {
  return `pole_entity:${entityId}:details`;
}

export function sealEntityDetails(sealer: Sealer, entityId: string, details: EntityDetails): Buffer {
  return sealer.seal(JSON.stringify(entityDetailsSchema.parse(details)), entityDetailsContext(entityId));
}

/** The entity's details, or {} when none were recorded or they no longer parse. */
export function openEntityDetails(sealer: Sealer, entityId: string, sealed: Uint8Array | null): EntityDetails {
  if (sealed === null) return {};
  const parsed = entityDetailsSchema.safeParse(JSON.parse(sealer.openText(sealed, entityDetailsContext(entityId))));
  return parsed.success ? parsed.data : {};
}

/** A person recorded as under 18 (by age or an explicit flag). Unknown age is not a child. */
export function isRecordedChild(details: EntityDetails): boolean {
  return details.isChild === true || (details.age !== undefined && details.age < 18);
}
