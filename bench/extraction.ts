import { readFileSync } from 'node:fs';
import {
  CORPUS_KINDS,
  precision,
  recall,
  scoreCorpus,
  type CorpusCase,
  type CorpusKind,
} from '../src/modules/extraction/corpus-score.ts';
import { extractEntities } from '../src/modules/extraction/extraction.ts';
import { loadCorpusTexts, percentile, round } from './support.ts';

export type ExtractionResult = { texts: number; meanChars: number; p50Ms: number; p99Ms: number; per2KbMs: number };

/** Time to extract every entity from each corpus text, and from 2 KB texts built from them. */
export function runExtractionBenchmark(rounds = 20): ExtractionResult {
  const texts = loadCorpusTexts();
  for (const text of texts) extractEntities(text); // warm the JIT and regex caches
  const timings: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const text of texts) {
      const started = performance.now();
      extractEntities(text);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const long = texts.join('\n').slice(0, 2048);
  const started = performance.now();
  for (let r = 0; r < 200; r += 1) extractEntities(long);
  return {
    texts: texts.length,
    meanChars: Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length),
    p50Ms: round(percentile(timings, 50), 3),
    p99Ms: round(percentile(timings, 99), 3),
    per2KbMs: round((performance.now() - started) / 200, 3),
  };
}

export type ExtractionQualityRow = {
  corpus: string;
  set: string;
  reports: number;
  kind: CorpusKind;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
};

/**
 * Precision and recall per kind on each labelled set: corpus.json (dev, holdout-1, holdout-2) and voices.json
 * (voices-dev, used for tuning; voices-holdout, written first and never used for tuning), voices-holdout-2.json to
 * voices-holdout-18.json (each written blind by another author, scored once, then acted on), voices-holdout-19.json
 * (scored once, blind, then acted on in part) and voices-holdout-20.json (scored once, blind, not yet acted on). Kinds a set has no labels for (people in corpus.json) are left out.
 */
export function runExtractionQuality(): ExtractionQualityRow[] {
  const rows: ExtractionQualityRow[] = [];
  for (const file of [
    'corpus.json',
    'voices.json',
    'voices-holdout-2.json',
    'voices-holdout-3.json',
    'voices-holdout-4.json',
    'voices-holdout-5.json',
    'voices-holdout-6.json',
    'voices-holdout-7.json',
    'voices-holdout-8.json',
    'voices-holdout-9.json',
    'voices-holdout-10.json',
    'voices-holdout-11.json',
    'voices-holdout-12.json',
    'voices-holdout-13.json',
    'voices-holdout-14.json',
    'voices-holdout-15.json',
    'voices-holdout-16.json',
    'voices-holdout-17.json',
    'voices-holdout-18.json',
    'voices-holdout-19.json',
    'voices-holdout-20.json',
  ]) {
    const corpus = JSON.parse(
      readFileSync(new URL(`../test/fixtures/extraction/${file}`, import.meta.url), 'utf8'),
    ) as { cases: CorpusCase[] };
    for (const set of [...new Set(corpus.cases.map((c) => c.set))]) {
      const cases = corpus.cases.filter((c) => c.set === set);
      const { totals } = scoreCorpus(cases);
      for (const kind of CORPUS_KINDS) {
        if (!cases.some((c) => c.expected[kind] !== undefined)) continue;
        const s = totals[kind];
        rows.push({
          corpus: file,
          set,
          reports: cases.length,
          kind,
          precision: round(precision(s), 3),
          recall: round(recall(s), 3),
          ...s,
        });
      }
    }
  }
  return rows;
}
