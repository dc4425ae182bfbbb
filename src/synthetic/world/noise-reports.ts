// Reports with nothing to do with any County Line: recreational use, neighbour nuisance and
// unrelated matters. They share streets, people and cars with the lines' reports, which is what
// makes them hard (and worth measuring) for triage and correlation.
import { SCAM_TEXTS } from './lexicon.ts';
import {
  mentionAddress,
  mentionPerson,
  mentionPhone,
  mentionPlace,
  mentionSigns,
  mentionVehicle,
  type Draft,
} from './report-draft.ts';
import { mentionWhen, strangerNumber, type Written } from './report-shared.ts';
import type { Address } from './world.types.ts';

function anyHome(draft: Draft): Address {
  return draft.rng.pick(draft.index.ordinaryAddresses);
}

function anyPlace(draft: Draft) {
  return draft.rng.pick(draft.index.world.places);
}

export function writeRecreationalReport(draft: Draft): Written {
  const { rng, text, index } = draft;
  const users = index.recreationalUsers;
  const variant = users.length === 0 ? rng.int(2, 3) : rng.int(0, 3);
  const written = (category: Written['category'], subject: string): Written => ({
    category,
    kind: 'recreational',
    lineId: null,
    subject,
  });
  if (variant === 0 || variant === 1) {
    const user = rng.pick(users);
    const addr = mentionAddress(draft, index.address(user.addressId ?? ''));
    text.add(
      rng.pick(
        variant === 0
          ? [
              'smell of weed coming from {addr} every night',
              'my neighbours at {addr} are always smoking cannabis in the garden',
              'constant skunk smell from {addr}, it comes through our vents',
            ]
          : [
              '{addr} having parties every weekend and they are all on coke',
              'people doing lines at {addr}, saw it through the window',
              'house parties at {addr}, charlie and pills',
            ],
      ),
      { addr },
    );
    if (rng.chance(0.3)) {
      text.add('its {who}', { who: mentionPerson(draft, user, rng.chance(0.5) ? 'name' : 'description') });
    }
    if (rng.chance(0.25)) {
      text.add('i think they might be selling to their mates too');
      return written('dealing_at_address', 'recreational.home');
    }
    return written(rng.chance(0.9) ? 'recreational_use' : 'something_else', 'recreational.home');
  }
  const place = mentionPlace(draft, anyPlace(draft));
  if (variant === 2) {
    text.add(
      rng.pick([
        'people doing nos balloons in {place}, canisters everywhere',
        'silver canisters all over {place} every weekend',
      ]),
      { place },
    );
    return written('recreational_use', 'recreational.nitrous');
  }
  const kids = index.ordinaryChildren;
  const teen = kids.length > 0 && rng.chance(0.5) ? mentionPerson(draft, rng.pick(kids), 'description') : 'teenagers';
  text.add('{who} smoking weed in {place} {when}', { who: teen, place, when: mentionWhen(draft, null) });
  if (teen !== 'teenagers') draft.structured.childInvolved = true;
  return written(rng.chance(0.85) ? 'recreational_use' : 'young_person_exploited', 'recreational.public');
}

export function writeNuisanceReport(draft: Draft): Written {
  const { rng, text, index } = draft;
  const written = (category: Written['category'], subject: string): Written => ({
    category,
    kind: 'nuisance',
    lineId: null,
    subject,
  });
  switch (rng.int(0, 4)) {
    case 0: {
      const addr = mentionAddress(draft, anyHome(draft));
      text.add(
        rng.pick([
          'loud music and parties at {addr} every weekend',
          'neighbour at {addr} shouting and swearing at everyone',
          'people drinking and fighting outside {addr}',
        ]),
        { addr },
      );
      text.add('{when}', { when: mentionWhen(draft, null) });
      if (rng.chance(0.3)) {
        mentionSigns(draft, 'cuckooing', ['cuckooing.antisocial_behaviour', 'cuckooing.odd_hours'], null);
        text.add('might be drugs involved i dont know');
        return written('dealing_at_address', 'nuisance.party');
      }
      return written('something_else', 'nuisance.party');
    }
    case 1: {
      const street = rng.pick(index.ordinaryAddresses).street;
      draft.structured.where = { street };
      text.add(
        rng.pick([
          'kids on e-bikes racing up and down {street}',
          'youths hanging around {street} intimidating people',
          'gangs of teenagers on {street} throwing stones',
        ]),
        { street },
      );
      return written(rng.chance(0.7) ? 'something_else' : 'young_person_exploited', 'nuisance.youths');
    }
    case 2:
    case 3: {
      const vehicle = rng.pick(index.residentVehicles);
      const car = mentionVehicle(draft, vehicle);
      const place = rng.chance(0.5) ? mentionPlace(draft, anyPlace(draft)) : mentionAddress(draft, anyHome(draft));
      text.add(
        rng.pick([
          '{car} parked across my drive again near {place}',
          'boy racers revving {car} at {place} late at night',
          '{car} speeding past {place} every morning',
        ]),
        { car, place },
      );
      return written(rng.chance(0.75) ? 'vehicle' : 'something_else', 'nuisance.vehicle');
    }
    default: {
      const street = rng.pick(index.ordinaryAddresses).street;
      text.add(rng.pick(['fly tipping behind the garages on {street}', 'someone keeps dumping rubbish on {street}']), {
        street,
      });
      if (rng.chance(0.4)) text.add('found a few needles there too');
      return written('something_else', 'nuisance.rubbish');
    }
  }
}

export function writeUnrelatedReport(draft: Draft): Written {
  const { rng, text, index } = draft;
  const written = (category: Written['category'], subject: string): Written => ({
    category,
    kind: 'unrelated',
    lineId: null,
    subject,
  });
  if (rng.chance(0.35)) {
    const number = strangerNumber(draft);
    const message = rng.pick(SCAM_TEXTS);
    text.add(
      rng.pick([
        'got a dodgy text from {phone}: "{message}"',
        'scam message from {phone} saying {message}',
        '{phone} keeps ringing me and hanging up',
      ]),
      {
        phone: mentionPhone(draft, number, null, rng.chance(0.6) ? message : undefined),
        message,
      },
    );
    return written('phone_or_messages', 'unrelated.scam');
  }
  const street = rng.pick(index.ordinaryAddresses).street;
  if (rng.chance(0.5)) draft.structured.where = { street };
  text.add(
    rng.pick([
      'someone tried all the car doors on {street} last night',
      'lost dog last seen on {street}, black staffy',
      'cars speeding down {street}, someone will get hurt',
      'a man selling fake perfume door to door on {street}',
      'graffiti all over the underpass near {street}',
      'bike stolen from outside my house on {street}',
    ]),
    { street },
  );
  return written('something_else', 'unrelated.other');
}
