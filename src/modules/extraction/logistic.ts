// Logistic regression over sparse binary features, for the learned second opinions on people and drugs (ADR 61):
// stochastic gradient descent with AdaGrad steps and a little L2, in a seeded order, so the same examples always
// give the same weights; and the leave-one-set-out scoring both are measured by.

export type Example = { readonly features: readonly string[]; readonly label: 0 | 1 };
export type Weights = Readonly<Record<string, number>>;

const EPOCHS = 12;
const RATE = 0.3;
const L2 = 1e-4;
const SEED = 20261207;
// Features seen in fewer examples than this are not learned (they would only learn those texts), and weights this
// small change no probability that matters: both keep a stored model small.
const MIN_SEEN = 3;
const PRUNE_BELOW = 0.01;

export function fitLogistic(examples: readonly Example[]): Weights {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const items = examples.map((e) => ({
    features: e.features.filter((f) => (seen.get(f) ?? 0) >= MIN_SEEN),
    label: e.label,
  }));
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
      const error = learnedProbability(weights, item.features) - item.label;
      for (const f of item.features) {
        const w = weights.get(f) ?? 0;
        const gradient = error + L2 * w;
        const sum = (squares.get(f) ?? 0) + gradient * gradient;
        squares.set(f, sum);
        weights.set(f, w - (RATE * gradient) / Math.sqrt(sum + 1e-8));
      }
    }
  }
  return Object.fromEntries(
    [...weights]
      .filter(([, w]) => Math.abs(w) >= PRUNE_BELOW)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([f, w]) => [f, Math.round(w * 10_000) / 10_000]),
  );
}

/** The probability the weights give an example with these features. */
export function probability(weights: Weights, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

function learnedProbability(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return sigmoid(z);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export type Tally = { tp: number; fp: number; fn: number };
export type FoldScore = { readonly set: string; readonly rules: Tally; readonly reviewed: Tally };

/** Micro counts of the distinct values found against those labelled in one text. */
export function tallyDistinct(found: readonly string[], labelled: readonly string[], into: Tally): void {
  const got = new Set(found);
  const gold = new Set(labelled);
  for (const value of got) {
    if (gold.has(value)) into.tp += 1;
    else into.fp += 1;
  }
  for (const value of gold) if (!got.has(value)) into.fn += 1;
}

/**
 * Each set scored by a model trained on every other set, beside the rules alone: an estimate of how a model does
 * on texts it has not seen. The rules were tuned on most of these sets, so their own figures are not blind.
 * `answers` gives, for one text, the labelled values, the rules' and the reviewed ones; `tally` counts them.
 */
export function leaveOneSetOutOf<T extends { readonly set: string }, M>(
  texts: readonly T[],
  fit: (training: readonly T[]) => M,
  answers: (
    model: M,
    text: T,
  ) => { labelled: readonly string[]; rules: readonly string[]; reviewed: readonly string[] },
  tally: (found: readonly string[], labelled: readonly string[], into: Tally) => void = tallyDistinct,
): FoldScore[] {
  return [...new Set(texts.map((t) => t.set))].map((set) => {
    const model = fit(texts.filter((t) => t.set !== set));
    const rules: Tally = { tp: 0, fp: 0, fn: 0 };
    const reviewed: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const text of texts.filter((t) => t.set === set)) {
      const a = answers(model, text);
      tally(a.rules, a.labelled, rules);
      tally(a.reviewed, a.labelled, reviewed);
    }
    return { set, rules, reviewed };
  });
}
