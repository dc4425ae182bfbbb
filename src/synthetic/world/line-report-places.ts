// Reports about where a line deals from: its trap houses (often a cuckooed home) and the public
// places its runners meet customers. These are the reports neighbours write most.
import { DEALING_ACTS, DEALING_NOUNS, drugWords, RUNNER_WORDS, SELLING_VERBS } from './lexicon.ts';
import {
  addPhoneSentence,
  mentionAddress,
  mentionPerson,
  mentionPlace,
  mentionSigns,
  mentionVehicle,
  type Draft,
} from './report-draft.ts';
import {
  childRunners,
  lineWords,
  mentionWhen,
  peopleOf,
  pronoun,
  vulnerabilityWords,
  type Written,
} from './report-shared.ts';
import { CUCKOOING_SIGN_CODES, type CuckooingSignCode } from './signs.ts';
import type { CountyLine, Person, TrapHouse } from './world.types.ts';

const RESIDENT_SIGNS: readonly CuckooingSignCode[] = [
  'cuckooing.resident_not_seen',
  'cuckooing.resident_anxious',
  'cuckooing.resident_disengaged',
];
const FOOTFALL_SIGNS = CUCKOOING_SIGN_CODES.filter((code) => !RESIDENT_SIGNS.includes(code));

/** One or two of the line's runners, seen at the door; children are the ones neighbours notice. */
function mentionRunners(draft: Draft, line: CountyLine): { words: string; child: boolean } {
  const { rng } = draft;
  const runners = peopleOf(draft, line.runnerIds);
  const seen = rng.sample(runners, rng.int(1, 2));
  const child = seen.some((p) => p.age < 18);
  const phrases = seen.map((p) =>
    mentionPerson(draft, p, p.nickname !== null && rng.chance(0.3) ? 'nickname' : 'description'),
  );
  // Mentions that went only into the form leave "a lad"-style stand-ins; say it once, as a group.
  const specific = phrases.filter((phrase) => phrase.split(' ').length > 2 || !/^(a|the) /.test(phrase));
  const words = specific.length > 0 ? specific.join(' and ') : rng.pick(RUNNER_WORDS);
  return { words, child };
}

function mentionTrapExtras(draft: Draft, line: CountyLine): void {
  const { rng, text } = draft;
  if (rng.chance(0.3)) {
    const vehicle = draft.index.vehicle(rng.pick(line.vehicleIds));
    text.add(
      rng.pick([
        '{car} keeps dropping people off',
        'theres {car} that pulls up every few hours',
        '{car} parked outside a lot',
      ]),
      {
        car: mentionVehicle(draft, vehicle),
      },
    );
  }
  if (rng.chance(0.2)) {
    text.add(rng.pick(['pretty sure its {line}', 'heard them saying {line}', 'they run {line}']), {
      line: lineWords(draft, line),
    });
  }
  if (rng.chance(0.15)) {
    const number = draft.index.numberOn(line, draft.day);
    const template = rng.pick(['one of the users showed me the number {phone}', 'the number they use is {phone}']);
    addPhoneSentence(draft, template, number.e164, number.e164);
  }
}

export function writeTrapReport(draft: Draft, line: CountyLine, trap: TrapHouse): Written {
  const { rng, text, index } = draft;
  const address = index.address(trap.addressId);
  const addr = mentionAddress(draft, address);
  const act = rng.pick(DEALING_ACTS);
  text.add(
    rng.pick([
      'there is {dealing} going on at {addr}',
      '{addr} is a trap house',
      'i think {addr} has become a trap',
      'drug dealing from {addr}',
      'me and my neighbours are fed up with whats going on at {addr}, its obvious they are {act}',
      '{addr} - {act} all day',
    ]),
    { addr, act, dealing: rng.pick(DEALING_NOUNS) },
  );
  text.add('{when}', { when: mentionWhen(draft, { min: 12, max: 60 }) });
  const runners = mentionRunners(draft, line);
  text.add(
    rng.pick([
      '{who} answer the door',
      'mostly {who}',
      'there is {who} who seems to run it',
      '{who} hanging about outside',
    ]),
    {
      who: runners.words,
    },
  );
  if (rng.chance(0.4)) {
    text.add(rng.pick(['selling {drugs}', 'its {drugs} they are selling', 'users coming for {drugs}']), {
      drugs: drugWords(rng, line.drugs),
    });
  }
  if (!runners.child && rng.chance(0.3)) {
    text.add(rng.pick(['some of them look about 14', 'they look like school kids']));
  }
  const signs = trap.cuckooed && rng.chance(0.6) ? CUCKOOING_SIGN_CODES : FOOTFALL_SIGNS;
  const resident = trap.residentId === null ? null : index.person(trap.residentId);
  mentionSigns(draft, 'cuckooing', rng.sample(signs, rng.int(2, 4)), resident);
  let vulnerable = false;
  if (resident !== null && rng.chance(0.35)) {
    const who = mentionPerson(draft, resident, rng.chance(0.6) ? 'name' : 'description');
    text.add('{who} lives there and {vulnerable}', { who, vulnerable: vulnerabilityWords(draft, resident) });
    vulnerable = true;
  }
  mentionTrapExtras(draft, line);
  if (runners.child) draft.structured.childInvolved = true;
  if (vulnerable) draft.structured.vulnerableAdultInvolved = true;
  const category = rng.weighted([
    ['dealing_at_address', 70],
    ['home_taken_over', trap.cuckooed ? 20 : 5],
    ['something_else', 10],
  ] as const);
  return { category, kind: 'line', lineId: line.id, subject: 'trap_house' };
}

export function writeCuckooingReport(draft: Draft, line: CountyLine, trap: TrapHouse, resident: Person): Written {
  const { rng, text, index } = draft;
  const addr = mentionAddress(draft, index.address(trap.addressId));
  const named = rng.chance(0.65);
  const who = mentionPerson(draft, resident, named ? 'name' : 'description');
  text.add(
    rng.pick(
      named
        ? [
            'i think {who} at {addr} is being cuckooed',
            '{addr} - my neighbour {who} has had {their} home taken over',
            'worried about {who} at {addr}, people have moved in and are dealing from there',
          ]
        : [
            '{addr} - {who} who lives there is vulnerable and some lads from {hub} have moved in',
            'i think {addr} has been cuckooed, {who} lives there',
            '{who} lives at {addr} and {their} home has been taken over',
          ],
    ),
    {
      who,
      addr,
      hub: line.hub,
      their: resident.sex === 'female' ? 'her' : 'his',
    },
  );
  text.add('{they} {vulnerable}', { they: pronoun(resident), vulnerable: vulnerabilityWords(draft, resident) });
  const runners = mentionRunners(draft, line);
  text.add(rng.pick(['its {who} coming and going', 'the ones staying there are {who}', 'its mostly {who}']), {
    who: runners.words,
  });
  const signs: CuckooingSignCode[] = [
    ...rng.sample(RESIDENT_SIGNS, rng.int(1, 2)),
    ...rng.sample(FOOTFALL_SIGNS, rng.int(1, 3)),
  ];
  mentionSigns(draft, 'cuckooing', signs, resident);
  if (rng.chance(0.5)) text.add('{when}', { when: mentionWhen(draft, { min: 10, max: 50 }) });
  if (rng.chance(0.25)) mentionTrapExtras(draft, line);
  draft.structured.vulnerableAdultInvolved = true;
  if (runners.child) draft.structured.childInvolved = true;
  return {
    category: rng.chance(0.85) ? 'home_taken_over' : 'something_else',
    kind: 'line',
    lineId: line.id,
    subject: 'cuckooed_home',
  };
}

export function writeStreetDealingReport(draft: Draft, line: CountyLine): Written {
  const { rng, text, index } = draft;
  const placeId = rng.pick(line.placeIds);
  const trapStreet = index.address(rng.pick(index.trapsOn(line, draft.day)).addressId).street;
  const where = rng.chance(0.6) ? mentionPlace(draft, index.place(placeId)) : trapStreet;
  if (where === trapStreet && rng.chance(0.5)) draft.structured.where = { street: trapStreet };
  const template = rng.pick([
    '{who} {act} in {where}',
    '{plural} on bikes doing drops around {where}',
    'kids {selling} {drugs} at {where} every day',
    'open dealing at {where}, {who} meeting cars',
  ]);
  // Only a reporter who describes the runners mentions them.
  const runners = template.includes('{who}') ? mentionRunners(draft, line) : { words: '', child: false };
  text.add(template, {
    who: runners.words,
    act: rng.pick(DEALING_ACTS),
    selling: rng.pick(SELLING_VERBS),
    where,
    plural: rng.pick(RUNNER_WORDS),
    drugs: drugWords(rng, line.drugs),
  });
  text.add('{when}', { when: mentionWhen(draft, null) });
  if (rng.chance(0.12)) {
    const number = index.numberOn(line, draft.day);
    addPhoneSentence(draft, 'they give out cards with a number on {phone}', number.e164, number.e164);
  }
  const child = runners.child || (childRunners(draft, line).length > 0 && rng.chance(0.2));
  if (child) draft.structured.childInvolved = true;
  return {
    category: rng.chance(0.85) ? 'dealing_at_address' : 'something_else',
    kind: 'line',
    lineId: line.id,
    subject: 'street_dealing',
  };
}
