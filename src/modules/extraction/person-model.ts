// A learned second opinion on people (ADR 61). The rules (people.ts and the files beside it) name people by cues
// and lists; every capitalised run of up to three words, every short quoted phrase, every given name in lower case
// and every name the rules gave is then a candidate, described by features of its words and their neighbours
// (never by whether a rule took it). A logistic model trained on the labelled report texts gives each candidate a
// probability of being someone's name: a candidate the rules missed is added when the model is sure of it. The
// rules' own names stay (taking them away when the model doubted them cost more true names than false ones). The
// model is data (data/person-model.json), made by `npm run train:extraction` from test/fixtures/extraction;
// person-model-training.ts holds the training.
import { isAbbreviation, STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { probability } from './logistic.ts';
import { personCandidates, type PersonCandidate, type WordCase } from './person-candidates.ts';
import { namesNobodyHere } from './person-model-gates.ts';
import { BODY_WORDS, BUSINESS_WORDS, DESCRIPTOR_WORDS, SERVICES_IN_CAPITALS, untitled } from './person-words.ts';
import type { Extraction, PersonEntity } from './types.ts';

export type { PersonCandidate, WordCase } from './person-candidates.ts';
export { countWordCase, personCandidates } from './person-candidates.ts';

export type PersonModel = {
  /** The labelled sets the model was trained on (file names without .json). */
  readonly trainedOn: readonly string[];
  /** A candidate the rules did not give is added at this probability or more. */
  readonly addAt: number;
  readonly wordCase: Readonly<Record<string, WordCase>>;
  readonly weights: Readonly<Record<string, number>>;
};

// Words a name the model adds may open with; after them, and in every other place, no common word written in lower
// case, no word of a firm or body, no describing word, no role and no street word ("Grace Way", "Rainbow Nursery",
// "Justice For Josh", "from Polish family", "Ward Councillor").
const NAME_PREFIX =
  /^(?:big|little|lil|young|old|baby|uncle|auntie|aunty|aunt|cousin|nan|nana|nanna|gran|grandad|grandma|tio|tia|tío|tía|mama|papa|mr|mrs|ms|miss|mx|dr)$/u;
// A form's field closing right before ("Eye colour:", "When did it start?"), and the words of one that asks for a person.
const FIELD_BEFORE = /(?:^|\n)[ \t]*([^\n:?]{1,40})[:?][ \t]*\n?[ \t]*$/u;
const PERSON_FIELD =
  /\b(?:name|names|who|person|suspect|suspects|contact|sender|from|to|by|signed|caller|child|victim|mother|father|parent|witness|driver|tenant|occupant|pupil|student|referrer|officer|worker|nickname|aka|alias|adviser|advisor|author|reporter|writer|manager|lead|coordinator|keyworker|practitioner|teacher|nurse|doctor|volunteer|carer|landlord|agent|owner|staff|attendee|present)\b/iu;
const answersOtherField = (text: string, start: number): boolean => {
  const field = FIELD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return field !== null && !PERSON_FIELD.test(field[1] ?? '');
};
// Who someone is, not their name, closing a candidate: "Ward Councillor", "Duty Manager" (not "Chief Inspector Marsh").
const ROLE_WORDS = new Set(
  (
    'councillor officer manager coordinator worker lead warden teacher nurse doctor sergeant constable inspector ' +
    'caretaker receptionist volunteer director head chair secretary clerk adviser advisor practitioner assistant ' +
    'supervisor keyworker commissioner superintendent commander mayor minister governor'
  ).split(' '),
);
const INITIAL_AFTER = /^[ \t]+\p{Lu}\.?$/u;
/** The model's probability that the candidate is a person's name. */
export function personProbability(model: PersonModel, candidate: PersonCandidate): number {
  return probability(model.weights, candidate.features);
}

/** The rules' people, and the names the model is sure the rules missed. */
export function reviewPeople(text: string, found: Extraction, model: PersonModel): PersonEntity[] {
  const candidates = personCandidates(text, found, model.wordCase);
  const probability = new Map(candidates.map((c) => [c.key, personProbability(model, c)]));
  let kept = found.people;
  const keys = new Set(kept.map((p) => untitled(p.name)));
  const added: PersonEntity[] = [];
  const sure = candidates
    .filter((c) => !c.byRules && !keys.has(c.key) && (probability.get(c.key) ?? 0) >= model.addAt)
    .sort((a, b) => (probability.get(b.key) ?? 0) - (probability.get(a.key) ?? 0));
  // Where a kept name is written, wherever it is written (the rules answer one place of each).
  const written: (readonly [number, number])[] = kept.map((p) => [p.start, p.end] as const);
  for (const c of candidates) if (keys.has(c.key)) written.push(...c.spans);
  const overlapping = (start: number, end: number) => (p: PersonEntity) => p.start < end && start < p.end;
  for (const c of sure) {
    if (!nameLike(c.key, model.wordCase) || !quotedNameLike(c) || SERVICES_IN_CAPITALS.has(c.key)) continue;
    // Never over an identifier or a street another extractor took.
    if (c.features.some((f) => f.startsWith('taken=') && f !== 'taken=drugs')) continue;
    // Nor as the answer to a form's field that asks for no person ("Eye colour:\nHazel", "Season: Summer").
    // One word only: a full name is a person's whatever the field ("Adviser: Tom Henley").
    if (!c.key.includes(' ') && c.spans.every(([start]) => answersOtherField(text, start))) continue;
    const sureness = probability.get(c.key) ?? 0;
    // Where no name kept is written; or else in place of a shorter name the rules read at its start, when the model
    // is surer of the whole ("DANNY PRICE" where the rules read "DANNY", "Curtis B" where they read "Curtis"). The
    // rules know better where a name starts (after a cue) than where it ends: "Mark Tyrese absent" stays "Tyrese".
    // Only by an initial, or in a text in capitals: in a chat without stops a capitalised word after a name is as
    // often a place or a thing ("tell Jamal Fleetville lot are coming", "tell Ethan PS5 is sold").
    let place = c.spans.find(
      ([start, end]) => !written.some(([s, e]) => s < end && start < e) && !namesNobodyHere(text, c.key, start, end),
    );
    if (place === undefined) {
      place = c.spans.find(([start, end]) => {
        const under = kept.filter(overlapping(start, end));
        return (
          under.length > 0 &&
          !added.some(overlapping(start, end)) &&
          !namesNobodyHere(text, c.key, start, end) &&
          under.every(
            (p) =>
              p.start === start &&
              p.end <= end &&
              (probability.get(untitled(p.name)) ?? 1) < sureness &&
              (INITIAL_AFTER.test(text.slice(p.end, end)) || c.features.includes('text=caps')),
          )
        );
      });
      if (place === undefined) continue;
      const [start, end] = place;
      kept = kept.filter((p) => !overlapping(start, end)(p));
    }
    const [start, end] = place;
    const name = text.slice(start, end);
    const kind = c.features.includes('given1') ? 'name' : 'nickname';
    added.push({ name, kind, text: name, start, end });
    written.push(...c.spans);
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

// A quoted phrase of two words or more is a song, a strain, a boat or a house as often as a name ("'Jack Herer'",
// "'Daisy May'"); the model adds one only in the shapes of nicknames: a prefix and a word ("'Big T'", "'Tio Beto'"),
// or a name and an initial.
function quotedNameLike(c: PersonCandidate): boolean {
  const words = c.key.split(/\s+/u);
  if (words.length < 2 || !c.features.includes('quoteBefore') || !c.features.includes('quoteAfter')) return true;
  return NAME_PREFIX.test((words[0] ?? '').toLowerCase()) || /^\p{Lu}\.?$/u.test(words[words.length - 1] ?? '');
}

function nameLike(name: string, wordCase: Readonly<Record<string, WordCase>>): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.every(
    (word, i) =>
      (i === 0 && words.length > 1 && NAME_PREFIX.test(word)) ||
      (wordCase[word] !== 'mostly' &&
        !BUSINESS_WORDS.has(word) &&
        !BODY_WORDS.has(word) &&
        !DESCRIPTOR_WORDS.has(word) &&
        !(i === words.length - 1 && ROLE_WORDS.has(word)) &&
        !STREET_TYPE_WORDS.has(word) &&
        !isAbbreviation(word)),
  );
}
