// Honest mistakes: things that look like County Lines activity and are not. Carers visiting an
// older neighbour, a busy takeaway-delivery household, short-let guests, a teenager with a new
// job and phone, a driving instructor, a wrong number. They tick the same warning signs as real
// reports, so they are the main source of false alerts the system must be measured against.
import {
  mentionAddress,
  mentionPerson,
  mentionPhone,
  mentionSigns,
  mentionVehicle,
  type Draft,
} from './report-draft.ts';
import { mentionWhen, pronoun, strangerNumber, type Written } from './report-shared.ts';
import type { Person } from './world.types.ts';

const mistaken = (category: Written['category'], subject: string): Written => ({
  category,
  kind: 'mistaken',
  lineId: null,
  subject,
});

function olderNeighbour(draft: Draft): Person | null {
  const older = draft.index.olderNeighbours;
  return older.length > 0 ? draft.rng.pick(older) : null;
}

export function writeMistakenReport(draft: Draft): Written {
  const { rng, text, index } = draft;
  const variant = rng.int(0, 6);
  const older = variant <= 1 ? olderNeighbour(draft) : null;
  if (older?.addressId) {
    const addr = mentionAddress(draft, index.address(older.addressId));
    if (variant === 0) {
      text.add(
        'lots of different people visiting {addr} every day, in and out in 10 minutes, different cars each time',
        { addr },
      );
      text.add('{when}', { when: mentionWhen(draft, { min: 4, max: 8 }) });
      mentionSigns(
        draft,
        'cuckooing',
        ['cuckooing.frequent_visitors', 'cuckooing.short_visits', 'cuckooing.vehicles_stopping'],
        older,
      );
      return mistaken('dealing_at_address', 'mistaken.carers');
    }
    const who = mentionPerson(draft, older, rng.chance(0.6) ? 'name' : 'description');
    text.add('worried {who} at {addr} is being taken advantage of, a young man has moved in', { who, addr });
    text.add('{they} seems quieter than usual and {they} doesnt come out much', { they: pronoun(older) });
    mentionSigns(draft, 'cuckooing', ['cuckooing.new_faces', 'cuckooing.resident_not_seen'], older);
    draft.structured.vulnerableAdultInvolved = true;
    return mistaken('home_taken_over', 'mistaken.family_moved_in');
  }
  if (variant === 2) {
    const addr = mentionAddress(draft, rng.pick(index.ordinaryAddresses));
    text.add(
      rng.pick([
        'cars and mopeds pulling up at {addr} all evening, someone runs out and hands over a bag',
        'constant deliveries to {addr}, people collecting little parcels at the door',
      ]),
      { addr },
    );
    text.add('{when}', { when: mentionWhen(draft, { min: 10, max: 30 }) });
    mentionSigns(draft, 'cuckooing', ['cuckooing.vehicles_stopping', 'cuckooing.short_visits'], null);
    return mistaken('dealing_at_address', 'mistaken.deliveries');
  }
  if (variant === 3) {
    const addr = mentionAddress(draft, rng.pick(index.ordinaryAddresses));
    text.add('different people staying at {addr} every weekend with suitcases, never the same faces', { addr });
    mentionSigns(draft, 'cuckooing', ['cuckooing.new_faces'], null);
    return mistaken(rng.chance(0.5) ? 'home_taken_over' : 'dealing_at_address', 'mistaken.short_let_guests');
  }
  if (variant === 4 && index.ordinaryChildren.length > 0) {
    const child = rng.pick(index.ordinaryChildren);
    const who = mentionPerson(draft, child, rng.chance(0.7) ? 'name' : 'description');
    text.add('{who} has a new phone and new trainers and is out late, worried {they} is in with a gang', {
      who,
      they: pronoun(child),
    });
    mentionSigns(draft, 'exploitation', ['cce.unexplained_money', 'cce.excessive_calls'], child);
    draft.structured.childInvolved = true;
    return mistaken('young_person_exploited', 'mistaken.teen_with_job');
  }
  if (variant === 5) {
    const car = mentionVehicle(draft, rng.pick(index.residentVehicles));
    const addr = mentionAddress(draft, rng.pick(index.ordinaryAddresses));
    text.add('{car} waits near {addr} for ages every day and different young people get in and out', { car, addr });
    return mistaken('vehicle', 'mistaken.driving_instructor');
  }
  const number = strangerNumber(draft);
  text.add(
    rng.pick([
      'keep getting calls from {phone} asking for dave, i think its a drug line',
      '{phone} texted me "you about? need 2"',
    ]),
    {
      phone: mentionPhone(draft, number, null),
    },
  );
  return mistaken('phone_or_messages', 'mistaken.wrong_number');
}
