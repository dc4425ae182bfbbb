// The labelled report texts of test/fixtures/extraction that carry people labels: what the person model is
// trained and cross-validated on. The blind sets not yet scored are left out (NOT_TRAINED_ON).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledText } from './person-model-training.ts';

export const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/extraction');
/** Sets written blind to judge the model; training never reads them (ADR 0061). */
export const NOT_TRAINED_ON: readonly string[] = [];

type FixtureCase = { readonly text: string; readonly expected: { readonly people?: readonly string[] } };

export function labelledPeopleTexts(sets = trainingSets()): LabelledText[] {
  return sets.flatMap((set) => {
    const file = JSON.parse(readFileSync(join(FIXTURES, `${set}.json`), 'utf8')) as { cases: FixtureCase[] };
    return file.cases.flatMap((c) =>
      c.expected.people === undefined ? [] : [{ set, text: c.text, people: c.expected.people }],
    );
  });
}

/** Every labelled set but those written to judge the model, in name order. */
export function trainingSets(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((set) => !NOT_TRAINED_ON.includes(set))
    .sort();
}
