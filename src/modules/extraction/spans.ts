// Small helpers shared by the extractors: claimed ranges, span building and context windows.
import type { Span } from './types.ts';

// Ranges of the input already taken by a higher-priority extractor (emails before handles, postcodes before
// vehicles, …). Kept in order of their starts, so that a text dense with entities (the 1 MB the extract command
// takes) costs a binary search and a look at the few ranges near, not a pass over every range taken.
export class Claims {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  #longest = 0;

  overlaps(start: number, end: number): boolean {
    // Only a range starting before `end` and no further back than the longest range can reach.
    for (let i = this.#firstAtOrAfter(start - this.#longest); i < this.#starts.length; i++) {
      const s = this.#starts[i] ?? 0;
      if (s >= end) break;
      if (start < (this.#ends[i] ?? 0) && s < end) return true;
    }
    return false;
  }

  add(start: number, end: number): void {
    const at = this.#firstAtOrAfter(start);
    this.#starts.splice(at, 0, start);
    this.#ends.splice(at, 0, end);
    this.#longest = Math.max(this.#longest, end - start);
  }

  // Adds the range if it is free; returns whether it was.
  claim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.add(start, end);
    return true;
  }

  // The index of the first range starting at or after `at`.
  #firstAtOrAfter(at: number): number {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#starts[mid] ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    return low;
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

/**
 * Every match of a global pattern, as String.prototype.matchAll gives them, but run on the pattern
 * itself. matchAll runs on a copy, and V8 compiles a copy's automaton again after each major garbage
 * collection: in the triage job, where the database's work collects garbage between reports, that
 * cost more than all the matching (0.5 ms for one Unicode-aware pattern, against 0.004 ms to match).
 */
export function matchAll(pattern: RegExp, input: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex = advance(input, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  pattern.lastIndex = 0;
  return out;
}

function advance(input: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= input.length) return index + 1;
  const code = input.charCodeAt(index);
  const next = input.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A quotation opened in the 40 characters before a place, on the same line and not yet closed. */
export const QUOTATION_OPEN = /["'‘“][^"'’”\n]{0,40}$/u;

/**
 * How a whole text is written, as the learned models see it: mostly in capitals (over 60 % of its letters),
 * in lower case (under 2 %) or mixed. Looser than writtenInCapitals (lower-case-names.ts), which decides how the
 * rules read a text and wants 85 % of at least 40 letters.
 */
export function letterCase(text: string): 'caps' | 'lower' | 'mixed' {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length / Math.max(1, letters.length);
  return capitals > 0.6 ? 'caps' : capitals < 0.02 ? 'lower' : 'mixed';
}
