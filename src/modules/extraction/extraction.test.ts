import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';
import type { ChildIndicatorCode } from './child-indicators.ts';
import type { Extraction, Span } from './types.ts';

const REPORT = `Hi, reporting a trap house at 23 Alexandra Road AL1 3AZ (St Albans).
Lad called Jamal, maybe 14, in school uniform, selling white and brown and some ket.
Line: +44 (0)7700 900 321 / 07700900456. Snap: tiny_23, email watcher@example.co.uk.
Silver Yaris reg MF67 KLO, and another car starting with LN65. Older lads from London.
Not phones: 12/03/2024 at 14:30, £20 a bag, 24/7, 2 for £15.`;

function spans(result: Extraction): Span[] {
  return Object.values(result).flat();
}

describe('extractEntities', () => {
  it('returns every kind, each a list, in a fixed key order', () => {
    assert.deepEqual(Object.keys(extractEntities('')), [
      'phones',
      'vehicles',
      'postcodes',
      'emails',
      'handles',
      'addresses',
      'people',
      'drugs',
      'childIndicators',
    ]);
  });

  it('extracts a realistic report', () => {
    const r = extractEntities(REPORT);
    assert.deepEqual(
      r.phones.map((p) => p.e164),
      ['+447700900321', '+447700900456'],
    );
    assert.deepEqual(
      r.vehicles.map((v) => [v.vrm, v.partial]),
      [
        ['MF67KLO', false],
        ['LN65', true],
      ],
    );
    assert.deepEqual(
      r.postcodes.map((p) => p.postcode),
      ['AL1 3AZ'],
    );
    assert.deepEqual(
      r.emails.map((e) => e.address),
      ['watcher@example.co.uk'],
    );
    assert.deepEqual(
      r.handles.map((h) => [h.handle, h.platform]),
      [['tiny_23', 'snapchat']],
    );
    assert.deepEqual(
      r.addresses.map((a) => [a.street, a.houseNumber]),
      [['Alexandra Road', '23']],
    );
    assert.deepEqual(
      r.people.map((p) => p.name),
      ['Jamal'],
    );
    assert.deepEqual(
      r.drugs.map((d) => d.name),
      ['crack', 'heroin', 'ketamine'],
    );
    const indicators = new Set(r.childIndicators.map((c) => c.indicator));
    const expected: ChildIndicatorCode[] = [
      'child_mentioned_age_under_18',
      'school_uniform',
      'older_associates',
      'travel_out_of_area',
    ];
    for (const code of expected) assert.ok(indicators.has(code), code);
  });

  it('gives spans that reproduce the input text and do not overlap across kinds (except indicators)', () => {
    const r = extractEntities(REPORT);
    for (const s of spans(r)) assert.equal(REPORT.slice(s.start, s.end), s.text);
    const { childIndicators: _, ...entities } = r;
    const all = (Object.values(entities).flat() as Span[]).sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1]!;
      const cur = all[i]!;
      assert.ok(prev.end <= cur.start, `${prev.text} overlaps ${cur.text}`);
    }
  });

  it('counts offsets in UTF-16 code units around emoji and accents', () => {
    const input = '🚗💨 café — reg AB12 CDE, ring 07700 900123 😡';
    const r = extractEntities(input);
    for (const s of spans(r)) assert.equal(input.slice(s.start, s.end), s.text);
    assert.equal(r.vehicles[0]?.start, input.indexOf('AB12'));
    assert.equal(r.phones[0]?.start, input.indexOf('07700'));
  });

  it('keeps spans faithful on awkward input', () => {
    for (const input of ['', ' ', '\n\n', '@', '£', "''", 'a'.repeat(500), '0'.repeat(40), 'AL1 '.repeat(50)]) {
      const r = extractEntities(input);
      for (const s of spans(r)) assert.equal(input.slice(s.start, s.end), s.text);
    }
  });
});
