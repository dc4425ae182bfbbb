// Scores the extractors against the voices corpus (test/fixtures/extraction/voices.json, issue 18): reports in
// varied voices with nicknames, deal-line menus and identifiers written out or spoken. The development part gates
// at the targets; the held-out part is reported, not gated, so that no test run steers tuning towards it
// (its figures are in docs/staff-site.md and `npm run bench`). So is the second held-out part
// (voices-holdout-2.json to voices-holdout-18.json, each written blind by another author; their first, blind figures
// are in their descriptions).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { CORPUS_KINDS, precision, recall, scoreCorpus, type CorpusCase, type CorpusKind } from './corpus-score.ts';

const path = join(import.meta.dirname, '../../../test/fixtures/extraction/voices.json');
const corpus = JSON.parse(readFileSync(path, 'utf8')) as { cases: (CorpusCase & { voice: string })[] };
const TARGETS: readonly [CorpusKind, number][] = [
  ['people', 0.95],
  ['drugs', 0.95],
  ['phones', 1],
  ['emails', 1],
  ['vehicles', 1],
  ['postcodes', 1],
  ['handles', 1],
];

/** Each kind's precision and recall, and every miss, as the test's diagnostics; the totals for any gate. */
function reportFigures(t: TestContext, cases: readonly CorpusCase[]) {
  const { totals, misses } = scoreCorpus(cases);
  for (const kind of CORPUS_KINDS) {
    const s = totals[kind];
    t.diagnostic(`${kind}: precision ${precision(s).toFixed(3)} recall ${recall(s).toFixed(3)}`);
  }
  for (const miss of misses) t.diagnostic(miss);
  return totals;
}

describe('voices corpus', () => {
  it('has at least 100 labelled reports, a development and a held-out part, in varied voices', () => {
    assert.ok(corpus.cases.length >= 100, `only ${String(corpus.cases.length)}`);
    assert.equal(new Set(corpus.cases.map((c) => c.id)).size, corpus.cases.length);
    assert.equal(new Set(corpus.cases.map((c) => c.text)).size, corpus.cases.length);
    const sets = new Set(corpus.cases.map((c) => c.set));
    assert.deepEqual([...sets].sort(), ['voices-dev', 'voices-holdout']);
    assert.ok(new Set(corpus.cases.map((c) => c.voice)).size >= 8);
    for (const c of corpus.cases) for (const kind of CORPUS_KINDS) assert.ok(Array.isArray(c.expected[kind]), c.id);
    const drama = /^\+44(?:7700900\d{3}|1632960\d{3})$/;
    for (const c of corpus.cases) for (const p of c.expected.phones ?? []) assert.match(p, drama, c.id);
    for (const c of corpus.cases) for (const e of c.expected.emails ?? []) assert.match(e, /@example\./, c.id);
  });

  it('reaches the targets on the development part', (t) => {
    const { totals, misses } = scoreCorpus(corpus.cases.filter((c) => c.set === 'voices-dev'));
    for (const miss of misses) t.diagnostic(miss);
    for (const [kind, target] of TARGETS) {
      const s = totals[kind];
      assert.ok(s.tp > 0, `${kind}: no labels`);
      assert.ok(precision(s) >= target, `${kind} precision ${precision(s).toFixed(3)} < ${String(target)}`);
      assert.ok(recall(s) >= target, `${kind} recall ${recall(s).toFixed(3)} < ${String(target)}`);
    }
  });

  it('reports figures for the held-out part', (t) => {
    const cases = corpus.cases.filter((c) => c.set === 'voices-holdout');
    assert.ok(cases.length >= 50);
    reportFigures(t, cases);
  });

  for (const [file, set] of [
    ['voices-holdout-2.json', 'voices-holdout-2'],
    ['voices-holdout-3.json', 'voices-holdout-3'],
    ['voices-holdout-4.json', 'voices-holdout-4'],
    ['voices-holdout-5.json', 'voices-holdout-5'],
    ['voices-holdout-6.json', 'voices-holdout-6'],
    ['voices-holdout-7.json', 'voices-holdout-7'],
    ['voices-holdout-8.json', 'voices-holdout-8'],
    ['voices-holdout-9.json', 'voices-holdout-9'],
    ['voices-holdout-10.json', 'voices-holdout-10'],
    ['voices-holdout-11.json', 'voices-holdout-11'],
    ['voices-holdout-12.json', 'voices-holdout-12'],
    ['voices-holdout-13.json', 'voices-holdout-13'],
    ['voices-holdout-14.json', 'voices-holdout-14'],
    ['voices-holdout-15.json', 'voices-holdout-15'],
    ['voices-holdout-16.json', 'voices-holdout-16'],
    ['voices-holdout-17.json', 'voices-holdout-17'],
    ['voices-holdout-18.json', 'voices-holdout-18'],
  ] as const) {
    it(`reports figures for ${file}, written blind and then acted on, and it holds the identifiers`, (t) => {
      const later = JSON.parse(
        readFileSync(join(import.meta.dirname, `../../../test/fixtures/extraction/${file}`), 'utf8'),
      ) as { cases: (CorpusCase & { voice: string })[] };
      assert.ok(later.cases.length >= 50);
      assert.ok(later.cases.every((c) => c.set === set));
      const totals = reportFigures(t, later.cases);
      // Identifiers are exact or not at all (issue 18: 1.00); the name and drug figures are reported, not gated.
      for (const kind of ['phones', 'emails', 'vehicles', 'postcodes'] as const) {
        assert.equal(precision(totals[kind]), 1, kind);
        assert.equal(recall(totals[kind]), 1, kind);
      }
    });
  }
});
