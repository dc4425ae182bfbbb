// `npm run train:extraction`: trains the person model (ADR 0061) on the labelled report texts and writes it to
// src/modules/extraction/data/person-model.json. --cross-validate prints each set scored by a model trained on
// the others, first, and writes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledPeopleTexts } from '../src/modules/extraction/labelled-texts.ts';
import { leaveOneSetOut, trainPersonModel, type Tally } from '../src/modules/extraction/person-model-training.ts';

const texts = labelledPeopleTexts();
const figure = (t: Tally): string =>
  `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)} R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}`;

if (process.argv.includes('--cross-validate')) {
  const total = { rules: { tp: 0, fp: 0, fn: 0 }, reviewed: { tp: 0, fp: 0, fn: 0 } };
  for (const fold of leaveOneSetOut(texts)) {
    process.stdout.write(`${fold.set.padEnd(20)} rules ${figure(fold.rules)}   reviewed ${figure(fold.reviewed)}\n`);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.rules[k] += fold.rules[k];
      total.reviewed[k] += fold.reviewed[k];
    }
  }
  process.stdout.write(`${'all'.padEnd(20)} rules ${figure(total.rules)}   reviewed ${figure(total.reviewed)}\n`);
} else {
  const model = trainPersonModel(texts);
  const path = join(import.meta.dirname, '../src/modules/extraction/data/person-model.json');
  writeFileSync(path, JSON.stringify(model) + '\n');
  process.stdout.write(
    `Trained the person model on ${String(texts.length)} texts of ${String(model.trainedOn.length)} sets: ` +
      `${String(Object.keys(model.weights).length)} weights, ${String(Object.keys(model.wordCase).length)} words; wrote ${path}\n`,
  );
}
