// Small helpers shared by the extractors: claimed ranges, span building and context windows.
import type { Span } from './types.ts';

// Ranges of the input already taken by a higher-priority extractor (emails before handles, postcodes before
// vehicles, …). Few entities per text, so a plain array is fast enough.
export class Claims {
  readonly #ranges: [number, number][] = [];

  overlaps(start: number, end: number): boolean {
    return this.#ranges.some(([s, e]) => start < e && s < end);
  }

  add(start: number, end: number): void {
    this.#ranges.push([start, end]);
  }

  // Adds the range if it is free; returns whether it was.
  claim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.add(start, end);
    return true;
  }
}

export function spanOf(input: string, start: number, end: number): Span {
  return { text: input.slice(start, end), start, end };
}

// Up to `chars` characters before `start` / after `end`, lower-cased, for cue-word tests.
export function before(input: string, start: number, chars: number): string {
  return input.slice(Math.max(0, start - chars), start).toLowerCase();
}

export function after(input: string, end: number, chars: number): string {
  return input.slice(end, end + chars).toLowerCase();
}

// The sentence (or line) containing the range, lower-cased.
export function sentenceAround(input: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(input[s - 1] ?? '')) s--;
  let e = end;
  while (e < input.length && !/[.!?\n]/.test(input[e] ?? '')) e++;
  return input.slice(s, e).toLowerCase();
}

export function byStart<T extends Span>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}
