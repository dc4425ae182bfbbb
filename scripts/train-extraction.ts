// `npm run train:extraction`: trains the person and drug models (ADR 61) on the labelled report texts and writes
// them to src/modules/extraction/data/. --cross-validate prints each set scored by models trained on the others,
// beside the rules alone, and writes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leaveOneSetOutDrugs, trainDrugModel } from '../src/modules/extraction/drug-model-training.ts';
import { labelledDrugTexts, labelledPeopleTexts } from '../src/modules/extraction/labelled-texts.ts';
import {
  leaveOneSetOut,
  trainPersonModel,
  type FoldScore,
  type Tally,
} from '../src/modules/extraction/person-model-training.ts';

const people = labelledPeopleTexts();
const drugs = labelledDrugTexts();
const figure = (t: Tally): string =>
  `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)} R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}`;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function report(kind: string, folds: readonly FoldScore[]): void {
  out(`${kind}: each set by a model trained on the others`);
  const total = { rules: { tp: 0, fp: 0, fn: 0 }, reviewed: { tp: 0, fp: 0, fn: 0 } };
  for (const fold of folds) {
    out(`  ${fold.set.padEnd(20)} rules ${figure(fold.rules)}   with the model ${figure(fold.reviewed)}`);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.rules[k] += fold.rules[k];
      total.reviewed[k] += fold.reviewed[k];
    }
  }
  out(`  ${'all'.padEnd(20)} rules ${figure(total.rules)}   with the model ${figure(total.reviewed)}`);
}

if (process.argv.includes('--cross-validate')) {
  report('People', leaveOneSetOut(people));
  report('Drugs', leaveOneSetOutDrugs(drugs));
} else {
  const folder = join(import.meta.dirname, '../src/modules/extraction/data');
  const person = trainPersonModel(people);
  writeFileSync(join(folder, 'person-model.json'), JSON.stringify(person) + '\n');
  out(
    `Trained the person model on ${String(people.length)} texts of ${String(person.trainedOn.length)} sets: ` +
      `${String(Object.keys(person.weights).length)} weights, ${String(Object.keys(person.wordCase).length)} words.`,
  );
  const drug = trainDrugModel(drugs);
  writeFileSync(join(folder, 'drug-model.json'), JSON.stringify(drug) + '\n');
  out(
    `Trained the drug model on ${String(drugs.length)} texts of ${String(drug.trainedOn.length)} sets: ` +
      `${String(Object.keys(drug.weights).length)} weights. Wrote both to ${folder}.`,
  );
}
