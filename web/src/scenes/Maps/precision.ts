import type { CoordinateSource } from '../../api/network-types.ts';

/** How exactly a place is drawn: staff must not read a street's point as a front door. */
export const precisionLabels: Readonly<Record<CoordinateSource, string>> = {
  recorded: 'Recorded coordinates',
  gazetteer_street: 'Street (approximate)',
  gazetteer_postcode_sector: 'Postcode sector (approximate)',
};
