// Street addresses from the St Albans gazetteer: "42 hatfield rd", "outside the shops on London Road".
// Street names are held in a word trie keyed by normalised words, so each text word costs one map lookup.
import {
  canonicalWordOptions,
  isAbbreviation,
  type Street,
  STREET_TYPE_WORDS,
  streetKeys,
  WORD_PATTERN,
} from '../gazetteer/index.ts';
import { isAdjacentTransposition, withinEditDistance } from '../../platform/text/string-similarity.ts';
import type { Claims } from './spans.ts';
import type { AddressEntity } from './types.ts';
import { matchAll } from './spans.ts';

type TrieNode = { readonly children: Map<string, TrieNode>; street?: Street; plainOk?: boolean };
type Token = { readonly raw: string; readonly start: number; readonly end: number };
type Match = { readonly last: number; readonly street: Street; readonly plainOk: boolean };

// Names too generic to take without a house number, even when capitalised.
const NEVER_BARE = new Set(
  (
    'the park|the mall|the bungalows|the dell|the green|the mews|the close|the hill|the square|the drive|the common|' +
    'the crescent|the croft|the rise'
  ).split('|'),
);
// Streets that share their name with a village of the district.
const VILLAGE_STREETS = new Set(['how wood', 'park street']);
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/i;
// The gazetteer holds the roads police.uk snaps crimes to, road numbers among them ("A1081", "M25"). A road number
// spans miles and is nobody's address: it is claimed, so that no other extractor reads it, but never returned.
const ROAD_NUMBER = /^[ABM]\d{1,4}(?:\(M\))?$/;

function buildTrie(): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const { street, key } of streetKeys()) {
    const words = key.split(' ');
    let node = root;
    for (const word of words) {
      let next = node.children.get(word);
      if (next === undefined) {
        next = { children: new Map() };
        node.children.set(word, next);
      }
      node = next;
    }
    node.street = street;
    // "London Road" may be found in lower case; "The Limes" or "Woodlands" only when written with capitals.
    const lastWord = words[words.length - 1] ?? '';
    node.plainOk = words.length >= 2 && words[0] !== 'the' && STREET_TYPE_WORDS.has(lastWord);
  }
  return root;
}

const ROOT = buildTrie();

// "Hatfeild Rd": a street's first word misspelt by one letter (one left out, added, changed or two swapped), found
// through the words left with one letter deleted (a symmetric-delete index). Only words of six letters or more,
// in any one case ("CRAVELS RD", "hatfeild rd"), that name no street as written, and only where the rest of the street follows, a street's type word last.
const MISSPELT_MIN = 6;
const DELETES = buildDeletes();
function oneDeleted(word: string): string[] {
  const out = [word];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
}
function buildDeletes(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const word of ROOT.children.keys()) {
    if (word.length < MISSPELT_MIN - 1 || !/^\p{Ll}+$/u.test(word)) continue;
    for (const d of oneDeleted(word)) {
      let words = index.get(d);
      if (words === undefined) index.set(d, (words = new Set()));
      words.add(word);
    }
  }
  return index;
}
// Within one edit, a swap of two letters side by side counted as one.
const oneEditApart = (a: string, b: string): boolean =>
  a !== b && (withinEditDistance(a, b, 1) || isAdjacentTransposition(a, b));
function correctedFirstWords(raw: string): string[] {
  const word = raw.toLowerCase();
  if (word.length < MISSPELT_MIN || !/^(?:\p{Lu}(?:\p{Ll}+|\p{Lu}+)|\p{Ll}+)$/u.test(raw) || ROOT.children.has(word)) {
    return [];
  }
  const found = new Set<string>();
  for (const d of oneDeleted(word)) for (const w of DELETES.get(d) ?? []) if (oneEditApart(word, w)) found.add(w);
  return [...found];
}

function joins(input: string, prev: Token, next: Token): boolean {
  const gap = input.slice(prev.end, next.start);
  if (/^[ \t]{1,3}$/.test(gap) || gap === '-') return true;
  return /^\.[ \t]{0,2}$/.test(gap) && isAbbreviation(prev.raw);
}

// Longest street starting at token i (branches only where a word is ambiguous, e.g. "St").
// With `firstWords`, the first word is read as each of them (a misspelt word's corrections).
function longestAt(
  input: string,
  tokens: readonly Token[],
  i: number,
  firstWords?: readonly string[],
): Match | undefined {
  let best: Match | undefined;
  const walk = (node: TrieNode, k: number): void => {
    const tok = tokens[k];
    if (tok === undefined) return;
    const prev = tokens[k - 1];
    if (k > i && prev !== undefined && !joins(input, prev, tok)) return;
    for (const option of k === i && firstWords !== undefined ? firstWords : canonicalWordOptions(tok.raw, k === i)) {
      const next = node.children.get(option);
      if (next === undefined) continue;
      if (next.street !== undefined && (best === undefined || k > best.last)) {
        best = { last: k, street: next.street, plainOk: next.plainOk === true };
      }
      walk(next, k + 1);
    }
  };
  walk(ROOT, i);
  return best;
}

function capitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const first = tokens[k]?.raw[0] ?? '';
    if (first !== first.toUpperCase()) return false;
  }
  return true;
}

// "42", "42a", "42-44" directly before the street (a comma may follow it), not a price, time, date or decimal.
function houseNumberBefore(
  input: string,
  tokens: readonly Token[],
  i: number,
): { start: number; value: string } | undefined {
  const num = tokens[i - 1];
  const street = tokens[i];
  if (num === undefined || street === undefined || !HOUSE_NUMBER.test(num.raw)) return undefined;
  if (!/^,?[ \t]{1,2}$/.test(input.slice(num.end, street.start))) return undefined;
  const prev = tokens[i - 2];
  const range =
    prev !== undefined && /^\d{1,4}$/.test(prev.raw) && /^[ \t]?[-–][ \t]?$/.test(input.slice(prev.end, num.start))
      ? prev
      : undefined;
  const first = range ?? num;
  if (/[£$€/:.,\d-]$/.test(input.slice(Math.max(0, first.start - 1), first.start))) return undefined;
  const value = range === undefined ? num.raw.toUpperCase() : `${range.raw}-${num.raw.toUpperCase()}`;
  return { start: first.start, value };
}

// A street whose first word is misspelt, of two words or more, its last a street's type ("Hatfeild Rd").
function misspeltAt(input: string, tokens: readonly Token[], i: number): Match | undefined {
  const corrections = correctedFirstWords(tokens[i]?.raw ?? '');
  if (corrections.length === 0) return undefined;
  const match = longestAt(input, tokens, i, corrections);
  const lastWord = match?.street.name.toLowerCase().split(' ').at(-1) ?? '';
  return match !== undefined && match.last > i && STREET_TYPE_WORDS.has(lastWord) ? match : undefined;
}

export function extractAddresses(input: string, claims: Claims): AddressEntity[] {
  const tokens: Token[] = [];
  for (const m of matchAll(WORD_PATTERN, input)) tokens.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  const out: AddressEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    const match = longestAt(input, tokens, i) ?? misspeltAt(input, tokens, i);
    const last = match === undefined ? undefined : tokens[match.last];
    if (match === undefined || first === undefined || last === undefined) {
      i++;
      continue;
    }
    // "in Park Street village": the village a street is named for (Park Street, London Colney's High Street is not).
    // Only where the village is the place ("in Park Street village to a house"), not a shop or a side of it ("the
    // High Street village store", "Green Lane village side").
    if (
      /^[ \t]+village(?![ \t]+(?:store|stores|shop|side|end|green|hall|centre|pub|school)\b)/i.test(
        input.slice(last.end, last.end + 24),
      )
    ) {
      i = match.last + 1;
      continue;
    }
    const name = match.street.name.toLowerCase();
    // A street named like the village it runs through ("How Wood", "Park Street"): the street only with a house
    // number or after a street's preposition ("a flat on How Wood"), not "dropping parcels to How Wood and Bricket Wood"
    // or "Drops Park Street / How Wood / Bricket Wood only".
    if (
      VILLAGE_STREETS.has(name) &&
      houseNumberBefore(input, tokens, i) === undefined &&
      !/(?:\b(?:on|along|off|down|up|corner of|end of|top of|bottom of|the road|the street)|(?:location|address):)[ \t]+$/i.test(
        input.slice(Math.max(0, first.start - 14), first.start),
      ) &&
      !/^(?:[ \t]+(?:roundabout|junction|lights|bridge)\b|[ \t]*\/(?![ \t]*(?:How Wood|Park Street|Bricket Wood|London Colney|Colney Heath|Chiswell Green|Redbourn|Harpenden|Wheathampstead|Sandridge|St Albans)\b)|,?[ \t]+(?:near|by|opposite|outside)[ \t]+(?:number|no\.?)[ \t]*\d|[ \t]+is a[ \t]+(?:\p{L}+[ \t]+)?(?:road|street|lane)\b)/iu.test(
        input.slice(last.end, last.end + 30),
      )
    ) {
      i = match.last + 1;
      continue;
    }
    const bareOk = !NEVER_BARE.has(name) && (match.plainOk || capitalised(tokens, i, match.last));
    // A house number another extractor already took (rare) is dropped rather than losing the street.
    let number = houseNumberBefore(input, tokens, i);
    if (number !== undefined && claims.overlaps(number.start, first.start)) number = undefined;
    const start = number?.start ?? first.start;
    if ((number !== undefined || bareOk) && claims.claim(start, last.end)) {
      i = match.last + 1;
      if (ROAD_NUMBER.test(match.street.name)) continue;
      const { latitude, longitude } = match.street;
      out.push({
        street: match.street.name,
        ...(number === undefined ? {} : { houseNumber: number.value }),
        latitude,
        longitude,
        text: input.slice(start, last.end),
        start,
        end: last.end,
      });
      continue;
    }
    i++;
  }
  return out;
}
