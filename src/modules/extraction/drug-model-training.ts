// Training and cross-validation of the drug model (ADR 61), as person-model-training.ts does for people.
import { drugCandidates, reviewDrugs, type DrugModel } from './drug-model.ts';
import { extractByRules, textAsRead } from './extraction.ts';
import type { DrugLabelledText } from './labelled-texts.ts';
import { fitLogistic, leaveOneSetOutOf, type Example, type FoldScore } from './logistic.ts';
import type { Extraction } from './types.ts';

// Chosen on leave-one-set-out figures over the twenty-nine sets, before the thirtieth was scored again (ADR 61):
// over sets 19 to 29, 0.9 found 15 more drugs than 0.98 for two more false ones (recall 0.912 to 0.931,
// precision 0.954 to 0.952); 0.85 five more for two more false, and trained on thirty sets it read the light a
// cuckooed man switches on as crack.
export const DRUG_MODEL_OPTIONS = { addAt: 0.9 } as const;

type Prepared = { readonly labelled: DrugLabelledText; readonly text: string; readonly found: Extraction };

function prepare(texts: readonly DrugLabelledText[]): Prepared[] {
  return texts.map((labelled) => {
    const text = textAsRead(labelled.text);
    return { labelled, text, found: extractByRules(text) };
  });
}

export function trainDrugModel(texts: readonly DrugLabelledText[], addAt = DRUG_MODEL_OPTIONS.addAt): DrugModel {
  return fit(prepare(texts), addAt);
}

function fit(prepared: readonly Prepared[], addAt: number): DrugModel {
  const examples: Example[] = prepared.flatMap((p) => {
    const gold = new Set(p.labelled.drugs);
    return drugCandidates(p.text).map((c) => ({ features: c.features, label: gold.has(c.drug) ? 1 : 0 }));
  });
  return {
    trainedOn: [...new Set(prepared.map((p) => p.labelled.set))].sort(),
    addAt,
    weights: fitLogistic(examples),
  };
}

/** Each set scored by a drug model trained on every other set, beside the rules alone. */
export function leaveOneSetOutDrugs(texts: readonly DrugLabelledText[], addAt = DRUG_MODEL_OPTIONS.addAt): FoldScore[] {
  return leaveOneSetOutOf(
    prepare(texts).map((p) => ({ ...p, set: p.labelled.set })),
    (training) => fit(training, addAt),
    (model, p) => ({
      labelled: p.labelled.drugs,
      rules: p.found.drugs.map((d) => d.name),
      reviewed: reviewDrugs(p.text, p.found, model).map((d) => d.name),
    }),
  );
}
