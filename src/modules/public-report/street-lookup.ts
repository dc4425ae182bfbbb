import { areaAt, findStreet, nearestStreet, postcodeSectorCentroid, suggestStreets } from '../gazetteer/index.ts';

// What the "where" page needs from the St Albans district street gazetteer. A small adapter,
// so the journey does not depend on how the gazetteer stores or matches its data.
export type StreetLookup = {
  /** The gazetteer's spelling of a street, if the text names one (case and "Rd"/"St" forgiven). */
  findStreet(text: string): string | undefined;
  /** Streets that start with (or contain a word starting with) the text, best first. */
  suggestStreets(text: string, limit: number): readonly string[];
  /** "AL1 3JX" or "AL1 3" → "AL1 3" when that sector is in the district's list. */
  postcodeSector(postcode: string): string | undefined;
  /** The nearest gazetteer street to a point inside the district (the map pin), if one is near. */
  nearestStreet(latitude: number, longitude: number): string | undefined;
};

export const streetLookup: StreetLookup = {
  findStreet: (text) => findStreet(text)?.name,
  suggestStreets: (text, limit) => suggestByShorterPrefixes(text, limit),
  postcodeSector: (postcode) => postcodeSectorCentroid(postcode)?.sector,
  nearestStreet: (latitude, longitude) =>
    areaAt('ward', latitude, longitude) === undefined ? undefined : nearestStreet(latitude, longitude)?.name,
};

/**
 * The gazetteer suggests streets by prefix, which finds nothing for a misspelling such as
 * "Hatfeld". Trying shorter and shorter starts of the first word (down to three letters)
 * still offers the street the reporter meant.
 */
function suggestByShorterPrefixes(text: string, limit: number): string[] {
  const trimmed = text.trim();
  const firstWord = trimmed.split(/\s+/)[0] ?? '';
  const attempts = [trimmed];
  for (let length = firstWord.length - 1; length >= 3; length -= 1) attempts.push(firstWord.slice(0, length));
  for (const attempt of attempts) {
    const found = suggestStreets(attempt, limit);
    if (found.length > 0) return found.map((street) => street.name);
  }
  return [];
}
