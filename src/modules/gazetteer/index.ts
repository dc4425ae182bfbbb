// The gazetteer module's public face: other modules import from here only.
export {
  findStreet,
  listStreets,
  nearestStreet,
  postcodeSectorCentroid,
  type Street,
  streetKeys,
  suggestStreets,
} from './gazetteer.ts';
export { canonicalWordOptions, isAbbreviation, STREET_TYPE_WORDS, WORD_PATTERN } from './street-names.ts';
export { findWard, listWards, type Ward, wardOfPlace, wardOfSector } from './wards.ts';
export { areaAt, areaBoundaries, type AreaBoundary, type AreaKind } from './boundaries.ts';
