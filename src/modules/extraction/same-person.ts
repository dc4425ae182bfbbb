import type { PersonEntity } from './types.ts';

/**
 * A given name alone that no cue introduced, where the report gives it with a surname once ("Kerry Walsh …
 * Kerry was away"), is the same person: the mention keeps its words and takes the full name. Not when a cue
 * introduced it ("a girl called Kerry, about 14", "his son Mark"), when it has an age of its own, or when two
 * full names share it ("Chris Bell and Chris Doyle").
 */
export function sameNameAsFullName(people: PersonEntity[], firstCueless: number): PersonEntity[] {
  const full = new Map<string, string | null>();
  for (const person of people) {
    const [first, ...rest] = person.name.split(' ');
    if (person.kind !== 'name' || rest.length === 0 || first === undefined) continue;
    const known = full.get(first);
    full.set(first, known === undefined || known === person.name ? person.name : null);
  }
  return people.map((person, i) => {
    if (i < firstCueless || person.kind !== 'name' || person.age !== undefined) return person;
    const name = full.get(person.name);
    return typeof name === 'string' ? { ...person, name } : person;
  });
}
