import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CORPUS_KINDS,
  precision,
  recall,
  scoreCorpus,
  type CorpusCase,
  type CorpusKind,
} from '../src/modules/extraction/corpus-score.ts';
import { extractEntities } from '../src/modules/extraction/extraction.ts';
import { leaveOneSetOutDrugs } from '../src/modules/extraction/drug-model-training.ts';
import { FIXTURES, labelledDrugTexts, labelledPeopleTexts } from '../src/modules/extraction/labelled-texts.ts';
import { leaveOneSetOut, type FoldScore, type Tally } from '../src/modules/extraction/person-model-training.ts';
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

// Texts of one shape repeated to the size the extract command takes (1 MB), each dense with what one rule reads: a
// rule whose cost grows faster than the text's length shows here first.
const DENSE_SHAPES: Readonly<Record<string, string>> = {
  'streets, misspelt and spelt': 'on Hatfeild Rd and CRAVELS RD and Marshalswik Lane ',
  'songs and costumes': "one dressed as Elvis singing 'Sweet Caroline' and 'Mr Brightside' ",
  'nicknames, prefixes and real names': 'stacks (real name jordan) lil stacks and big Tiny, known as Tiny. ',
  'bulleted name lists': 'the names in the phone:\n- Big Sav\n- J-Money 💰\n',
  'menus with emoji': 'u want 2 of the 🍃 and a bag of ❄️ from the line, ',
};
export type DenseExtractionRow = { shape: string; megabytes: number; seconds: number };

/** Seconds to extract every entity from a megabyte of each dense shape. */
export function runDenseExtraction(megabytes = 1): DenseExtractionRow[] {
  for (const unit of Object.values(DENSE_SHAPES)) extractEntities(unit.repeat(20)); // warm the JIT and regex caches
  return Object.entries(DENSE_SHAPES).map(([shape, unit]) => {
    const text = unit.repeat(Math.ceil((megabytes * 1_000_000) / unit.length)).slice(0, megabytes * 1_000_000);
    const started = performance.now();
    extractEntities(text);
    return { shape, megabytes, seconds: round((performance.now() - started) / 1000, 2) };
  });
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
 * Precision and recall per kind on each labelled set, with the rules and the person model together (what the
 * product runs): corpus.json (dev, holdout-1, holdout-2) and voices.json (voices-dev, used for tuning;
 * voices-holdout, written first and never used for tuning), then voices-holdout-2.json onwards, each written blind by
 * another author and scored once (the blind figures are in each set's description), then acted on or trained on.
 * These figures are therefore not blind; runModelCrossValidation gives the models' on sets they were not trained
 * on. Kinds a set has no labels for (people in corpus.json) are left out.
 */
export function runExtractionQuality(): ExtractionQualityRow[] {
  const rows: ExtractionQualityRow[] = [];
  const numbered = (file: string) => Number(/(\d+)\.json$/u.exec(file)?.[1] ?? (file === 'voices.json' ? 1 : 0));
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => numbered(a) - numbered(b));
  for (const file of files) {
    const corpus = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { cases: CorpusCase[] };
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

export type CrossValidationRow = {
  kind: 'people' | 'drugs';
  set: string;
  rules: Tally & { precision: number; recall: number };
  reviewed: Tally & { precision: number; recall: number };
};

/**
 * People and drugs on each labelled set, by the rules alone and with a model trained on every other set (leave one
 * set out, ADR 61): how the models do on texts they have not seen. The rules were tuned on most of these sets, so
 * their figures here are not blind; the sets written last are the nearest to blind for the rules. People are scored by
 * person (person-scoring.ts).
 */
export function runModelCrossValidation(): CrossValidationRow[] {
  const figures = (t: Tally) => ({
    ...t,
    precision: round(precision(t), 3),
    recall: round(recall(t), 3),
  });
  const late = ['voices-holdout-19', 'voices-holdout-20', 'voices-holdout-21', 'voices-holdout-22'];
  const latest = [24, 25, 26, 27, 28, 29, 30].map((n) => `voices-holdout-${String(n)}`);
  const table = (kind: 'people' | 'drugs', folds: readonly FoldScore[]): CrossValidationRow[] => {
    const total = (pick: 'rules' | 'reviewed', sets?: readonly string[]): Tally =>
      folds
        .filter((f) => sets === undefined || sets.includes(f.set))
        .reduce((a, f) => ({ tp: a.tp + f[pick].tp, fp: a.fp + f[pick].fp, fn: a.fn + f[pick].fn }), {
          tp: 0,
          fp: 0,
          fn: 0,
        });
    return [
      ...folds.map((f) => ({ kind, set: f.set, rules: figures(f.rules), reviewed: figures(f.reviewed) })),
      { kind, set: 'all sets', rules: figures(total('rules')), reviewed: figures(total('reviewed')) },
      { kind, set: 'sets 19 to 22', rules: figures(total('rules', late)), reviewed: figures(total('reviewed', late)) },
      {
        kind,
        set: 'sets 24 to 30',
        rules: figures(total('rules', latest)),
        reviewed: figures(total('reviewed', latest)),
      },
    ];
  };
  return [
    ...table('people', leaveOneSetOut(labelledPeopleTexts())),
    ...table('drugs', leaveOneSetOutDrugs(labelledDrugTexts())),
  ];
}
