import type { PersonEntity } from './types.ts';

/**
 * A title and a surname where the report gave the title with a full name once ("Mr Gideon Farrow … Mr Farrow")
 * is that person too. A given name alone that no cue introduced, where the report gives it with a surname once ("Kerry Walsh …
 * Kerry was away"), is the same person: the mention keeps its words and takes the full name. Not when a cue
 * introduced it ("a girl called Kerry, about 14", "his son Mark"), when it has an age of its own, or when two
 * full names share it ("Chris Bell and Chris Doyle").
 */
export function sameNameAsFullName(input: string, people: PersonEntity[], firstCueless: number): PersonEntity[] {
  const full = new Map<string, string | null>();
  const titled = new Map<string, string | null>();
  const keep = (map: Map<string, string | null>, key: string, name: string) => {
    const known = map.get(key);
    map.set(key, known === undefined || known === name ? name : null);
  };
  for (const person of people) {
    // "saved in his phone as 'Marcus G' … Marcus rings": a given name and an initial, as contacts are saved.
    const initialled = GIVEN_AND_INITIAL.exec(person.name);
    if (person.kind === 'nickname' && initialled !== null) keep(full, initialled[1] ?? '', person.name);
    if (person.kind !== 'name') continue;
    // "Mr Dennis Pike … Dennis tell me": the given name after a courtesy title.
    const [first, ...rest] = person.name.replace(COURTESY, '').split(' ');
    if (rest.length > 0 && first !== undefined) keep(full, first, person.name);
    // "Mr Gideon Farrow … Mr Farrow's methadone": the title and surname stand for the full name.
    const t = TITLED_FULL.exec(person.name);
    // In either case: "MR DENNIS PRYOR … Mr Pryor".
    if (t !== null) keep(titled, `${t[1] ?? ''} ${t[3] ?? ''}`.toLowerCase(), person.name);
    // "Pastor Femi Adebayo … Pastor Femi, 07700…": the title and given name too, for a title said with either.
    if (t !== null && GIVEN_NAME_TITLES.test(t[1] ?? '')) {
      keep(titled, `${t[1] ?? ''} ${t[2] ?? ''}`.toLowerCase(), person.name);
    }
  }
  return people.map((person, i) => {
    if (person.kind !== 'name' || person.age !== undefined) return person;
    const fullTitled = titled.get(person.name.replace(/\.(?= )/u, '').toLowerCase());
    if (typeof fullTitled === 'string' && fullTitled !== person.name) return { ...person, name: fullTitled };
    // "my name is Brenda, Brenda Kowalczyk": a given name said again at once with the surname.
    // Only the writer naming themselves, the full name closing the phrase: not "my name is Lee, Lee Evans is the
    // dealer".
    const restated = RESTATED.exec(input.slice(person.end, person.end + 60));
    const selfNamed = SELF_NAMED.test(input.slice(Math.max(0, person.start - 24), person.start));
    if (selfNamed && restated !== null && full.get(person.name) === `${person.name} ${restated[1] ?? ''}`) {
      return { ...person, name: `${person.name} ${restated[1] ?? ''}` };
    }
    if (i < firstCueless) return person;
    const name = full.get(person.name);
    // Not one given an age of their own, nor a relative of the same name: "with his grandson. Dennis, 15, is the one".
    if (typeof name !== 'string' || AGE_AFTER.test(input.slice(person.end, person.end + 8))) return person;
    if (RELATIVE_BEFORE.test(input.slice(Math.max(0, person.start - 40), person.start))) return person;
    return { ...person, name };
  });
}

const GIVEN_AND_INITIAL = /^(\p{Lu}\p{Ll}+) \p{Lu}$/u;
// Titles said with a given name as well as with a surname ("Pastor Femi", "Father Tom").
const FAITH_TITLES = 'Revd|Rev|Pastor|Imam|Father|Sister|Brother|Deacon|Deaconess|Elder|Rabbi|Sheikh';
const GIVEN_NAME_TITLES = new RegExp(`^(?:${FAITH_TITLES})$`, 'iu');
const TITLED_FULL = new RegExp(
  `^(Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|PC|PCSO|DC|DS|DI|Sgt|Sergeant|Insp|Inspector|${FAITH_TITLES})\\.? (\\S+) (\\S+)$`,
  'iu',
);
const RESTATED = /^[ \t]*,[ \t]*\S+[ \t]+(\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:[,.;:!?)(]|\n|$))/u;
const SELF_NAMED = /\b(?:my name is|my name's|i am|i'm|im|this is|it's|it is)[ \t]+$/iu;
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx)\.? (?=\S+ \S)/u;
const AGE_AFTER = /^,?[ \t]*\(?\d{1,2}\b/u;
const RELATIVE_BEFORE =
  /\b(?:son|grandson|nephew|daughter|granddaughter|niece|boy|lad|kid|child|brother|sister|cousin|junior)[.!?,]?[ \t]*$/iu;
