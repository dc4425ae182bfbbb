// Training and cross-validation of the person model (ADR 0061). Deterministic: the same texts give the same
// weights, so the stored model can be checked against a fresh training (person-model.test.ts).
import { extractByRules } from './extraction.ts';
import { countWordCase, personCandidates, reviewPeople, untitled, type PersonModel } from './person-model.ts';
import { fitLogistic, type Example } from './logistic.ts';
import { readableText } from './script-digits.ts';
import type { Extraction } from './types.ts';

/** A report text with the people a person labelled in it. */
export type LabelledText = { readonly set: string; readonly text: string; readonly people: readonly string[] };
export type TrainingOptions = { readonly addAt: number };
export type Tally = { tp: number; fp: number; fn: number };

// Chosen on leave-one-set-out figures over the first twenty sets (ADR 0061), before the twenty-first was scored.
export const PERSON_MODEL_OPTIONS: TrainingOptions = { addAt: 0.95 };
type Prepared = { readonly labelled: LabelledText; readonly text: string; readonly found: Extraction };

function prepare(texts: readonly LabelledText[]): Prepared[] {
  return texts.map((labelled) => {
    const text = readableText(labelled.text);
    return { labelled, text, found: extractByRules(text) };
  });
}

export function trainPersonModel(texts: readonly LabelledText[], options = PERSON_MODEL_OPTIONS): PersonModel {
  return fit(prepare(texts), options);
}

function fit(prepared: readonly Prepared[], options: TrainingOptions): PersonModel {
  const wordCase = countWordCase(prepared.map((p) => p.text));
  const examples: Example[] = prepared.flatMap((p) => {
    const gold = new Set(p.labelled.people.map(untitled));
    return personCandidates(p.text, p.found, wordCase).map((c) => ({
      features: c.features,
      label: gold.has(c.key) ? 1 : 0,
    }));
  });
  return {
    trainedOn: [...new Set(prepared.map((p) => p.labelled.set))].sort(),
    addAt: options.addAt,
    wordCase,
    weights: fitLogistic(examples),
  };
}

/** Micro counts of names found against names labelled, compared without courtesy titles. */
export function tallyPeople(found: readonly string[], labelled: readonly string[], into: Tally): void {
  const got = new Set(found.map(untitled));
  const gold = new Set(labelled.map(untitled));
  for (const name of got) {
    if (gold.has(name)) into.tp += 1;
    else into.fp += 1;
  }
  for (const name of gold) if (!got.has(name)) into.fn += 1;
}

export type FoldScore = { readonly set: string; readonly rules: Tally; readonly reviewed: Tally };

/**
 * Each set scored by a model trained on every other set: an estimate of how the model does on texts it has not
 * seen. The rules themselves were tuned on most of these sets, so their own figures here are not blind.
 */
export function leaveOneSetOut(texts: readonly LabelledText[], options = PERSON_MODEL_OPTIONS): FoldScore[] {
  const prepared = prepare(texts);
  const sets = [...new Set(texts.map((t) => t.set))];
  return sets.map((set) => {
    const model = fit(
      prepared.filter((p) => p.labelled.set !== set),
      options,
    );
    const rules: Tally = { tp: 0, fp: 0, fn: 0 };
    const reviewed: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const p of prepared.filter((q) => q.labelled.set === set)) {
      tallyPeople(
        p.found.people.map((q) => q.name),
        p.labelled.people,
        rules,
      );
      tallyPeople(
        reviewPeople(p.text, p.found, model).map((q) => q.name),
        p.labelled.people,
        reviewed,
      );
    }
    return { set, rules, reviewed };
  });
}
