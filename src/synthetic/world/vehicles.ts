// Vehicles with registrations in the current UK format (two-letter memory tag, two-digit age
// identifier, three random letters: "AB12 CDE"). Generated, so a mark may by chance match a real
// car; nothing else about the real car is implied.
import type { Rng } from './prng.ts';

export type VehicleDescription = { readonly make: string; readonly model: string; readonly colour: string };

// Letters DVLA leaves out: I and Q never appear in the random part; Z appears only there.
const MEMORY_FIRST = 'ABCDEFGHKLMNOPRSVWY';
const MEMORY_SECOND = 'ABCDEFGHJKLMNOPRSTUVWXY';
const RANDOM_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';

const MODELS: readonly (readonly [string, string, number])[] = [
  ['Ford', 'Fiesta', 6],
  ['Vauxhall', 'Corsa', 5],
  ['Volkswagen', 'Golf', 5],
  ['Volkswagen', 'Polo', 3],
  ['Mercedes', 'A Class', 3],
  ['BMW', '1 Series', 3],
  ['Audi', 'A3', 3],
  ['Toyota', 'Prius', 3],
  ['Toyota', 'Yaris', 2],
  ['Nissan', 'Qashqai', 2],
  ['Kia', 'Sportage', 2],
  ['Peugeot', '208', 2],
  ['Seat', 'Leon', 2],
  ['Skoda', 'Octavia', 2],
  ['Honda', 'Civic', 1],
  ['Mini', 'Cooper', 2],
  ['Land Rover', 'Range Rover Evoque', 1],
];

const COLOURS: readonly (readonly [string, number])[] = [
  ['black', 5],
  ['white', 4],
  ['grey', 4],
  ['silver', 4],
  ['blue', 3],
  ['red', 2],
  ['dark blue', 1],
];

function letter(rng: Rng, alphabet: string): string {
  return alphabet.charAt(rng.int(0, alphabet.length - 1));
}

/** A current-format registration; the age identifier is March (year) or September (year + 50). */
export function inventRegistration(rng: Rng): string {
  const year = rng.int(8, 24);
  const age = rng.chance(0.5) ? year : year + 50;
  const memory = letter(rng, MEMORY_FIRST) + letter(rng, MEMORY_SECOND);
  const tail = letter(rng, RANDOM_LETTERS) + letter(rng, RANDOM_LETTERS) + letter(rng, RANDOM_LETTERS);
  return `${memory}${String(age).padStart(2, '0')} ${tail}`;
}

export function inventVehicle(rng: Rng): VehicleDescription {
  const [make, model] = rng.weighted(MODELS.map(([mk, md, weight]) => [[mk, md] as const, weight] as const));
  return { make, model, colour: rng.weighted(COLOURS) };
}

export type WrittenRegistration = {
  readonly text: string;
  /** Only part of the mark was seen ("starts AB12"). */
  readonly partial: boolean;
};

/** How a reporter writes a mark: in full, run together, lower-case, or the part they caught. */
export function writeRegistration(rng: Rng, vrm: string): WrittenRegistration {
  const compact = vrm.replace(' ', '');
  const [front = '', back = ''] = vrm.split(' ');
  return rng.weighted<WrittenRegistration>([
    [{ text: vrm, partial: false }, 6],
    [{ text: compact, partial: false }, 2],
    [{ text: compact.toLowerCase(), partial: false }, 2],
    [{ text: `${front.slice(0, 2)} ${front.slice(2)} ${back}`, partial: false }, 1],
    [{ text: `starts ${front}`, partial: true }, 2],
    [{ text: `${front} something`, partial: true }, 1],
    [{ text: `ending ${back}`, partial: true }, 1],
    [{ text: `${vrm.slice(0, -1)}?`, partial: true }, 1],
  ]);
}
