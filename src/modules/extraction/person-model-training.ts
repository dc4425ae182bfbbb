// Training and cross-validation of the person model (ADR 0061). Deterministic: the same texts give the same
// weights, so the stored model can be checked against a fresh training (person-model.test.ts).
import { extractByRules } from './extraction.ts';
import { countWordCase, personCandidates, reviewPeople, untitled, type PersonModel } from './person-model.ts';
import { readableText } from './script-digits.ts';
import type { Extraction } from './types.ts';

/** A report text with the people a person labelled in it. */
export type LabelledText = { readonly set: string; readonly text: string; readonly people: readonly string[] };
export type TrainingOptions = { readonly addAt: number };
export type Tally = { tp: number; fp: number; fn: number };

// Chosen on leave-one-set-out figures over the first twenty sets (ADR 0061), before the twenty-first was scored.
export const PERSON_MODEL_OPTIONS: TrainingOptions = { addAt: 0.95 };
const EPOCHS = 12;
const RATE = 0.3;
const L2 = 1e-4;
const SEED = 20261207;
// Features seen in fewer training candidates than this are not learned (they would only learn those texts), and
// weights this small change no probability that matters: both keep the stored model small.
const MIN_SEEN = 3;
const PRUNE_BELOW = 0.01;

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
  const items: { features: readonly string[]; readonly label: number }[] = [];
  const seen = new Map<string, number>();
  for (const p of prepared) {
    const gold = new Set(p.labelled.people.map(untitled));
    for (const c of personCandidates(p.text, p.found, wordCase)) {
      items.push({ features: c.features, label: gold.has(c.key) ? 1 : 0 });
      for (const f of c.features) seen.set(f, (seen.get(f) ?? 0) + 1);
    }
  }
  for (const item of items) item.features = item.features.filter((f) => (seen.get(f) ?? 0) >= MIN_SEEN);
  // Logistic regression by stochastic gradient descent with AdaGrad steps and a little L2, in a seeded order.
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let state = SEED;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let k = items.length - 1; k > 0; k -= 1) {
      const r = Math.floor(random() * (k + 1));
      const a = items[k];
      const b = items[r];
      if (a === undefined || b === undefined) continue;
      items[k] = b;
      items[r] = a;
    }
    for (const item of items) {
      let z = 0;
      for (const f of item.features) z += weights.get(f) ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - item.label;
      for (const f of item.features) {
        const w = weights.get(f) ?? 0;
        const gradient = error + L2 * w;
        const sum = (squares.get(f) ?? 0) + gradient * gradient;
        squares.set(f, sum);
        weights.set(f, w - (RATE * gradient) / Math.sqrt(sum + 1e-8));
      }
    }
  }
  const kept = [...weights]
    .filter(([, w]) => Math.abs(w) >= PRUNE_BELOW)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, w]): [string, number] => [f, Math.round(w * 10_000) / 10_000]);
  return {
    trainedOn: [...new Set(prepared.map((p) => p.labelled.set))].sort(),
    addAt: options.addAt,
    wordCase,
    weights: Object.fromEntries(kept),
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
