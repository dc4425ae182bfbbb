// Acquisitive crime near flagged places, from police.uk street crimes (DOMAIN-OPERATIONS c,
// ADR 0043). Pure: given the district's counts by month, map point and crime type, it counts
// each category within a radius of each place over the last three months, the three before and
// the same three a year earlier (trend), and compares the last three months with what the
// district's rate would give the same number of map points (baseline). Points are police.uk's
// anonymised map points (each stands for 8 or more addresses) and dates are months, so this is
// approximate context, never evidence about an address.

export const acquisitiveCategories = [
  'Burglary',
  'Vehicle crime',
  'Shoplifting',
  'Robbery',
  'Theft from the person',
  'Bicycle theft',
] as const;
export type AcquisitiveCategory = (typeof acquisitiveCategories)[number];

export type Place = { id: string; label: string; latitude: number; longitude: number };
export type PointCount = { month: string; latitude: number; longitude: number; crimeType: string; crimes: number };

export type CategoryRow = {
  category: AcquisitiveCategory | 'All acquisitive';
  lastThreeMonths: number;
  previousThreeMonths: number | null;
  sameMonthsLastYear: number | null;
  /** What the district's rate over the same three months gives this many map points. */
  expected: number;
  /** lastThreeMonths / expected, or null when the district had none. */
  ratio: number | null;
};
export type PlaceContext = Place & { mapPoints: number; rows: CategoryRow[] };
export type AcquisitiveContext = {
  referenceMonth: string;
  windows: { last: string[]; previous: string[]; lastYear: string[] };
  radiusMetres: number;
  districtMapPoints: number;
  places: PlaceContext[];
};

/** YYYY-MM plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthsBack = (end: string, count: number) =>
  Array.from({ length: count }, (_, i) => addMonths(end, i - count + 1));

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const pointKey = (p: { latitude: number; longitude: number }) => `${String(p.latitude)},${String(p.longitude)}`;

export function acquisitiveContext(input: {
  places: readonly Place[];
  counts: readonly PointCount[];
  referenceMonth: string;
  radiusMetres: number;
}): AcquisitiveContext {
  const { referenceMonth, radiusMetres } = input;
  const windows = {
    last: monthsBack(referenceMonth, 3),
    previous: monthsBack(addMonths(referenceMonth, -3), 3),
    lastYear: monthsBack(addMonths(referenceMonth, -12), 3),
  };
  const monthsWithData = new Set(input.counts.map((count) => count.month));
  const covered = (months: readonly string[]) => months.every((month) => monthsWithData.has(month));
  const baselineMonths = new Set(monthsBack(referenceMonth, 12));
  const districtPoints = new Map<string, { latitude: number; longitude: number }>();
  const allPoints = new Map<string, { latitude: number; longitude: number }>();
  for (const count of input.counts) {
    allPoints.set(pointKey(count), count);
    if (baselineMonths.has(count.month)) districtPoints.set(pointKey(count), count);
  }
  const isAcquisitive = (type: string): type is AcquisitiveCategory =>
    (acquisitiveCategories as readonly string[]).includes(type);
  const districtLast = new Map<string, number>();
  for (const count of input.counts) {
    if (isAcquisitive(count.crimeType) && windows.last.includes(count.month)) {
      districtLast.set(count.crimeType, (districtLast.get(count.crimeType) ?? 0) + count.crimes);
    }
  }
  const places = input.places.map((place): PlaceContext => {
    const near = new Set(
      [...allPoints.entries()].filter(([, point]) => distanceMetres(place, point) <= radiusMetres).map(([key]) => key),
    );
    const nearInBaseline = [...near].filter((key) => districtPoints.has(key)).length;
    const share = districtPoints.size === 0 ? 0 : nearInBaseline / districtPoints.size;
    const nearby = input.counts.filter((count) => isAcquisitive(count.crimeType) && near.has(pointKey(count)));
    const sum = (category: string | null, months: readonly string[]) =>
      nearby
        .filter((count) => (category === null || count.crimeType === category) && months.includes(count.month))
        .reduce((total, count) => total + count.crimes, 0);
    const row = (category: AcquisitiveCategory | null): CategoryRow => {
      const last = sum(category, windows.last);
      const district =
        category === null ? [...districtLast.values()].reduce((a, b) => a + b, 0) : (districtLast.get(category) ?? 0);
      const expected = round2(district * share);
      return {
        category: category ?? 'All acquisitive',
        lastThreeMonths: last,
        previousThreeMonths: covered(windows.previous) ? sum(category, windows.previous) : null,
        sameMonthsLastYear: covered(windows.lastYear) ? sum(category, windows.lastYear) : null,
        expected,
        ratio: expected === 0 ? null : round2(last / (district * share)),
      };
    };
    return { ...place, mapPoints: nearInBaseline, rows: [...acquisitiveCategories.map(row), row(null)] };
  });
  return { referenceMonth, windows, radiusMetres, districtMapPoints: districtPoints.size, places };
}
