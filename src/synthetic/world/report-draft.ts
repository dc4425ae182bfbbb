// A report being written, and the ways a reporter mentions an address, a person, a vehicle or a
// phone. Each mention lands in the free text, in the structured answers, or in both — as real
// reporters do — and is recorded in the report's ground truth whichever way it went.
import { spellingsOf } from './names.ts';
import { writePhone } from './phones.ts';
import { writeStreet, type PublicPlace } from './places.ts';
import type { Rng } from './prng.ts';
import { signDefinition, signPhrase, type CuckooingSignCode, type ExploitationSignCode } from './signs.ts';
import { createTextBuilder, type TextBuilder } from './text.ts';
import { writeRegistration } from './vehicles.ts';
import type { WorldIndex } from './world-index.ts';
import type { Address, Day, MentionPlace, Person, ReportTruth, StructuredAnswers, Vehicle } from './world.types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type Draft = {
  readonly rng: Rng;
  readonly index: WorldIndex;
  readonly day: Day;
  readonly text: TextBuilder;
  readonly structured: StructuredAnswers;
  readonly truth: Mutable<Omit<ReportTruth, 'reportId' | 'kind' | 'noise' | 'lineId' | 'subject'>>;
};

export function createDraft(rng: Rng, index: WorldIndex, day: Day): Draft {
  return {
    rng,
    index,
    day,
    text: createTextBuilder(),
    structured: {},
    truth: { addressIds: [], placeIds: [], phones: [], vehicles: [], people: [], misspeltStreet: false },
  };
}

/** Text only, structured answers only, or both: roughly how often reporters do each. */
export function placement(rng: Rng): MentionPlace {
  return rng.weighted<MentionPlace>([
    ['text', 40],
    ['both', 35],
    ['structured', 25],
  ]);
}

const inText = (where: MentionPlace) => where !== 'structured';
const inForm = (where: MentionPlace) => where !== 'text';

/** Mentions an address; returns the words the text should use for it. */
export function mentionAddress(draft: Draft, address: Address, where = placement(draft.rng)): string {
  const { rng, structured, truth } = draft;
  truth.addressIds.push(address.id);
  const written = writeStreet(rng, address.street);
  const number = address.houseNumber;
  if (inForm(where) && structured.where === undefined) {
    const typed = rng.chance(0.6) ? { text: address.street, misspelt: false } : written;
    truth.misspeltStreet ||= typed.misspelt;
    structured.where = {
      street: typed.text,
      ...(rng.chance(0.85) && {
        houseNumber: address.flat && rng.chance(0.5) ? `Flat ${address.flat}, ${number}` : number,
      }),
      ...(rng.chance(0.35) && { postcode: rng.chance(0.8) ? address.postcode : address.postcode.slice(0, -2) }),
    };
  }
  if (!inText(where)) return address.kind === 'house' ? rng.pick(['the house', 'this house']) : 'the flat';
  truth.misspeltStreet ||= written.misspelt;
  const street = written.text;
  return rng.weighted<string>([
    [`${number} ${street}`, 4],
    [`number ${number} ${street}`, 2],
    [`no ${number} ${street}`, 1],
    [`${street}, number ${number}`, 1],
    [address.flat ? `flat ${address.flat}, ${number} ${street}` : `${number} ${street}`, address.flat ? 3 : 0],
    [`the ${address.kind === 'house' ? 'house' : 'flat'} on ${street}`, 1],
    [`${number} ${street} ${address.postcode}`, 1],
  ]);
}

export function mentionPlace(draft: Draft, place: PublicPlace): string {
  draft.truth.placeIds.push(place.id);
  if (draft.rng.chance(0.4)) draft.structured.where = { street: place.name };
  return draft.rng.chance(0.5) ? place.name.toLowerCase() : place.name;
}

export type PersonHow = 'name' | 'nickname' | 'description';

function ageWords(rng: Rng, person: Person): { noun: string; guess: number } {
  const guess = Math.max(10, person.age + rng.int(-2, 2));
  if (person.age < 18) return { noun: person.sex === 'female' ? 'girl' : rng.pick(['lad', 'boy', 'kid']), guess };
  if (person.age < 30) {
    return { noun: person.sex === 'female' ? 'young woman' : rng.pick(['lad', 'guy', 'young man']), guess };
  }
  return { noun: person.sex === 'female' ? 'woman' : 'man', guess };
}

/** Mentions a person by name, street name or looks; returns the words the text should use. */
export function mentionPerson(draft: Draft, person: Person, how: PersonHow, where = placement(draft.rng)): string {
  const { rng } = draft;
  const { noun, guess } = ageWords(rng, person);
  let phrase: string;
  const entry: NonNullable<StructuredAnswers['people']>[number] = {};
  if (how === 'nickname' && person.nickname !== null) {
    phrase = rng.pick(spellingsOf(person.nickname));
    entry.nickname = phrase;
  } else if (how === 'name' || how === 'nickname') {
    const first = rng.pick(spellingsOf(person.firstName));
    phrase = rng.chance(0.3) ? `${first} ${person.surname}` : first;
    entry.name = phrase;
  } else {
    const { build, look, feature } = person.appearance;
    const sized = build === null ? noun : `${build} ${noun}`;
    phrase = rng.weighted<string>([
      [`a ${sized} ${look}`, 3],
      [`a ${noun} about ${String(guess)} ${look}`, 3],
      [`a ${sized} about ${String(guess)}`, 2],
      [feature === null ? `a ${sized} ${look}` : `a ${noun} ${look}, ${feature}`, 2],
    ]);
    entry.description = [sized, look, feature].filter((part) => part !== null).join(', ');
  }
  if (rng.chance(0.6)) entry.approxAge = guess;
  if (inForm(where)) (draft.structured.people ??= []).push(entry);
  draft.truth.people.push({ clusterId: person.id, as: phrase, in: where });
  if (inText(where)) return phrase;
  return person.age < 18 ? `a ${noun}` : `the ${noun}`;
}

/** Mentions a vehicle: make, colour and as much of the registration as the reporter caught. */
export function mentionVehicle(draft: Draft, vehicle: Vehicle, where = placement(draft.rng)): string {
  const { rng } = draft;
  const reg = rng.chance(0.85) ? writeRegistration(rng, vehicle.vrm) : null;
  draft.truth.vehicles.push({
    vehicleId: vehicle.id,
    registration: reg === null ? 'none' : reg.partial ? 'partial' : 'full',
  });
  if (inForm(where)) {
    (draft.structured.vehicles ??= []).push({
      ...(rng.chance(0.8) && { make: vehicle.make }),
      ...(rng.chance(0.6) && { model: vehicle.model }),
      ...(rng.chance(0.8) && { colour: vehicle.colour }),
      ...(reg && { registration: reg.text }),
    });
  }
  const looks = rng.pick([
    `${vehicle.colour} ${vehicle.model}`,
    `${vehicle.colour} ${vehicle.make} ${vehicle.model}`,
    `${vehicle.colour} ${vehicle.make}`,
  ]);
  if (!inText(where) || reg === null) return `a ${looks}`;
  return rng.pick([`a ${looks} ${reg.text}`, `a ${looks} reg ${reg.text}`, `a ${looks} (${reg.text})`]);
}

/** Mentions a number as written; `refersTo` is what it really is (null: nothing in the world). */
export function mentionPhone(
  draft: Draft,
  e164: string,
  refersTo: string | null,
  messageText?: string,
  where = placement(draft.rng),
): string {
  const written = writePhone(draft.rng, e164);
  draft.truth.phones.push({ written: e164, refersTo });
  if (inForm(where) || messageText !== undefined) {
    (draft.structured.phones ??= []).push({
      ...(inForm(where) && { number: written }),
      ...(messageText !== undefined && { messageText }),
    });
  }
  return inText(where) ? written : 'the number';
}

/** A sentence about a number; when the reporter typed the number only into the form, it is left out. */
export function addPhoneSentence(
  draft: Draft,
  template: string,
  e164: string,
  refersTo: string | null,
  vars: Readonly<Record<string, string>> = {},
): void {
  const where = placement(draft.rng);
  const phone = mentionPhone(draft, e164, refersTo, undefined, where);
  if (where !== 'structured') draft.text.add(template, { ...vars, phone });
}

/** Warning signs: ticked on the form, described in words, or both. */
export function mentionSigns(
  draft: Draft,
  kind: 'cuckooing' | 'exploitation',
  codes: readonly (CuckooingSignCode | ExploitationSignCode)[],
  about: Person | null,
  where = placement(draft.rng),
): void {
  if (codes.length === 0) return;
  if (inForm(where)) {
    if (kind === 'cuckooing') draft.structured.cuckooingSigns = codes as CuckooingSignCode[];
    else draft.structured.exploitationSigns = codes as ExploitationSignCode[];
  }
  if (!inText(where)) return;
  const sex = about?.sex ?? (draft.rng.chance(0.5) ? 'female' : 'male');
  const phrases = draft.rng
    .sample(codes, 2)
    .map((code) => signPhrase(draft.rng.pick(signDefinition(code).phrases), sex));
  draft.text.add(phrases.join(draft.rng.pick([', ', ' and ', '. '])));
}
