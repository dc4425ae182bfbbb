import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findStreet, listStreets, postcodeSectorCentroid, suggestStreets } from './gazetteer.ts';
import { streetKey } from './street-names.ts';
import { GENERIC_PLACE_LABELS, tidyStreetName } from './derive-gazetteer-data.ts';

describe('listStreets', () => {
  it('holds the St Albans streets with coordinates inside the district', () => {
    const streets = listStreets();
    assert.ok(streets.length > 1100 && streets.length < 1300, `got ${streets.length}`);
    for (const s of streets) {
      assert.ok(s.latitude > 51.65 && s.latitude < 51.9, `${s.name} latitude ${s.latitude}`);
      assert.ok(s.longitude > -0.5 && s.longitude < -0.15, `${s.name} longitude ${s.longitude}`);
      assert.match(s.lsoa11cd, /^E0\d{7}$/);
    }
  });

  it('has unique names and no generic police.uk place labels', () => {
    const names = listStreets().map((s) => s.name);
    assert.equal(new Set(names).size, names.length);
    for (const label of GENERIC_PLACE_LABELS) assert.ok(!names.includes(label), label);
    assert.ok(names.includes('Hatfield Road'));
    assert.ok(names.includes("St Peter's Street"));
  });

  it('is sorted by name', () => {
    const names = listStreets().map((s) => s.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
  });
});

describe('findStreet', () => {
  it('matches exact names ignoring case and spacing', () => {
    assert.equal(findStreet('hatfield road')?.name, 'Hatfield Road');
    assert.equal(findStreet('  HATFIELD   ROAD ')?.name, 'Hatfield Road');
  });

  it('expands St/Saint, Rd, Ave, Ln and St. abbreviations and ignores apostrophes', () => {
    assert.equal(findStreet('St Peters St')?.name, "St Peter's Street");
    assert.equal(findStreet('Saint Peter’s Street')?.name, "St Peter's Street");
    assert.equal(findStreet('st. peters st.')?.name, "St Peter's Street");
    assert.equal(findStreet('Hatfield Rd')?.name, 'Hatfield Road');
    assert.equal(findStreet('Harper Ln')?.name, 'Harper Lane');
    assert.equal(findStreet('Beckett’s Ave')?.name, "Beckett's Avenue");
  });

  it('returns undefined for unknown or partial names', () => {
    assert.equal(findStreet('Hatfield'), undefined);
    assert.equal(findStreet('Baker Street Nowhere'), undefined);
    assert.equal(findStreet(''), undefined);
    assert.equal(findStreet('!!!'), undefined);
  });

  it('returns the stored point for the street', () => {
    const s = findStreet('Waddington Road');
    assert.ok(s);
    assert.equal(s.latitude, 51.753028);
    assert.equal(s.longitude, -0.339165);
    assert.equal(s.lsoa11cd, 'E01023727');
  });
});

describe('suggestStreets', () => {
  it('returns names starting with the prefix first, within the limit', () => {
    const hits = suggestStreets('hatf', 5).map((s) => s.name);
    assert.ok(hits.length >= 1 && hits.length <= 5);
    assert.equal(hits[0], 'Hatfield Road');
    for (const name of hits) assert.match(name.toLowerCase(), /(^|\s)hatf/);
  });

  it('understands "st pet" as Saint Peter', () => {
    const hits = suggestStreets('st pet', 10).map((s) => s.name);
    assert.ok(hits.includes("St Peter's Street"), hits.join('|'));
    assert.ok(hits.includes("St Peter's Road"));
  });

  it('falls back to word-start matches after full-name matches', () => {
    const hits = suggestStreets('peter', 20).map((s) => s.name);
    assert.ok(hits.indexOf('Peters Avenue') < hits.indexOf("St Peter's Street"));
  });

  it('returns nothing for an empty prefix or a zero limit', () => {
    assert.deepEqual(suggestStreets('', 5), []);
    assert.deepEqual(suggestStreets('ha', 0), []);
  });
});

describe('postcodeSectorCentroid', () => {
  it('finds the sector for full, compact and sector-only postcodes', () => {
    const full = postcodeSectorCentroid('AL1 3JX');
    assert.equal(full?.sector, 'AL1 3');
    assert.deepEqual(postcodeSectorCentroid('al13jx'), full);
    assert.deepEqual(postcodeSectorCentroid('AL1 3'), full);
    assert.equal(postcodeSectorCentroid('al10 9ab')?.sector, 'AL10 9');
    assert.ok(full);
    assert.ok(full.latitude > 51.7 && full.latitude < 51.8);
  });

  it('returns undefined outside the AL area or for junk', () => {
    assert.equal(postcodeSectorCentroid('SW1A 1AA'), undefined);
    assert.equal(postcodeSectorCentroid('AL1'), undefined);
    assert.equal(postcodeSectorCentroid('hello'), undefined);
  });
});

describe('street-name helpers and data files', () => {
  it('builds one key for equivalent spellings', () => {
    assert.equal(streetKey("St Peter's Street"), 'saint peters street');
    assert.equal(streetKey('st.peters st'), 'saint peters street');
    assert.equal(streetKey('Cory-Wright Way'), 'cory wright way');
  });

  it('tidies the police.uk possessive capitalisation', () => {
    assert.equal(tidyStreetName("St Peter'S Street"), "St Peter's Street");
  });

  it('keeps the shipped data small', () => {
    const dir = join(import.meta.dirname, 'data');
    const total = ['st-albans-streets.csv', 'al-postcode-sectors.csv', 'PROVENANCE.md']
      .map((f) => statSync(join(dir, f)).size)
      .reduce((a, b) => a + b, 0);
    assert.ok(total < 150 * 1024, `${total} bytes`);
  });
});
