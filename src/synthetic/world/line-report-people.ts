// Reports about a line's people and kit: its cars, its deal-line number and bulk texts, the
// children it exploits, and the odd sightings that fit no box on the form.
import { bulkText, drugWords } from './lexicon.ts';
import { misremember, writePhone } from './phones.ts';
import {
  addPhoneSentence,
  mentionAddress,
  mentionPerson,
  mentionPhone,
  mentionPlace,
  mentionSigns,
  mentionVehicle,
  type Draft,
} from './report-draft.ts';
import { childRunners, lineWords, mentionWhen, peopleOf, pronoun, type Written } from './report-shared.ts';
import { EXPLOITATION_SIGN_CODES, type ExploitationSignCode } from './signs.ts';
import type { CountyLine, LineNumber, Person } from './world.types.ts';

// How a neighbour places an accent from each hub.
const ACCENTS: Readonly<Record<string, string>> = {
  London: 'london',
  Luton: 'luton',
  Birmingham: 'brummie',
  'Milton Keynes': 'out of town',
};

function trapAddress(draft: Draft, line: CountyLine) {
  return draft.index.address(draft.rng.pick(draft.index.trapsOn(line, draft.day)).addressId);
}

export function writeVehicleReport(draft: Draft, line: CountyLine): Written {
  const { rng, text, index } = draft;
  const vehicle = index.vehicle(rng.pick(line.vehicleIds));
  const car = mentionVehicle(draft, vehicle);
  const atTrap = rng.chance(0.7);
  const where = atTrap
    ? mentionAddress(draft, trapAddress(draft, line))
    : mentionPlace(draft, index.place(rng.pick(line.placeIds)));
  text.add(
    rng.pick([
      '{car} keeps pulling up at {where}, someone runs out, swaps something and it drives off',
      '{car} comes up from {hub} and drops young lads off at {where}',
      '{car} always parked outside {where} with the engine running',
      '{car} doing laps round {where}, people walk up to the window',
    ]),
    { car, where, hub: line.hub.toLowerCase() },
  );
  text.add('{when}', { when: mentionWhen(draft, null) });
  const driver = index.person(rng.pick(line.driverIds));
  if (rng.chance(0.4)) text.add('driver is {who}', { who: mentionPerson(draft, driver, 'description') });
  if (vehicle.hire && rng.chance(0.5)) {
    text.add(rng.pick(['looks like a hire car', 'it has a rental sticker in the window']));
  }
  const kids = childRunners(draft, line);
  const child = kids.length > 0 && rng.chance(0.35);
  if (child) text.add('it had {who} in the back', { who: mentionPerson(draft, rng.pick(kids), 'description') });
  if (child) draft.structured.childInvolved = true;
  return {
    category: rng.chance(0.8) ? 'vehicle' : 'dealing_at_address',
    kind: 'line',
    lineId: line.id,
    subject: 'line_vehicle',
  };
}

export function writeDealLineReport(draft: Draft, line: CountyLine, forced: LineNumber | null): Written {
  const { rng, text, index } = draft;
  const number = forced ?? index.numberOn(line, draft.day);
  // Now and then the reporter copies the number wrong; the truth keeps what it really was.
  const written =
    forced === null && rng.chance(0.05) ? misremember(rng, number.e164, index.isNumberTaken) : number.e164;
  const drugs = drugWords(rng, line.drugs);
  const old = number.succeeds !== null && rng.chance(0.6) ? number.succeeds : null;
  const oldWritten = old === null ? null : writePhone(rng, old);
  const message = bulkText(rng, line.brand, drugs, oldWritten);
  if (old !== null && message.includes(oldWritten ?? '\u0000')) {
    draft.truth.phones.push({ written: old, refersTo: old });
  }
  // A re-brand text names the old number, so it is always quoted when there is one.
  const quoted = old !== null || rng.chance(0.7);
  const phone = mentionPhone(draft, written, number.e164, quoted ? message : undefined);
  text.add(
    rng.pick([
      'i keep getting texts from {phone} advertising drugs',
      'got this text from {phone}: "{message}"',
      'random number {phone} sending me drug adverts, says {message}',
      'my son got a message from {phone} offering {drugs}',
      '{phone} is {line}, they send bulk texts to everyone',
      'this number {phone} is sending out {drugs} deals',
    ]),
    { phone, message, drugs, line: lineWords(draft, line) },
  );
  if (rng.chance(0.3)) {
    text.add(
      rng.pick([
        'i have never used drugs, no idea how they got my number',
        'they text every morning',
        'blocked it but they text from another one',
      ]),
    );
  }
  if (rng.chance(0.15)) {
    text.add('{line} deliver to {addr}', {
      line: lineWords(draft, line),
      addr: mentionAddress(draft, trapAddress(draft, line)),
    });
  }
  return {
    category: rng.chance(0.85) ? 'phone_or_messages' : 'something_else',
    kind: 'line',
    lineId: line.id,
    subject: 'deal_line',
  };
}

function exploitationSigns(draft: Draft): ExploitationSignCode[] {
  return draft.rng.sample(EXPLOITATION_SIGN_CODES, draft.rng.int(2, 4));
}

export function writeChildReport(draft: Draft, line: CountyLine, child: Person): Written {
  const { rng, text, index } = draft;
  const local = child.addressId !== null;
  const how = local
    ? rng.weighted([
        ['name', 6],
        ['nickname', 2],
        ['description', 2],
      ] as const)
    : rng.chance(0.4)
      ? 'nickname'
      : 'description';
  const who = mentionPerson(draft, child, how);
  if (local) {
    text.add(
      rng.pick([
        // A parent uses the child's own name, never the street name the line gave them.
        how === 'name' ? 'my {kin} {who} has been going missing and coming back with money' : 'worried about {who}',
        'worried about {who}, {age}, from our road',
        'i teach {who} and think {they} is being used to sell drugs',
        '{who} ({age}) keeps disappearing for days',
      ]),
      { who, age: String(child.age), they: pronoun(child), kin: child.sex === 'female' ? 'daughter' : 'son' },
    );
  } else {
    const addr = mentionAddress(draft, trapAddress(draft, line));
    text.add(
      rng.pick([
        '{who} not from round here is staying at {addr}',
        '{who} with a {accent} accent at {addr}, should be in school',
        '{who} going in and out of {addr} at all hours',
      ]),
      { who, addr, accent: ACCENTS[line.hub] ?? 'out of town' },
    );
  }
  mentionSigns(draft, 'exploitation', exploitationSigns(draft), child);
  if (rng.chance(0.35)) {
    const older = index.person(rng.pick([line.holderId, ...line.driverIds]));
    text.add(rng.pick(['hangs around with {older}', 'an older one, {older}, tells {them} what to do']), {
      older: mentionPerson(draft, older, older.nickname !== null && rng.chance(0.5) ? 'nickname' : 'description'),
      them: child.sex === 'female' ? 'her' : 'him',
    });
  }
  if (rng.chance(0.3)) {
    text.add('gets picked up in {car}', { car: mentionVehicle(draft, index.vehicle(rng.pick(line.vehicleIds))) });
  }
  if (rng.chance(0.2)) {
    const number = index.numberOn(line, draft.day);
    addPhoneSentence(draft, 'saw {phone} ringing on {their} phone over and over', number.e164, number.e164, {
      their: child.sex === 'female' ? 'her' : 'his',
    });
  }
  draft.structured.childInvolved = true;
  return {
    category: rng.chance(0.9) ? 'young_person_exploited' : 'something_else',
    kind: 'line',
    lineId: line.id,
    subject: 'child_runner',
  };
}

export function writeOtherLineReport(draft: Draft, line: CountyLine): Written {
  const { rng, text, index } = draft;
  const kids = childRunners(draft, line);
  const variant = rng.int(0, 2);
  if (variant === 0 && kids.length > 0) {
    const station = index.place(rng.pick(['place-city-station', 'place-harpenden-station']));
    text.add('groups of kids getting off the {hub} train at {station} with rucksacks, then met by a car', {
      hub: line.hub.toLowerCase(),
      station: mentionPlace(draft, station),
    });
    text.add('one was {who}', { who: mentionPerson(draft, rng.pick(kids), 'description') });
    draft.structured.childInvolved = true;
    return { category: 'something_else', kind: 'line', lineId: line.id, subject: 'runners_travelling' };
  }
  const customers = peopleOf(draft, line.customerIds);
  if (variant === 1 && customers.length > 0) {
    const customer = rng.pick(customers);
    const female = customer.sex === 'female';
    text.add(
      rng.pick([
        'my {kin} {who} owes money to {line} and they keep threatening {them}',
        '{who} has got in debt with {line}, they come round for money',
      ]),
      {
        who: mentionPerson(draft, customer, 'name'),
        line: lineWords(draft, line),
        kin: female ? 'sister' : 'brother',
        them: female ? 'her' : 'him',
      },
    );
    if (rng.chance(0.5)) {
      const number = index.numberOn(line, draft.day);
      addPhoneSentence(draft, 'they ring from {phone}', number.e164, number.e164);
    }
    return {
      category: rng.chance(0.6) ? 'something_else' : 'phone_or_messages',
      kind: 'line',
      lineId: line.id,
      subject: 'customer_debt',
    };
  }
  const runner = index.person(rng.pick(line.runnerIds));
  text.add('saw {who} with a knife outside {addr}', {
    who: mentionPerson(draft, runner, 'description'),
    addr: mentionAddress(draft, trapAddress(draft, line)),
  });
  if (runner.age < 18) draft.structured.childInvolved = true;
  return { category: 'something_else', kind: 'line', lineId: line.id, subject: 'weapon_seen' };
}
