// The labelled report texts of test/fixtures/extraction: what the person and drug models are trained and
// cross-validated on. The blind sets not yet scored are left out (NOT_TRAINED_ON).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledText } from './person-model-training.ts';

export const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/extraction');
/** Sets written blind to judge the model; training never reads them (ADR 0061). */
export const NOT_TRAINED_ON: readonly string[] = ['voices-holdout-35'];

type FixtureCase = {
  readonly text: string;
  readonly expected: { readonly people?: readonly string[]; readonly drugs?: readonly string[] };
};
/** A report text with the drugs a person labelled in it (canonical names). */
export type DrugLabelledText = { readonly set: string; readonly text: string; readonly drugs: readonly string[] };

export function labelledPeopleTexts(sets = trainingSets()): LabelledText[] {
  return sets.flatMap((set) =>
    readSet(set).flatMap((c) =>
      c.expected.people === undefined ? [] : [{ set, text: c.text, people: c.expected.people }],
    ),
  );
}

export function labelledDrugTexts(sets = trainingSets()): DrugLabelledText[] {
  return sets.flatMap((set) =>
    readSet(set).flatMap((c) =>
      c.expected.drugs === undefined ? [] : [{ set, text: c.text, drugs: c.expected.drugs }],
    ),
  );
}

function readSet(set: string): FixtureCase[] {
  return (JSON.parse(readFileSync(join(FIXTURES, `${set}.json`), 'utf8')) as { cases: FixtureCase[] }).cases;
}

/** Every labelled set but those written to judge the model, in name order. */
export function trainingSets(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((set) => !NOT_TRAINED_ON.includes(set))
    .sort();
}
