import { findStreet, postcodeSectorCentroid } from '../gazetteer/index.ts';
import type { EntityDetails } from '../pole/index.ts';

export type CoordinateSource = 'recorded' | 'gazetteer_postcode_sector' | 'gazetteer_street';
export type Coordinates = { readonly latitude: number; readonly longitude: number; readonly source: CoordinateSource };

const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const leadingNumber = /^(?:flat\s+\w+,?\s*)?\d+[a-z]?(?:-\d+[a-z]?)?,?\s+/i;

/**
 * Where a location is. Coordinates a source recorded (sealed entity details) come first; otherwise
 * the St Albans gazetteer places a postcode at its sector centroid or an address at its street's
 * centroid (street-level precision at best). Anything else has no coordinates.
 */
export function locationCoordinates(label: string, details: EntityDetails): Coordinates | null {
  if (details.latitude !== undefined && details.longitude !== undefined) {
    return { latitude: details.latitude, longitude: details.longitude, source: 'recorded' };
  }
  const trimmed = label.trim();
  const postcode = details.postcode ?? (postcodePattern.test(trimmed) ? trimmed : undefined);
  if (postcode !== undefined) {
    const sector = postcodeSectorCentroid(postcode);
    if (sector) return { latitude: sector.latitude, longitude: sector.longitude, source: 'gazetteer_postcode_sector' };
  }
  const street = findStreet(trimmed.replace(leadingNumber, ''));
  return street ? { latitude: street.latitude, longitude: street.longitude, source: 'gazetteer_street' } : null;
}
