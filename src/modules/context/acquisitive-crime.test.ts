import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acquisitiveContext, addMonths, distanceMetres, type PointCount } from './acquisitive-crime.ts';

// A small district with known answers: a flagged place P, a map point 111 m north of it, and
// one 1.1 km north. Reference month 2021-12: last three months Oct-Dec 2021, previous Jul-Sep,
// a year earlier Oct-Dec 2020.
const P = { latitude: 51.75, longitude: -0.33 };
const near = { latitude: 51.751, longitude: -0.33 };
const far = { latitude: 51.76, longitude: -0.33 };
const at = (point: typeof P, month: string, crimeType: string, crimes = 1): PointCount => ({
  ...point,
  month,
  crimeType,
  crimes,
});
const counts: PointCount[] = [
  at(P, '2021-10', 'Burglary'),
  at(P, '2021-11', 'Burglary'),
  at(P, '2021-12', 'Burglary'),
  at(near, '2021-08', 'Burglary', 2),
  at(far, '2021-07', 'Drugs'),
  at(far, '2021-09', 'Drugs'),
  at(far, '2021-11', 'Shoplifting', 5),
  at(P, '2021-11', 'Drugs', 4),
  at(far, '2020-10', 'Burglary'),
  at(far, '2020-11', 'Burglary'),
  at(far, '2020-12', 'Burglary'),
];
const place = { id: 'p', label: '10 Test Road', ...P };

test('months and distances', () => {
  assert.equal(addMonths('2021-01', -1), '2020-12');
  assert.equal(addMonths('2021-12', 1), '2022-01');
  assert.equal(addMonths('2021-03', -14), '2020-01');
  assert.equal(Math.round(distanceMetres(P, near)), 111);
  assert.equal(Math.round(distanceMetres(P, far)), 1112);
});

test('counts within 300 m against the district rate, with the trend', () => {
  const result = acquisitiveContext({ places: [place], counts, referenceMonth: '2021-12', radiusMetres: 300 });
  assert.deepEqual(result.windows, {
    last: ['2021-10', '2021-11', '2021-12'],
    previous: ['2021-07', '2021-08', '2021-09'],
    lastYear: ['2020-10', '2020-11', '2020-12'],
  });
  // Map points with any crime in the 12 months to 2021-12: P, near and far; two are within 300 m.
  assert.equal(result.districtMapPoints, 3);
  const [only] = result.places;
  assert.equal(only?.mapPoints, 2);
  const row = (category: string) => only.rows.find((r) => r.category === category);
  // Burglary: 3 at P; the district had 3, so 2 of 3 points expect 2; ratio 1.5. Jul-Sep: 2 at near.
  assert.deepEqual(row('Burglary'), {
    category: 'Burglary',
    lastThreeMonths: 3,
    previousThreeMonths: 2,
    sameMonthsLastYear: 0,
    expected: 2,
    ratio: 1.5,
  });
  // Shoplifting: 5 in the district, all 1.1 km away.
  assert.deepEqual(row('Shoplifting'), {
    category: 'Shoplifting',
    lastThreeMonths: 0,
    previousThreeMonths: 0,
    sameMonthsLastYear: 0,
    expected: 3.33,
    ratio: 0,
  });
  // Robbery: none anywhere, so no ratio.
  assert.equal(row('Robbery')?.ratio, null);
  // All acquisitive: 3 near of 8 in the district (drugs are not acquisitive).
  assert.deepEqual(row('All acquisitive'), {
    category: 'All acquisitive',
    lastThreeMonths: 3,
    previousThreeMonths: 2,
    sameMonthsLastYear: 0,
    expected: 5.33,
    ratio: 0.56,
  });
  assert.equal(only.rows.length, 7);
});

test('a smaller radius leaves out the point 111 m away', () => {
  const result = acquisitiveContext({ places: [place], counts, referenceMonth: '2021-12', radiusMetres: 100 });
  const burglary = result.places[0]?.rows.find((r) => r.category === 'Burglary');
  assert.equal(result.places[0]?.mapPoints, 1);
  assert.deepEqual(
    [burglary?.lastThreeMonths, burglary?.previousThreeMonths, burglary?.expected, burglary?.ratio],
    [3, 0, 1, 3],
  );
});

test('windows without any data give "no data", not zero', () => {
  const result = acquisitiveContext({ places: [place], counts, referenceMonth: '2022-03', radiusMetres: 300 });
  const all = result.places[0]?.rows.at(-1);
  // Oct-Dec 2021 are now the previous three months; Jan-Mar 2021 (a year earlier) hold no data.
  assert.equal(all?.lastThreeMonths, 0);
  assert.equal(all.previousThreeMonths, 3);
  assert.equal(all.sameMonthsLastYear, null);
});
