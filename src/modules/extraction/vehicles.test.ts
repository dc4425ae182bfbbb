import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';
import type { VehicleEntity } from './types.ts';

const vehicles = (text: string): VehicleEntity[] => extractEntities(text).vehicles;
const vrms = (text: string): string[] => vehicles(text).map((v) => (v.partial ? '~' : '') + v.vrm);

describe('vehicle registrations', () => {
  it('takes current-style marks in any case, with or without the space', () => {
    assert.deepEqual(vrms('AB12 CDE'), ['AB12CDE']);
    assert.deepEqual(vrms('ab12cde'), ['AB12CDE']);
    assert.deepEqual(vrms('a grey golf ln65 xkd'), ['LN65XKD']);
    assert.equal(vehicles('AB12 CDE')[0]?.format, 'current');
  });

  it('takes prefix and suffix marks written in capitals', () => {
    assert.deepEqual(vrms('Old style reg A123 BCD'), ['A123BCD']);
    assert.deepEqual(vrms('suffix plate ABC 123D on an old mini'), ['ABC123D']);
    assert.equal(vehicles('car X456 JDF')[0]?.format, 'prefix');
    assert.equal(vehicles('car ABC 123D')[0]?.format, 'suffix');
  });

  it('takes dateless and cherished marks only after a reg/plate cue', () => {
    assert.deepEqual(vrms('reg 1234 AB'), ['1234AB']);
    assert.deepEqual(vrms('private plate AB 1234'), ['AB1234']);
    assert.deepEqual(vrms('my car reg K1 NGS'), ['K1NGS']);
    assert.deepEqual(vrms('K1 NGS'), []);
    assert.deepEqual(vrms('it was ABC 123'), []);
  });

  it('does not read postcodes as vehicles', () => {
    const result = extractEntities('reg AL1 3JX?? no thats my postcode. reg is AL61 HJK');
    assert.deepEqual(
      result.postcodes.map((p) => p.postcode),
      ['AL1 3JX'],
    );
    assert.deepEqual(
      result.vehicles.map((v) => v.vrm),
      ['AL61HJK'],
    );
  });

  it('does not read model names, roads or prose as marks', () => {
    for (const text of [
      'grey merc C220 AMG',
      'Audi A3 and a Merc C220',
      'BMW X5 M50D',
      'MK2 golf',
      'drove down the M25',
      'Volvo XC90',
      'PS5 and an XBOX',
      'COVID19',
      'Flat 2B',
    ]) {
      assert.deepEqual(vrms(text), [], text);
    }
  });

  it('marks partial registrations and keeps only the known characters', () => {
    assert.deepEqual(vrms('something like AB12 C??'), ['~AB12C']);
    assert.deepEqual(vrms('car plate starts with LN65'), ['~LN65']);
    assert.deepEqual(vrms('black audi, reg ending in KDE'), ['~KDE']);
    assert.deepEqual(vrms('registration LK17 or LK71 something, red Fiat'), ['~LK17', '~LK71']);
    assert.deepEqual(vrms('the car was FN61 and then mud'), ['~FN61']);
    assert.deepEqual(vrms('Blue BMW, reg started YH, then maybe 68'), ['~YH']);
    assert.deepEqual(vrms('the car started at 9pm'), []);
    assert.deepEqual(vrms('his name starts with JA'), []);
    const [partial] = vehicles('car plate starts with LN65');
    assert.ok(partial);
    assert.equal(partial.partial, true);
    assert.equal(partial.format, 'current');
  });

  it('reports exact spans', () => {
    const input = 'Black BMW reg AB12 CDE.';
    const [v] = vehicles(input);
    assert.ok(v);
    assert.equal(v.text, 'AB12 CDE');
    assert.equal(input.slice(v.start, v.end), 'AB12 CDE');
  });

  it("reads a partial plate after 'reg part'", () => {
    assert.deepEqual(
      extractEntities('dealing from blk VW Polo, reg part LB1-, outside').vehicles.map(
        (v) => `${v.partial ? '~' : ''}${v.vrm}`,
      ),
      ['~LB1'],
    );
  });

  it('reads a partial plate after "the reg part was" or "partial plate is" without other vehicle words', () => {
    assert.deepEqual(
      extractEntities('The reg part was KX6. Partial plate is YK.').vehicles.map((v) => `~${v.vrm}`),
      ['~KX6', '~YK'],
    );
  });

  it("reads a partial plate after 'only end part'", () => {
    assert.deepEqual(
      extractEntities("Car is red Seat Leon, number plate I see only end part 'XZT'.").vehicles.map((v) => `~${v.vrm}`),
      ['~XZT'],
    );
  });

  it('reads a partial plate after "finish with", "the reg has" and "last 3 of the reg"', () => {
    const partial = (text: string) => extractEntities(text).vehicles.map((v) => `~${v.vrm}`);
    assert.deepEqual(partial('One have silver Yamaha moped, plate finish with EKD.'), ['~EKD']);
    assert.deepEqual(partial('Bez drives a dark green Kia, I think the reg has HPW in it.'), ['~HPW']);
    assert.deepEqual(partial('met by a man in a silver Prius (last 3 of the reg OFD), then'), ['~OFD']);
  });

  it('reads three lower-case letters without a vowel right after the plate is named, and no word', () => {
    const partial = (text: string) => extractEntities(text).vehicles.map((v) => `~${v.vrm}`);
    assert.deepEqual(partial('he drives a black merc, plate ends kvd i think'), ['~KVD']);
    assert.deepEqual(partial('the car plate ends with kvd'), ['~KVD']);
    assert.deepEqual(partial('the car plate ends why, the reg ends the same'), []);
    assert.deepEqual(partial('the car drove off and the road ends by the shop'), []);
    assert.deepEqual(partial('he drives a blacked out merc ends in xlk lol. reg ends ffs'), ['~XLK']);
  });

  it('reads the start of the reg as a partial mark, whatever else its shape could be', () => {
    const partial = (text: string) => extractEntities(text).vehicles.map((v) => (v.partial ? '~' : '') + v.vrm);
    assert.deepEqual(partial('a white Toyota C-HR, I only got the start of the reg, WR7.'), ['~WR7']);
    assert.deepEqual(partial('I only got the start of the reg WR7'), ['~WR7']);
    assert.deepEqual(partial('The car alarm started, 3am, and the fight started, 4pm, by the van.'), []);
    assert.deepEqual(partial('sometime red Vauxhall Corsa pick him, registration I see only finish in OXK.'), ['~OXK']);
  });
});

describe('extractVehicles: partial marks as the thirtieth held-out set wrote them', () => {
  it('reads a partial registration "of" or "partially seen as" its letters, and letters the reg "had in it"', () => {
    const vrms = (text: string): string[] => extractEntities(text).vehicles.map((v) => `~${v.vrm}`);
    assert.deepEqual(vrms("a black Audi Q5 with a partial registration of 'RX', and"), ['~RX']);
    assert.deepEqual(vrms("a green Land Rover Defender, registration partially seen as 'GN'."), ['~GN']);
    assert.deepEqual(vrms('i didnt get the reg but it had XJ in it. thank you'), ['~XJ']);
    // A make's badge, and letters not said of a plate, are no part of one.
    assert.deepEqual(vrms('the plate had a dent and it has BMW in it'), []);
    assert.deepEqual(vrms('the box had XJ in it'), []);
  });
});

describe('extractVehicles: partial marks as the thirty-second held-out set wrote them', () => {
  it("reads a quoted part after 'see only the end', 'see only' and 'partial'", () => {
    assert.deepEqual(vrms("Car is black Mercedes, number I see only the end 'WFK'. Please"), ['~WFK']);
    assert.deepEqual(vrms("He has a moped, the plate I see only 'LR' at the start."), ['~LR']);
    assert.deepEqual(vrms("a black Audi A3, partial 'BV' only."), ['~BV']);
    // The cue goes on to the plate's own words: read as before.
    assert.deepEqual(vrms("Car is black Audi, I see only the end of plate, it is 'XNL'."), ['~XNL']);
    assert.deepEqual(vrms("I have only a partial 'view' of the street."), []);
  });
});

describe('extractVehicles: what the thirty-third held-out set wrote', () => {
  it('reads a mark spaced or dashed throughout, and the first bit "of the reg"', () => {
    assert.deepEqual(vrms('a grey Mercedes A-Class EK 72 WRD, a black Seat Leon kx-19-tpo and a blue Mini'), [
      'EK72WRD',
      'KX19TPO',
    ]);
    assert.deepEqual(vrms("Lads in a black Astra. First bit of the reg is HN, couldn't get the rest."), ['~HN']);
    assert.deepEqual(vrms('he is UK 20 ONE of the best'), []);
  });
});
