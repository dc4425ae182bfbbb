import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { urlOf } from '../../web/src/api/client.ts';
import { layoutChart } from '../../web/src/components/chart-layout.ts';
import { defaultFilters, emptyChart, mergeView, networkQuery } from '../../web/src/scenes/Networks/chart-state.ts';
import { normalisePhone } from '../../web/src/scenes/Networks/format.ts';
import type { NetworkLink, NetworkNode } from '../../web/src/api/network-types.ts';

/** The query string the typed client sends for a query object. */
const searchOf = (query: object) => new URL(urlOf('/api/network/expand', { query }), 'http://localhost').searchParams;

// The link chart's logic, without a browser: merging expansions, the query it sends, the
// layout's stability, and how a typed phone number is matched.

const node = (id: string, degree = 0): NetworkNode => ({
  id,
  kind: 'person',
  label: id.toUpperCase(),
  firstSeen: '2026-10-01',
  lastSeen: '2026-10-02',
  reportCount: 1,
  depth: 0,
  degree,
});
const link = (id: string, source: string, target: string): NetworkLink => ({
  id,
  source,
  target,
  kind: 'person–person',
  confidence: 0.5,
  firstSeen: '2026-10-01',
  lastSeen: '2026-10-02',
  sourceCount: 1,
  reportIds: ['r1'],
});

describe('link chart logic', () => {
  test('an expansion adds nodes and links once and recounts each node’s links on the chart', () => {
    const first = mergeView(emptyChart, {
      nodes: [node('a', 9), node('b', 9)],
      links: [link('ab', 'a', 'b')],
      truncated: false,
    });
    const second = mergeView(first, {
      nodes: [node('b', 1), node('c', 1)],
      links: [link('ab', 'a', 'b'), link('bc', 'b', 'c')],
      truncated: false,
    });
    assert.deepEqual([...second.nodes.keys()], ['a', 'b', 'c']);
    assert.deepEqual([...second.links.keys()], ['ab', 'bc']);
    assert.deepEqual(
      [...second.nodes.values()].map((n) => n.degree),
      [1, 2, 1],
    );
    assert.equal(first.nodes.size, 2, 'the previous chart is not changed');
  });

  test('the expand query carries only the filters that are set, with at most 50 seeds', () => {
    const seeds = Array.from({ length: 60 }, (_, i) => `s${String(i)}`);
    const plain = searchOf(networkQuery(seeds, defaultFilters));
    assert.equal(plain.get('seeds')?.split(',').length, 50);
    assert.equal(plain.get('hops'), '2');
    assert.deepEqual([...plain.keys()].sort(), ['hops', 'maxNodes', 'seeds']);
    const filtered = searchOf(
      networkQuery(
        ['x'],
        { hops: 3, from: '2026-10-01', to: '2026-10-31', kinds: ['phone', 'location'], minConfidence: 0.4 },
        1,
      ),
    );
    assert.equal(filtered.get('hops'), '1');
    assert.equal(filtered.get('kinds'), 'phone,location');
    assert.equal(filtered.get('from'), '2026-10-01');
    assert.equal(filtered.get('to'), '2026-10-31');
    assert.equal(filtered.get('minConfidence'), '0.4');
  });

  test('the layout is deterministic, keeps nodes already placed near where they were, and places every node', () => {
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const one = layoutChart(['a', 'b', 'c'], links, new Map());
    const again = layoutChart(['a', 'b', 'c'], links, new Map());
    assert.deepEqual([...one], [...again]);
    for (const p of one.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
    const grown = layoutChart(['a', 'b', 'c', 'd'], [...links, { source: 'c', target: 'd' }], one);
    const moved = (id: string) =>
      Math.hypot((grown.get(id)?.x ?? 0) - (one.get(id)?.x ?? 0), (grown.get(id)?.y ?? 0) - (one.get(id)?.y ?? 0));
    assert.ok(
      ['a', 'b', 'c'].every((id) => moved(id) < 2),
      'known nodes stay roughly in place',
    );
    assert.equal(grown.size, 4);
  });

  test('phone numbers typed as people write them are matched in E.164', () => {
    assert.equal(normalisePhone('07700 900001'), '+447700900001');
    assert.equal(normalisePhone('(07700) 900-001'), '+447700900001');
    assert.equal(normalisePhone('+44 7700 900001'), '+447700900001');
    assert.equal(normalisePhone('0044 7700 900001'), '+447700900001');
    assert.equal(normalisePhone('447700900001'), '+447700900001');
  });
});
