import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Extraction, LinkedEntity } from '../../web/src/api/intel-types.ts';
import { highlightsOf } from '../../web/src/components/highlights.ts';
import { extractEntities } from '../../src/modules/extraction/extraction.ts';

// The report page marks what extraction found and links each span that became a POLE entity.
const text = 'Big Mo sells crack from 07700 900777 at 14 Hatfield Road, AL1 3JX';
const entities = extractEntities(text) as unknown as Extraction;
const phoneStart = text.indexOf('07700');
const linked: LinkedEntity[] = [
  { entityId: 'phone-1', kind: 'phone', field: 'details', spanStart: phoneStart, spanEnd: phoneStart + 12 },
  // A structured answer has no span: it is listed on the page, never marked in the text.
  { entityId: 'vehicle-1', kind: 'vehicle', field: 'vehicles.0.registration', spanStart: null, spanEnd: null },
];

test('every extracted span is marked once, in order, and a linked one opens its entity', () => {
  const highlights = highlightsOf('details', entities, linked);
  const marked = highlights.map((h) => [text.slice(h.start, h.end), h.kind, h.entityId ?? null]);
  assert.deepEqual(
    marked.find(([words]) => words === '07700 900777'),
    ['07700 900777', 'phone', 'phone-1'],
  );
  assert.ok(marked.some(([words, kind]) => words === 'crack' && kind === 'drug'));
  for (let i = 1; i < highlights.length; i += 1) {
    const [previous, current] = [highlights[i - 1], highlights[i]];
    assert.ok(previous && current && previous.end <= current.start, 'no two marks overlap');
  }
  assert.equal(
    highlights.filter((h) => h.entityId !== undefined).length,
    1,
    'only the span that matches a mention in this field is linked',
  );
});

test('a span mentioned in another field is not linked from this one', () => {
  const elsewhere = linked.map((entity) => ({ ...entity, field: 'where.place' }));
  assert.ok(highlightsOf('details', entities, elsewhere).every((h) => h.entityId === undefined));
});

test('of overlapping spans, the one linked to an entity wins, then the longer', () => {
  const overlapping: Extraction = {
    ...entities,
    phones: [],
    people: [{ text: 'Hatfield', start: 0, end: 8, name: 'Hatfield', kind: 'name' }],
    addresses: [{ text: 'Hatfield Road', start: 0, end: 13, street: 'Hatfield Road' }],
    drugs: [],
    postcodes: [],
    vehicles: [],
    childIndicators: [],
    emails: [],
    handles: [],
  };
  assert.deepEqual(
    highlightsOf('f', overlapping, []).map((h) => [h.start, h.end]),
    [[0, 13]],
  );
  const personLinked: LinkedEntity[] = [{ entityId: 'p', kind: 'person', field: 'f', spanStart: 0, spanEnd: 8 }];
  assert.deepEqual(
    highlightsOf('f', overlapping, personLinked).map((h) => [h.start, h.end, h.entityId]),
    [[0, 8, 'p']],
  );
});
