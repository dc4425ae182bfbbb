// Scores the extractors against the hand-labelled corpus in test/fixtures/extraction/corpus.json.
// Micro precision and recall per kind; phones, vehicles, postcodes and e-mails must reach 0.95 on both.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { precision, recall, scoreCorpus as score, type Score } from './corpus-score.ts';
import { extractEntities } from './extraction.ts';

const KINDS = ['phones', 'vehicles', 'postcodes', 'emails', 'drugs', 'addresses', 'handles'] as const;
type Kind = (typeof KINDS)[number];
type Case = { id: string; set: 'dev' | 'holdout-1' | 'holdout-2'; text: string; expected: Record<Kind, string[]> };

const GATED: readonly Kind[] = ['phones', 'vehicles', 'postcodes', 'emails'];
const THRESHOLD = 0.95;

const corpusPath = join(import.meta.dirname, '../../../test/fixtures/extraction/corpus.json');
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as { cases: Case[] };

describe('extraction corpus', () => {
  it('has at least 110 labelled reports with unique ids and texts', () => {
    assert.ok(corpus.cases.length >= 110, `only ${corpus.cases.length} cases`);
    assert.equal(new Set(corpus.cases.map((c) => c.id)).size, corpus.cases.length);
    assert.equal(new Set(corpus.cases.map((c) => c.text)).size, corpus.cases.length);
    for (const c of corpus.cases) for (const kind of KINDS) assert.ok(Array.isArray(c.expected[kind]), c.id);
  });

  it('uses only Ofcom drama-range phone numbers', () => {
    const drama = /^\+44(?:7700900\d{3}|1632960\d{3}|207946[0]\d{3}|1134960\d{3})$/;
    for (const c of corpus.cases) for (const p of c.expected.phones) assert.match(p, drama, c.id);
  });

  function report(t: { diagnostic: (message: string) => void }, label: string, cases: readonly Case[]): Score[] {
    const { totals, misses } = score(cases);
    for (const kind of KINDS) {
      const s = totals[kind];
      t.diagnostic(
        `${label} ${kind}: precision ${precision(s).toFixed(3)} recall ${recall(s).toFixed(3)} ` +
          `(tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; ${cases.length} reports)`,
      );
    }
    for (const miss of misses) t.diagnostic(`${label} ${miss}`);
    return GATED.map((kind) => totals[kind]);
  }

  it(`reaches ${THRESHOLD} micro precision and recall for ${GATED.join(', ')} over the whole corpus`, (t) => {
    const gated = report(t, 'all', corpus.cases);
    GATED.forEach((kind, i) => {
      const s = gated[i]!;
      assert.ok(s.tp > 0, `${kind}: corpus has no ${kind}`);
      assert.ok(precision(s) >= THRESHOLD, `${kind} precision ${precision(s).toFixed(3)} < ${THRESHOLD}`);
      assert.ok(recall(s) >= THRESHOLD, `${kind} recall ${recall(s).toFixed(3)} < ${THRESHOLD}`);
    });
  });

  // Per-set figures for reading, not gating: the held-out sets are small, and "dev" is optimistic (see the
  // corpus description for what each set is).
  for (const set of ['dev', 'holdout-1', 'holdout-2'] as const) {
    it(`reports figures for the ${set} cases`, (t) => {
      const cases = corpus.cases.filter((c) => c.set === set);
      assert.ok(cases.length > 0);
      report(t, set, cases);
    });
  }

  it('keeps every span faithful to the input', () => {
    for (const c of corpus.cases) {
      const result = extractEntities(c.text);
      for (const list of Object.values(result) as { text: string; start: number; end: number }[][]) {
        for (const e of list) {
          assert.equal(c.text.slice(e.start, e.end), e.text, `${c.id}: ${JSON.stringify(e)}`);
          assert.ok(e.start < e.end, c.id);
        }
      }
    }
  });
});
