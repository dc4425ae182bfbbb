// The learned drug model (ADR 61): the stored model is what training on the labelled sets gives, it adds only a
// drug it is sure of in a text about drugs, never in a word's everyday sense or over a name, and never takes a
// rule's drug away.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DRUG_MODEL } from './drug-model.data.ts';
import { DRUG_MODEL_OPTIONS, leaveOneSetOutDrugs, trainDrugModel } from './drug-model-training.ts';
import { drugCandidates, reviewDrugs, type DrugModel } from './drug-model.ts';
import { extractByRules, extractEntities } from './extraction.ts';
import { labelledDrugTexts } from './labelled-texts.ts';

const names = (text: string): string[] => extractEntities(text).drugs.map((d) => d.name);
const byRules = (text: string): string[] => extractByRules(text).drugs.map((d) => d.name);
// A model sure of every word of the vocabulary, to test what is done with its answers.
const sureOfAll: DrugModel = { trainedOn: [], addAt: 0.98, weights: { bias: 20 } };

describe('drug model: the stored model', () => {
  it('is what npm run train:extraction makes from the labelled sets', () => {
    const texts = labelledDrugTexts();
    const fresh = trainDrugModel(texts);
    assert.deepEqual(DRUG_MODEL.trainedOn, [...new Set(texts.map((t) => t.set))].sort());
    assert.ok(fresh.trainedOn.length >= 22);
    assert.equal(DRUG_MODEL.addAt, DRUG_MODEL_OPTIONS.addAt);
    assert.deepEqual(fresh.weights, DRUG_MODEL.weights);
  });
});

describe('drug model: what it adds', () => {
  it('adds a menu word the rules missed when the stored model is sure of it, and keeps the rules’ drugs', () => {
    const menu = '🚨 NEW NUMBER 🚨 🪨 rock 1 for 20 / ❄️ snow 0.5 for 40 / 🍃 loud 10s & 20s / 💊 bars ask';
    assert.deepEqual(byRules(menu), ['crack', 'cocaine', 'benzodiazepines']);
    assert.deepEqual(names(menu), ['crack', 'cocaine', 'cannabis', 'benzodiazepines']);
    const added = extractEntities(menu).drugs.find((d) => d.name === 'cannabis');
    assert.equal(added?.text, 'loud');
    assert.equal(menu.slice(added.start, added.end), 'loud');
  });

  it('adds nothing in a text not about drugs, in a word’s everyday sense, or over a name', () => {
    for (const text of [
      'a brown and white dog sat on the green by the bins',
      'They sell light and dark roast coffee at the stall',
      'We bought bags of Coke for the party, and crisps.',
      'Charlie said the lads sell weed by the garages',
    ]) {
      const found = extractByRules(text);
      const reviewed = reviewDrugs(text, found, sureOfAll);
      for (const drug of found.drugs) assert.ok(reviewed.includes(drug), text);
      const added = reviewed.filter((d) => !found.drugs.includes(d));
      for (const d of added) {
        assert.ok(!found.people.some((p) => p.start < d.end && d.start < p.end), `${text}: ${d.text}`);
      }
      if (!text.includes('sell weed')) assert.deepEqual(added, [], text);
    }
  });

  it('describes a word by its context, and marks the rules’ everyday senses', () => {
    const coffee = drugCandidates('They sell light and dark roast coffee at the stall');
    assert.ok(coffee.length > 0);
    assert.ok(coffee.every((c) => c.features.includes('everyday')));
    // Gas beside nitrous's words is the nitrous, never the cannabis a menu's "gas" means.
    const nitrous = drugCandidates('I find silver balloons and small metal bottles, I think this is the gas, nos.');
    const gas = nitrous.filter((c) => c.drug === 'cannabis');
    assert.equal(gas.length, 1);
    assert.ok(gas.every((c) => c.features.includes('everyday')));
    assert.ok(
      !drugCandidates('Gas 3.5 for £35, loud 10s').some(
        (c) => c.drug === 'cannabis' && c.features.includes('everyday'),
      ),
    );
    // "ket shards": ketamine's crystals, never crack's.
    const shards = drugCandidates('🍀 amnesia + 🌊 ket shards + 🪨 shards £40').filter((c) => c.drug === 'crack');
    assert.deepEqual(
      shards.map((c) => c.features.includes('everyday')),
      [true, false],
    );
    const menu = drugCandidates('white 80 brown 10 text 07700 900123');
    assert.ok(menu.some((c) => c.features.includes('priceAfter') && c.features.includes('menu')));
  });
});

describe('drug model: measured on sets it was not trained on', () => {
  it('scores the later sets by a model trained on the others at least as well as the rules', () => {
    const later = ['voices-holdout-21', 'voices-holdout-22'];
    const texts = labelledDrugTexts().filter((t) => later.includes(t.set) || /holdout-1[5-9]/u.test(t.set));
    const folds = leaveOneSetOutDrugs(texts).filter((f) => later.includes(f.set));
    const sum = (pick: 'rules' | 'reviewed') =>
      folds.reduce((a, f) => ({ tp: a.tp + f[pick].tp, fp: a.fp + f[pick].fp, fn: a.fn + f[pick].fn }), {
        tp: 0,
        fp: 0,
        fn: 0,
      });
    const f1 = (t: { tp: number; fp: number; fn: number }) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
    assert.ok(
      f1(sum('reviewed')) >= f1(sum('rules')),
      `${f1(sum('reviewed')).toFixed(3)} < ${f1(sum('rules')).toFixed(3)}`,
    );
  });
});
