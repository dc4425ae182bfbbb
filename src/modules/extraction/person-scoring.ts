// How names found are scored against names labelled (ADR 0061): by person, not by form written. The product
// resolves "Mr Colin Rudd … Colin" to one person (same-person.ts); some labelled sets list every form of a person
// ("Mr Colin Rudd" and "Colin"), others the fullest only. Scored by form, the first convention counts the short
// form as a miss the product meant to make and the second counts a short form found as a false name. Scored by
// person, both conventions ask the same thing: was each person found, in a form the labeller wrote, and was any
// name found that belongs to no labelled person.
import { KIN_TITLE_WORDS, untitled } from './person-words.ts';
import type { Tally } from './logistic.ts';

// A kin word before a name, as some writers say it and some labellers keep it ("cousin Jay", "Auntie Pat").
const KIN_WORD = new RegExp(`^(?:${KIN_TITLE_WORDS.join('|')})\\s+(?=\\S)`, 'iu');

/** The form a name is compared in: without a courtesy title or kin word ("Ms Bello" and "Bello" are one). */
export const personKey = (name: string): string => untitled(name).replace(KIN_WORD, '');

const words = (key: string): string[] =>
  key
    .toLowerCase()
    .split(/[\s.]+/u)
    .filter((w) => w !== '');
/** A shorter form of the same name: every word of `part` is a word of `whole` ("Colin" of "Colin Rudd"). */
const isPartOf = (part: string, whole: string): boolean => {
  const of = new Set(words(whole));
  const its = words(part);
  return part !== whole && its.length < of.size && its.every((w) => of.has(w));
};

/**
 * The people labelled in one text, and which of them were found. Each labelled name that is no shorter form of
 * another is a person, with its labelled shorter forms; found in any of them, it was found. A name found that is no
 * labelled form belongs to no person (it is false) unless it is a shorter form of a person found (the same person
 * named twice).
 */
export function comparePersons(
  found: readonly string[],
  labelled: readonly string[],
): { persons: number; missed: string[]; extra: string[] } {
  const gold = [...new Set(labelled.map(personKey))];
  const got = new Set(found.map(personKey));
  const persons = gold
    .filter((name) => !gold.some((other) => isPartOf(name, other)))
    .map((name) => ({ name, forms: [name, ...gold.filter((other) => isPartOf(other, name))] }));
  const matched = persons.filter((p) => p.forms.some((form) => got.has(form)));
  return {
    persons: persons.length,
    missed: persons.filter((p) => !matched.includes(p)).map((p) => p.name),
    extra: [...got].filter((name) => !matched.some((p) => p.forms.includes(name) || isPartOf(name, p.name))),
  };
}

/** Micro counts of the people found in one text against those labelled (comparePersons). */
export function tallyPersons(found: readonly string[], labelled: readonly string[], into: Tally): void {
  const { persons, missed, extra } = comparePersons(found, labelled);
  into.tp += persons - missed.length;
  into.fn += missed.length;
  into.fp += extra.length;
}
