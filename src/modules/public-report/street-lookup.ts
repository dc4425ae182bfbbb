import { standInGazetteer } from './street-lookup.stand-in.ts';

// What the "where" page needs from the St Albans district street gazetteer. A small adapter,
// so the journey does not depend on how the gazetteer stores or matches its data.
export type StreetLookup = {
  /** The gazetteer's spelling of a street, if the text names one (case and "Rd"/"St" forgiven). */
  findStreet(text: string): string | undefined;
  /** Streets that start with (or contain a word starting with) the text, best first. */
  suggestStreets(text: string, limit: number): readonly string[];
  /** "AL1 3JX" or "AL1 3" → "AL1 3" when that sector is in the district's list. */
  postcodeSector(postcode: string): string | undefined;
};

export const streetLookup: StreetLookup = {
  findStreet: (text) => standInGazetteer.findStreet(text)?.name,
  suggestStreets: (text, limit) => standInGazetteer.suggestStreets(text, limit).map((street) => street.name),
  postcodeSector: (postcode) => standInGazetteer.postcodeSectorCentroid(postcode)?.sector,
};
