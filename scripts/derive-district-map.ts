// Writes src/modules/public-report/assets/district-map.svg, the where page's clickable map, from
// the gazetteer's ward boundaries. Run after the boundaries or the map's projection change;
// test/reports/report-journey-map-pin.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { areaBoundaries } from '../src/modules/gazetteer/index.ts';
import { districtMapSvg } from '../src/modules/public-report/district-map.ts';

const target = new URL('../src/modules/public-report/assets/district-map.svg', import.meta.url);
writeFileSync(target, districtMapSvg(areaBoundaries('ward')));
