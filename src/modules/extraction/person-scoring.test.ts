import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Tally } from './logistic.ts';
import { comparePersons, personKey, tallyPersons } from './person-scoring.ts';

const tally = (found: string[], labelled: string[]): Tally => {
  const into: Tally = { tp: 0, fp: 0, fn: 0 };
  tallyPersons(found, labelled, into);
  return into;
};

describe('scoring people by person, not by form written', () => {
  it('compares names without a courtesy title or kin word', () => {
    assert.equal(personKey('Mrs Okafor'), 'Okafor');
    assert.equal(personKey('cousin Jay'), 'Jay');
    assert.equal(personKey('Auntie Pat'), 'Pat');
    // A kin word that is the whole name, or a name that merely starts like one, stays.
    assert.equal(personKey('Nana'), 'Nana');
    assert.equal(personKey('Unclebob'), 'Unclebob');
  });

  it('scores a person labelled in every form written the same as one labelled in its fullest form', () => {
    // Sets 20 onwards list "Mr Colin Rudd" and "Colin"; earlier ones the full name only. The product gives one.
    assert.deepEqual(tally(['Mr Colin Rudd'], ['Mr Colin Rudd', 'Colin']), { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(tally(['Mr Colin Rudd'], ['Mr Colin Rudd']), { tp: 1, fp: 0, fn: 0 });
    // The short form found as well is the same person named twice, not a false name.
    assert.deepEqual(tally(['Colin Rudd', 'Colin'], ['Colin Rudd']), { tp: 1, fp: 0, fn: 0 });
  });

  it('counts a person found in a labelled short form, but not one found in a form nobody labelled', () => {
    assert.deepEqual(tally(['Colin'], ['Colin Rudd', 'Colin']), { tp: 1, fp: 0, fn: 0 });
    // "Colin" alone was not labelled: the full name was missed and "Colin" is no labelled form.
    assert.deepEqual(tally(['Colin'], ['Colin Rudd']), { tp: 0, fp: 1, fn: 1 });
  });

  it('keeps two people who share no whole name apart, and counts every miss and false name', () => {
    assert.deepEqual(tally(['Chris Bell', 'Dean'], ['Chris Bell', 'Chris Doyle', 'Tiny']), { tp: 1, fp: 1, fn: 2 });
    assert.deepEqual(comparePersons(['Chris Bell', 'Dean'], ['Chris Bell', 'Chris Doyle', 'Tiny']), {
      persons: 3,
      missed: ['Chris Doyle', 'Tiny'],
      extra: ['Dean'],
    });
  });

  it('keeps case as written: a name in capitals is not the same label as one in lower case', () => {
    assert.deepEqual(tally(['del'], ['DEL']), { tp: 0, fp: 1, fn: 1 });
  });
});
