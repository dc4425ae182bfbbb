// A small seeded pseudo-random generator, so a world is reproducible from its seed alone.
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) is fast, passes PractRand for the
// sizes we need and fits in 32-bit integer arithmetic; its 128-bit state is filled by hashing
// the seed with a label ("people", "report", 41 …). Hashing labels lets every report draw from
// its own independent stream, so report 41 is the same whether 100 or 1,000,000 are generated.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** n distinct items in random order (all of them when n ≥ items.length). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A version-4-shaped UUID, drawn from this stream (not from crypto). */
  uuid(): string;
};

/** Four 32-bit words from a string: a murmur-style mix run over the characters four ways. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(seedWords: [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  const step = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs still carry the hash's structure; discard them.
  for (let i = 0; i < 12; i++) step();
  return step;
}

const HEX = '0123456789abcdef';

/** A generator for one named stream of one seed: createRng(7, 'report', 41). */
export function createRng(seed: number, ...labels: readonly (string | number)[]): Rng {
  const next = sfc32(hash128(`${String(seed)}\u0000${labels.join('\u0000')}`));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = entries.at(-1);
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample<T>(items: readonly T[], n: number): T[] {
      const copy = [...items];
      // Partial Fisher–Yates: only the first n places are shuffled.
      const count = Math.min(n, copy.length);
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
    uuid() {
      let out = '';
      for (let i = 0; i < 32; i++) {
        let digit = Math.floor(next() * 16);
        if (i === 12) digit = 4;
        if (i === 16) digit = 8 + (digit & 3);
        out += HEX[digit] ?? '0';
        if (i === 7 || i === 11 || i === 15 || i === 19) out += '-';
      }
      return out;
    },
  };
}
