// Telephone numbers that can never ring a real person.
//
// Mobiles come first from Ofcom's drama range 07700 900000–900999. That range holds only 1,000
// numbers, so a large world continues in an overflow scheme: 07610 000000–07619 999999. Ofcom
// designated 07603–07622 as mobile number portability routing codes and protected the matching
// numbers from allocation (Ofcom statement "Supplying numbers for 09 premium rate services and
// codes to facilitate mobile number portability", 11 May 2006). They have the 07xxx shape of a
// mobile but should not reach a subscriber. Re-check the National Telephone Numbering Plan
// before publishing data that uses them; tests and demos stay inside the drama range.
//
// Landlines come from the drama ranges 020 7946 0000–0999 (London) and 0113 496 0000–0999 (Leeds).
import type { Rng } from './prng.ts';

export const DRAMA_MOBILE_COUNT = 1000;

export type PhoneAllocator = {
  /** The next unused mobile, E.164 ("+447700900123"). */
  nextMobile(): string;
  /** The next unused London or Leeds drama landline, E.164. */
  nextLandline(): string;
  /** How many overflow (non-drama) mobiles were handed out. */
  overflowCount(): number;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function createPhoneAllocator(rng: Rng): PhoneAllocator {
  // Shuffled once so numbers look scattered, then handed out in order: never a duplicate.
  const drama = rng.sample(
    Array.from({ length: DRAMA_MOBILE_COUNT }, (_, i) => i),
    DRAMA_MOBILE_COUNT,
  );
  const landlines = rng.sample(
    Array.from({ length: 2000 }, (_, i) => i),
    2000,
  );
  let mobileIndex = 0;
  let landlineIndex = 0;
  let overflow = 0;
  return {
    nextMobile() {
      const dramaSuffix = drama[mobileIndex];
      mobileIndex++;
      if (dramaSuffix !== undefined) return `+447700900${pad(dramaSuffix, 3)}`;
      // Overflow: a multiplicative step (coprime to 10^7) spreads consecutive numbers around.
      const n = (overflow * 7_919_111 + 1_234_567) % 10_000_000;
      overflow++;
      return `+44761${pad(n, 7)}`;
    },
    nextLandline() {
      const k = landlines[landlineIndex % landlines.length] ?? 0;
      landlineIndex++;
      return k < 1000 ? `+442079460${pad(k, 3)}` : `+441134960${pad(k - 1000, 3)}`;
    },
    overflowCount: () => overflow,
  };
}

/** The UK national form: "+447700900123" → "07700900123". */
export function nationalDigits(e164: string): string {
  return `0${e164.slice(3)}`;
}

/** How people write a number: spaced, run together, international, with or without its 0. */
export function writePhone(rng: Rng, e164: string): string {
  const national = nationalDigits(e164);
  if (national.startsWith('07')) {
    const a = national.slice(0, 5);
    const b = national.slice(5);
    return rng.weighted<string>([
      [`${a} ${b}`, 5],
      [national, 4],
      [`+44 ${a.slice(1)} ${b}`, 2],
      [`${a.slice(1)} ${b.slice(0, 3)} ${b.slice(3)}`, 1],
      [`${a} ${b.slice(0, 3)} ${b.slice(3)}`, 2],
      [e164, 1],
      [`${a}-${b.slice(0, 3)}-${b.slice(3)}`, 1],
      [`${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`, 1],
    ]);
  }
  // Geographic: 020 7946 0123 or 0113 496 0123.
  const london = national.startsWith('020');
  const area = london ? national.slice(0, 3) : national.slice(0, 4);
  const rest = national.slice(area.length);
  const local = london ? `${rest.slice(0, 4)} ${rest.slice(4)}` : `${rest.slice(0, 3)} ${rest.slice(3)}`;
  return rng.weighted<string>([
    [`${area} ${local}`, 4],
    [national, 2],
    [`(${area}) ${local}`, 1],
    [`+44 ${area.slice(1)} ${local}`, 1],
  ]);
}

/**
 * A believable mistake: one of the last three digits wrong (the reporter misread the screen), and
 * never a number that belongs to someone else in the world, so the slip points nowhere.
 */
export function misremember(rng: Rng, e164: string, isTaken: (e164: string) => boolean): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = rng.int(e164.length - 3, e164.length - 1);
    const digit = Number(e164.charAt(at));
    const slipped = e164.slice(0, at) + String((digit + rng.int(1, 9)) % 10) + e164.slice(at + 1);
    if (!isTaken(slipped)) return slipped;
  }
  return e164;
}

/** A handset's IMEI with the "00" reporting body reserved for test IMEIs, and a valid Luhn digit. */
export function inventImei(rng: Rng): string {
  let body = '00';
  while (body.length < 14) body += String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(body.charAt(13 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}
