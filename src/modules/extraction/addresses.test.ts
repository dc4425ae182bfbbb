import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStreet } from '../gazetteer/index.ts';
import { extractAddresses } from './addresses.ts';
import { Claims } from './spans.ts';
import type { AddressEntity } from './types.ts';

const find = (text: string): AddressEntity[] => extractAddresses(text, new Claims());
const brief = (text: string): string[] =>
  find(text).map((a) => (a.houseNumber === undefined ? a.street : `${a.houseNumber} ${a.street}`));

describe('extractAddresses', () => {
  it('matches a house number and an abbreviated, lower-case street', () => {
    const [a] = find('Lads dealing outside 42 hatfield rd most nights');
    assert.ok(a);
    assert.equal(a.street, 'Hatfield Road');
    assert.equal(a.houseNumber, '42');
    assert.equal(a.text, '42 hatfield rd');
    const street = findStreet('Hatfield Road');
    assert.equal(a.latitude, street?.latitude);
    assert.equal(a.longitude, street?.longitude);
  });

  it('reads "lne" as lane, as text-speak writes it', () => {
    assert.deepEqual(brief('the house on sandpit lne wiv the blue door'), ['Sandpit Lane']);
  });

  it('handles St/Saint, apostrophes, full stops, letters and ranges', () => {
    assert.deepEqual(brief('on St. Peters St.'), ["St Peter's Street"]);
    assert.deepEqual(brief('Saint Peter’s Street'), ["St Peter's Street"]);
    assert.deepEqual(brief('flat 3, 42a Hatfield Road'), ['42A Hatfield Road']);
    assert.deepEqual(brief('at 12-14 Alma Rd'), ['12-14 Alma Road']);
    assert.deepEqual(brief('Cory-Wright Way'), ['Cory-Wright Way']);
  });

  it('finds bare street names, longest first, several per text', () => {
    assert.deepEqual(brief('outside the shops on London Road'), ['London Road']);
    assert.deepEqual(brief('Old London Road'), ['Old London Road']);
    assert.deepEqual(brief('junction of Verulam Road and Catherine Street'), ['Verulam Road', 'Catherine Street']);
    assert.deepEqual(brief('on hatfield road.'), ['Hatfield Road']);
  });

  it('needs capitals or a house number for names that are also ordinary words', () => {
    assert.deepEqual(brief('Woodlands'), ['Woodlands']);
    assert.deepEqual(brief('walking in the woodlands'), []);
    assert.deepEqual(brief('midway through the night'), []);
    assert.deepEqual(brief('went to the park'), []);
    assert.deepEqual(brief('The Park'), []);
    assert.deepEqual(brief('12 The Park'), ['12 The Park']);
    assert.deepEqual(brief('the ridgeway'), []);
    assert.deepEqual(brief('The Ridgeway'), ['The Ridgeway']);
  });

  it('does not take prices, times or towns as house numbers or streets', () => {
    assert.deepEqual(brief('£42 Hatfield Road'), ['Hatfield Road']);
    assert.deepEqual(brief('10:30 London Road'), ['London Road']);
    assert.deepEqual(brief('St Albans'), []);
    assert.deepEqual(brief('Hatfield'), []);
  });

  it('never returns a road number the gazetteer holds, and leaves it to no other extractor', () => {
    for (const text of [
      'lads meet in the lay-by on the A1081 every night',
      'drives him round the M25 then back up the A5183',
      'a lock-up off the A414 near 12 Hatfield Road',
    ]) {
      assert.ok(!brief(text).some((a) => /\b[ABM]\d/.test(a)), text);
    }
    assert.deepEqual(brief('a lock-up off the A414 near 12 Hatfield Road'), ['12 Hatfield Road']);
    const claims = new Claims();
    extractAddresses('on the A1081 by the garage', claims);
    assert.equal(claims.overlaps(7, 12), true);
  });

  it('does not join words across a sentence break', () => {
    assert.deepEqual(brief('We went to London. Road works everywhere'), []);
  });

  it('reads a street whose first word is misspelt by one letter, its type word after it', () => {
    assert.deepEqual(brief('small convenience shop on Hatfeild Rd near to Fleetville'), ['Hatfield Road']);
    assert.deepEqual(brief('the lads on Marshalswik Lane'), ['Marshalswick Lane']);
    // Not a surname with no street's type word after it, in either case.
    assert.deepEqual(brief('the Hatfeild family moved'), []);
    assert.deepEqual(brief('the hatfeild family moved'), []);
  });
});

describe('extractAddresses: what the thirty-second held-out set wrote', () => {
  it('reads a misspelt street in capitals, and a list of villages is no junction', () => {
    assert.deepEqual(brief('THE HOUSE AT THE END OF CRAVELS RD HARPENDEN.'), ['Cravells Road']);
    assert.deepEqual(brief('Drops Park Street / How Wood / Bricket Wood only'), []);
    assert.deepEqual(brief('garage block to rear of Park Street / Tollgate Road'), ['Park Street', 'Tollgate Road']);
  });
});

describe('extractAddresses: what the thirty-fourth held-out set wrote', () => {
  it('reads a misspelt first word in lower case before its type word', () => {
    assert.deepEqual(brief('they work from the bookies end of hatfeild rd by the shops'), ['Hatfield Road']);
    assert.deepEqual(brief('sellin ket n mandy outta da white hart on holywel hill ask 4 benji'), ['Holywell Hill']);
  });
});
