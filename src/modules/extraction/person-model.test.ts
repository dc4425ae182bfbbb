// The learned person model (ADR 0061): the stored model is what training on the labelled sets gives, it adds only
// names it is sure of and never where another extractor or a kept name is, and it never takes a rule's name away.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractByRules, extractEntities } from './extraction.ts';
import { FIXTURES, NOT_TRAINED_ON, labelledPeopleTexts, trainingSets } from './labelled-texts.ts';
import { PERSON_MODEL } from './person-model.data.ts';
import { PERSON_MODEL_OPTIONS, leaveOneSetOut, trainPersonModel } from './person-model-training.ts';
import { countWordCase, personCandidates, personProbability, reviewPeople, type PersonModel } from './person-model.ts';

const names = (text: string): string[] => extractEntities(text).people.map((p) => p.name);
const byRules = (text: string): string[] => extractByRules(text).people.map((p) => p.name);

describe('person model: the stored model', () => {
  it('is what npm run train:extraction makes from the labelled sets, and none of the sets kept back', () => {
    const fresh = trainPersonModel(labelledPeopleTexts());
    assert.ok(fresh.trainedOn.length >= 21);
    const labelled = labelledPeopleTexts();
    assert.deepEqual(PERSON_MODEL.trainedOn, [...new Set(labelled.map((t) => t.set))].sort());
    assert.ok(trainingSets().length >= PERSON_MODEL.trainedOn.length);
    for (const set of NOT_TRAINED_ON) assert.ok(!PERSON_MODEL.trainedOn.includes(set), set);
    assert.equal(PERSON_MODEL.addAt, PERSON_MODEL_OPTIONS.addAt);
    // Weights rounded to four places on both sides: a fresh training gives the stored file, feature for feature.
    assert.deepEqual(fresh.wordCase, PERSON_MODEL.wordCase);
    assert.deepEqual(fresh.weights, PERSON_MODEL.weights);
  });

  it('keeps back a set only while it exists to be scored blind', () => {
    for (const set of NOT_TRAINED_ON) {
      const file = JSON.parse(readFileSync(join(FIXTURES, `${set}.json`), 'utf8')) as { description: string };
      assert.match(file.description, /blind/u, set);
    }
  });
});

// A model that is sure of exactly the words given it, to test what is done with its answers.
const sureOf = (...words: string[]): PersonModel => ({
  trainedOn: [],
  addAt: 0.95,
  wordCase: PERSON_MODEL.wordCase,
  weights: { bias: -10, ...Object.fromEntries(words.map((w) => [`w=${w.toLowerCase()}`, 20])) },
});

describe('person model: what it adds', () => {
  it('adds a name the rules missed when the stored model is sure of it, and keeps every name the rules gave', () => {
    const text = 'The boy who comes most is Kyle, and Zed drives him.';
    assert.deepEqual(byRules(text), ['Kyle']);
    assert.deepEqual(names(text), ['Kyle', 'Zed']);
  });

  it('adds only what it is sure of, at the first place no kept name is written, as written', () => {
    const text = 'Lenny was round the back again. Skippy had the bag; Skippy and Gunz kept watch.';
    const found = extractByRules(text);
    const reviewed = reviewPeople(text, found, sureOf('Skippy'));
    for (const p of found.people) assert.ok(reviewed.includes(p), p.name);
    const added = reviewed.filter((p) => !found.people.includes(p));
    assert.deepEqual(
      added.map((p) => [p.name, p.start, p.kind]),
      [['Skippy', text.indexOf('Skippy'), 'nickname']],
    );
    assert.deepEqual(reviewPeople(text, found, { ...sureOf('Skippy'), addAt: 1.01 }), found.people);
  });

  it('never adds over an identifier or a street another extractor took, nor a street, firm or common word', () => {
    const text = 'Outside on Hatfield Road in a Silver Astra. Call 07700 900123. The Rainbow Nursery van.';
    const found = extractByRules(text);
    const reviewed = reviewPeople(text, found, sureOf('Hatfield', 'Hatfield Road', 'Silver Astra', 'Rainbow Nursery'));
    assert.deepEqual(reviewed, found.people);
  });

  it('adds no brand, shop, song, kin word, wish, trap house, spelled plate or rank before a thing', () => {
    const cases: [string, string][] = [
      ['He came home in a Hugo Boss tracksuit.', 'Hugo Boss'],
      ['The smell from the Tony Macaroni kitchen is bad.', 'Tony Macaroni'],
      ['They sit by the Eleanor Cross monument after dark.', 'Eleanor Cross'],
      ['Inspector Clouseau (1963) was on the telly.', 'Inspector Clouseau'],
      ["The sign said 'Danny's Hand Car Wash'.", 'Danny'],
      ["I said 'Gran will kill me'.", 'Gran'],
      ['Thank you for reading this.\nHope', 'Hope'],
      ['He was dropping food for Bando.', 'Bando'],
      ['The plate was read out as Lima Foxtrot one nine.', 'Lima Foxtrot'],
      ['Reg was Kilo 4 something.', 'Kilo'],
      ['We went to PC World and it was shut.', 'PC World'],
    ];
    for (const [text, name] of cases) {
      const found = extractByRules(text);
      const added = reviewPeople(text, found, sureOf(name)).filter((p) => !found.people.includes(p));
      assert.deepEqual(
        added.map((p) => p.name),
        [],
        text,
      );
    }
    // The same words where they name someone: a possessive before a lower-case word or a platform, a name beside
    // a spelling word that is no plate, a rank before a surname, whom a runner works for.
    const people: [string, string][] = [
      ["A kid answered the door and said 'Tel's not in'.", 'Tel'],
      ["Troy's Insta is full of it.", 'Troy'],
      ['Signed, Penny and Charlie Rowe', 'Charlie Rowe'],
      ['Screenshotting this for PC Okoro.', 'PC Okoro'],
      ['THE KID SAYS HE WORKS FOR DIZZY.', 'DIZZY'],
    ];
    for (const [text, name] of people) {
      const found = extractByRules(text);
      assert.ok(
        reviewPeople(text, found, sureOf(name)).some((p) => p.name === name),
        text,
      );
    }
  });

  it('takes the place of a shorter name the rules read at its start, never of one that ends it', () => {
    // The rules read an initial closing a name ("Curtis B, paid"), not one a word follows.
    const guest = 'The guest Curtis B paid cash.';
    const found = extractByRules(guest);
    assert.deepEqual(
      found.people.map((p) => p.name),
      ['Curtis'],
    );
    assert.deepEqual(
      reviewPeople(guest, found, sureOf('Curtis B')).map((p) => [p.name, p.start]),
      [['Curtis B', guest.indexOf('Curtis')]],
    );
    const register = 'Will Callum be safe? Mark Tyrese absent.';
    const registerFound = extractByRules(register);
    assert.ok(registerFound.people.some((p) => p.name === 'Tyrese'));
    assert.deepEqual(reviewPeople(register, registerFound, sureOf('Mark Tyrese')), registerFound.people);
  });

  it('makes candidates of an initial and a surname and of a name before a possessive', () => {
    const text = "Supervising officer: J. Whitfield. They said 'this is Tank's town now'.";
    const keys = personCandidates(text, extractByRules(text), PERSON_MODEL.wordCase).map((c) => c.key);
    assert.ok(keys.includes('J. Whitfield'), keys.join('|'));
    assert.ok(keys.includes('Tank') && !keys.includes("Tank's"), keys.join('|'));
  });

  it('reads how a word is written from words outside e-mail addresses and handles', () => {
    const wordCase = countWordCase([
      'Khaled says hi. khaled.mansour@example.com',
      'From Khaled. Write to khaled.m at example dot com or @khaled_x',
    ]);
    assert.equal(wordCase.khaled, 'never');
    assert.equal(countWordCase(['Khaled said', 'khaled said']).khaled, 'some');
  });

  it('describes a candidate by its words and neighbours, never by whether a rule took it', () => {
    const text = 'ask for Tiny. Tiny runs it.';
    const found = extractByRules(text);
    const none = { ...found, people: [] };
    const withRules = personCandidates(text, found, PERSON_MODEL.wordCase).find((c) => c.key === 'Tiny');
    const without = personCandidates(text, none, PERSON_MODEL.wordCase).find((c) => c.key === 'Tiny');
    assert.ok(withRules !== undefined && without !== undefined);
    assert.equal(withRules.byRules, true);
    assert.equal(without.byRules, false);
    assert.deepEqual(withRules.features, without.features);
    assert.equal(personProbability(PERSON_MODEL, withRules), personProbability(PERSON_MODEL, without));
  });
});

describe('person model: the look-alikes a precision review wrote against it', () => {
  it('adds few false names to 982 probe texts and takes no right name away', () => {
    const file = JSON.parse(readFileSync(join(FIXTURES, '../extraction-probes/person-model-probes.json'), 'utf8')) as {
      probes: { text: string; people: string[] }[];
    };
    assert.ok(file.probes.length >= 900);
    let falseAdded = 0;
    let trueAdded = 0;
    let rightTaken = 0;
    for (const probe of file.probes) {
      const rules = byRules(probe.text);
      const reviewed = names(probe.text);
      for (const name of reviewed.filter((n) => !rules.includes(n))) {
        if (probe.people.includes(name)) trueAdded += 1;
        else falseAdded += 1;
      }
      rightTaken += rules.filter((n) => probe.people.includes(n) && !reviewed.includes(n)).length;
    }
    // 30 before the review's gates, 6 or 7 since at p ≥ 0.95, 15 at p ≥ 0.9 with the brand, possessive, spelling
    // and rank gates (ADR 61): celebrities, songs and brands ("Tom Hanks", "Jolene", "Virgin Media"). The rules
    // alone give about 180 false names here.
    assert.ok(falseAdded <= 15, `${String(falseAdded)} false names added`);
    assert.ok(trueAdded >= 3, `${String(trueAdded)} true names added`);
    assert.equal(rightTaken, 0);
  });
});

describe('person model: measured on sets it was not trained on', () => {
  it('scores each set by a model trained on the others at least as well as the rules, over the later sets', () => {
    const later = ['voices-holdout-19', 'voices-holdout-20', 'voices-holdout-21'];
    const texts = labelledPeopleTexts().filter((t) => later.includes(t.set) || t.set === 'voices-holdout-18');
    const folds = leaveOneSetOut(texts);
    const sum = (pick: 'rules' | 'reviewed') =>
      folds
        .filter((f) => later.includes(f.set))
        .reduce((a, f) => ({ tp: a.tp + f[pick].tp, fp: a.fp + f[pick].fp, fn: a.fn + f[pick].fn }), {
          tp: 0,
          fp: 0,
          fn: 0,
        });
    const rules = sum('rules');
    const reviewed = sum('reviewed');
    const f1 = (t: { tp: number; fp: number; fn: number }) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
    assert.ok(f1(reviewed) >= f1(rules), `reviewed F1 ${f1(reviewed).toFixed(3)} < rules ${f1(rules).toFixed(3)}`);
    assert.ok(reviewed.tp >= rules.tp);
  });
});
