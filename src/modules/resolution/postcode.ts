// UK postcodes are hierarchical: area "AL", district (outward code) "AL1", sector "AL1 3",
// unit "AL1 3JW". Agreeing on a sector is real evidence; agreeing on an area barely is.
// Reports often give only part ("somewhere in AL1"), so parsing keeps whatever is there.

export type UkPostcode = {
  readonly area: string;
  readonly district: string;
  readonly sector?: string;
  readonly unit?: string;
};

const fullPattern = /^([A-Z]{1,2})(\d[A-Z\d]?)(\d)([A-Z]{2})$/;
const sectorPattern = /^([A-Z]{1,2})(\d[A-Z\d]?) (\d)$/;
const districtPattern = /^([A-Z]{1,2})(\d[A-Z\d]?)$/;

/** Upper case, single spaces: the form used for storage and exact comparison. */
export function normalisePostcode(value: string | undefined): string {
  return (value ?? '').toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Parses a full, sector-only or district-only UK postcode; undefined for anything else. */
export function parseUkPostcode(value: string | undefined): UkPostcode | undefined {
  const spaced = normalisePostcode(value);
  const compact = spaced.replace(/ /g, '');
  const full = fullPattern.exec(compact);
  if (full !== null) {
    const [, area = '', rest = '', sectorDigit = '', unit = ''] = full;
    const district = area + rest;
    return { area, district, sector: `${district} ${sectorDigit}`, unit: `${district} ${sectorDigit}${unit}` };
  }
  const sector = sectorPattern.exec(spaced);
  if (sector !== null) {
    const [, area = '', rest = '', sectorDigit = ''] = sector;
    return { area, district: area + rest, sector: `${area}${rest} ${sectorDigit}` };
  }
  const district = districtPattern.exec(compact);
  if (district !== null) {
    const [, area = '', rest = ''] = district;
    return { area, district: area + rest };
  }
  return undefined;
}
