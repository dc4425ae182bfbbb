// A stand-in for src/modules/gazetteer (being finished on main), with the same interface and
// a handful of real St Albans streets, so the journey can be built and tested meanwhile.
// Deleted when the gazetteer is merged.
const streets = [
  'Hatfield Road',
  'Holywell Hill',
  'London Road',
  'Old London Road',
  "St Peter's Street",
  'Victoria Street',
  'Waddington Road',
  'Watling Street',
  'Harper Lane',
  'Sutton Road',
].map((name) => ({ name }));

const sectors = ['AL1 1', 'AL1 2', 'AL1 3', 'AL1 4', 'AL1 5', 'AL2 1', 'AL2 2', 'AL3 4', 'AL3 5', 'AL4 0', 'AL5 1'];

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/\brd\b/g, 'road')
    .replace(/\bst$/g, 'street')
    .replace(/\s+/g, ' ')
    .trim();

export const standInGazetteer = {
  findStreet: (text: string) => streets.find((street) => key(street.name) === key(text)),
  suggestStreets: (prefix: string, limit = 10) =>
    key(prefix) === ''
      ? []
      : streets
          .filter((street) =>
            key(street.name)
              .split(' ')
              .some((word) => word.startsWith(key(prefix).split(' ')[0] ?? '')),
          )
          .slice(0, limit),
  postcodeSectorCentroid: (postcode: string) => {
    const match = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d)(?:[A-Z]{2})?$/.exec(postcode.trim().toUpperCase());
    const sector = match ? `${match[1] ?? ''} ${match[2] ?? ''}` : '';
    return sectors.includes(sector) ? { sector } : undefined;
  },
};
