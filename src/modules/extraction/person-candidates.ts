// The candidates the learned person model (ADR 61, person-model.ts) judges: every capitalised run of up to three
// words, every short quoted phrase, every given name in lower case and every name the rules gave, each described by
// features of its words and their neighbours, never by whether a rule took it.
import { LEXICON } from './drug-lexicon.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { withInitialStop } from './person-initials.ts';
import { KIN_TITLE_WORDS, untitled } from './person-words.ts';
import { Claims, letterCase } from './spans.ts';
import type { Extraction } from './types.ts';

/** How a word is written across the training texts: mostly lower case, some, few, never, or too rarely seen. */
export type WordCase = 'mostly' | 'some' | 'few' | 'never';

export type PersonCandidate = {
  /** The name as first written, and its comparable form without a courtesy title. */
  readonly name: string;
  readonly key: string;
  /** Where it is written, in order: [start, end] of each place. */
  readonly spans: readonly (readonly [number, number])[];
  readonly byRules: boolean;
  readonly features: readonly string[];
};

const KIN = new Set([...KIN_TITLE_WORDS, ...'brother sister tio tia tío tía mama papa'.split(' ')]);
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const LETTERS = /[\p{L}]+(?:['’][\p{L}]+)*/gu;
const QUOTED = /["'‘“]([^"'‘’“”\n]{1,30})["'’”]/gu;
const OTHER_KINDS = ['phones', 'vehicles', 'postcodes', 'emails', 'handles', 'addresses', 'drugs'] as const;
type Token = { readonly word: string; readonly start: number; readonly end: number };

const shape = (word: string): string =>
  word.length > 1 && /^\p{Lu}+$/u.test(word)
    ? 'C'
    : /^\p{Lu}/u.test(word)
      ? 'T'
      : /^\p{Ll}/u.test(word)
        ? 'l'
        : /^\p{N}/u.test(word)
          ? 'd'
          : 'o';
const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.word);

// E-mail addresses, handles, web addresses and hashtags: words in them are lower case whatever they are
// ("khaled.mansour at example dot com", "@shay_sells"), so they say nothing of how a word is written.
// Each starts where a run of such characters starts, so that a long run is read once (a 1 MB word, not 1 MB times).
const ADDRESSED =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|[ \t]?[[(]at[\])][ \t]?|[ \t]at[ \t](?=[\p{L}\p{N}-]+(?:[ \t]dot[ \t]|\.(?:com|org|net|uk)\b)))[^\s,;]*(?:[ \t]dot[ \t][\p{L}]+)*|[@#][\p{L}\p{N}_.]+|\b(?:https?:\/\/|www\.)\S+/giu;
const withoutAddresses = (text: string): string => text.replace(ADDRESSED, ' ');

/** Counts, per lower-cased word, of all its uses and of those written in lower case: what WordCase is made from. */
export function countWordCase(texts: Iterable<string>): Record<string, WordCase> {
  const all = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    for (const m of withoutAddresses(text).matchAll(LETTERS)) {
      const key = m[0].toLowerCase();
      all.set(key, (all.get(key) ?? 0) + 1);
      if (m[0] === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    }
  }
  const out: Record<string, WordCase> = {};
  for (const [key, n] of [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n < 2) continue;
    const share = (lower.get(key) ?? 0) / n;
    out[key] = share > 0.8 ? 'mostly' : share > 0.3 ? 'some' : share > 0 ? 'few' : 'never';
  }
  return out;
}

/** Every candidate name in the text with its features, given what the rules found in it. */
export function personCandidates(
  text: string,
  found: Extraction,
  wordCase: Readonly<Record<string, WordCase>>,
): PersonCandidate[] {
  const byRules = new Set(found.people.map((p) => untitled(p.name)));
  // What each other kind took, searchable by place (a text dense with streets has thousands).
  const taken = OTHER_KINDS.map((kind) => {
    const claims = new Claims();
    for (const s of found[kind]) claims.add(s.start, s.end);
    return [kind, claims] as const;
  });
  // A possessive is not part of the name it follows ("'Tank's town'", "'Tel's not in'").
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => {
    const word = m[0].length > 3 ? m[0].replace(POSSESSIVE, '') : m[0];
    return { word, start: m.index, end: m.index + word.length };
  });
  const textShape = letterCase(text);
  const plainText = withoutAddresses(text);
  // The last line with words on it, and where it starts: a writer's signature stands there.
  const lastLineStart = text.trimEnd().lastIndexOf('\n') + 1;
  const caseOf = (word: string): string => wordCase[word.toLowerCase()] ?? 'rare';
  const listed = remembered(isListedGivenName);
  const plain = remembered(isPlainGivenName);
  const startsSentence = (i: number): boolean => {
    const prev = tokens[i - 1];
    const token = tokens[i];
    return prev === undefined || token === undefined || /[.!?\n:;•–—-]\s*$/u.test(text.slice(prev.end, token.start));
  };
  const out = new Map<string, { name: string; spans: [number, number][]; features: Set<string> }>();
  // Where each candidate's spans start, so that a name written thousands of times is added once a place.
  const spanStarts = new Map<string, Set<number>>();

  // Tokens i to j - 1, with what marked them out as a candidate.
  const add = (i: number, j: number, how: string): void => {
    const first = tokens[i];
    const last = tokens[j - 1];
    if (first === undefined || last === undefined) return;
    const name = withInitialStop(text, first.start, text.slice(first.start, last.end));
    const end = first.start + name.length;
    const key = untitled(name);
    if (key.length < 2) return;
    let candidate = out.get(key);
    if (candidate === undefined) {
      candidate = { name, spans: [], features: new Set(['bias', `text=${textShape}`]) };
      out.set(key, candidate);
      // Of the name wherever it is written: how often, and whether also in lower case.
      const lower = key.toLowerCase();
      candidate.features.add(`seen=${String(Math.min(text.split(key).length - 1, 3))}`);
      if (key !== lower && plainText.replaceAll(key, '').toLowerCase().includes(lower)) {
        candidate.features.add('lowerElsewhere');
      }
    }
    const starts = spanStarts.get(key) ?? new Set<number>();
    spanStarts.set(key, starts);
    if (!starts.has(first.start)) {
      starts.add(first.start);
      candidate.spans.push([first.start, end]);
    }
    const f = candidate.features;
    const lowerKey = key.toLowerCase();
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[j];
    const next2 = tokens[j + 1];
    const gapBefore = text.slice(prev?.end ?? 0, first.start);
    const gapAfter = text.slice(last.end, next?.start ?? text.length);
    const sentenceStart = startsSentence(i);
    const words = tokens.slice(i, j);
    f.add(how);
    f.add(`n=${String(j - i)}`);
    f.add(`shape=${words.map((t) => shape(t.word)).join('')}`);
    f.add(`w=${lowerKey}`);
    f.add(`first=${first.word.toLowerCase()}`);
    f.add(`last=${last.word.toLowerCase()}`);
    f.add(`suffix=${last.word.slice(-3).toLowerCase()}`);
    f.add(`case1=${caseOf(first.word)}`);
    f.add(`caseN=${caseOf(last.word)}`);
    f.add(`case1shape=${caseOf(first.word)}${shape(first.word)}${sentenceStart ? 's' : ''}`);
    if (words.some((t) => listed(t.word))) f.add('given');
    if (plain(first.word)) f.add('plainGiven1');
    if (listed(first.word)) f.add('given1');
    if (LEXICON.has(lowerKey)) f.add('drugWord');
    if (sentenceStart) f.add('sentenceStart');
    if (prev === undefined || /\n\s*$/u.test(gapBefore)) f.add('lineStart');
    if (/^[ \t]*(?:\r?\n|$)/u.test(text.slice(end))) f.add('lineEnd');
    if (first.start >= lastLineStart) f.add('lastLine');
    // Alone on its line but for who or where the writer is: "Marguerite, night RSW", "Graeme (email me at …)".
    if (
      (prev === undefined || /\n\s*$/u.test(gapBefore)) &&
      /^[ \t]*(?:[,(–—-][^\n]*)?(?:\n|$)/u.test(text.slice(end))
    ) {
      f.add(first.start >= lastLineStart ? 'aloneLast' : 'alone');
    }
    if (/["'‘“]\s*$/u.test(gapBefore)) f.add('quoteBefore');
    if (/^\s*["'’”]/u.test(gapAfter)) f.add('quoteAfter');
    if (/^['’]s\b/u.test(text.slice(last.end))) f.add('possessive');
    if (/^\s*,/u.test(gapAfter)) f.add('commaAfter');
    if (/\(\s*$/u.test(gapBefore)) f.add('bracketBefore');
    const p1 = sentenceStart ? '<s>' : (prev?.word.toLowerCase() ?? '<s>');
    f.add(`p1=${p1}`);
    f.add(`p2=${prev2?.word.toLowerCase() ?? '<s>'}_${p1}`);
    f.add(`n1=${next?.word.toLowerCase() ?? '</s>'}`);
    f.add(`n2=${next?.word.toLowerCase() ?? '</s>'}_${next2?.word.toLowerCase() ?? '</s>'}`);
    f.add(`p1shape=${prev === undefined ? '<s>' : shape(prev.word)}`);
    f.add(`n1shape=${next === undefined ? '</s>' : shape(next.word)}`);
    for (const [kind, claims] of taken) if (claims.overlaps(first.start, last.end)) f.add(`taken=${kind}`);
  };

  // Capitalised runs, and every stretch of up to three words within them ("Gerald Pemberton", "Gerald").
  for (let i = 0; i < tokens.length;) {
    const head = tokens[i];
    if (head === undefined || !capitalised(head)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const prev = tokens[j - 1];
      const token = tokens[j];
      if (prev === undefined || token === undefined) break;
      // Words apart by spaces, or an initial's stop ("J. Whitfield").
      const gap = text.slice(prev.end, token.start);
      if (!capitalised(token) || !(/^[ \t]+$/u.test(gap) || (/^\.[ \t]+$/u.test(gap) && /^\p{Lu}$/u.test(prev.word)))) {
        break;
      }
      j += 1;
    }
    for (let a = i; a < j; a += 1) {
      for (let b = a + 1; b <= Math.min(j, a + 3); b += 1) {
        add(a, b, `run=${a === i && b === j ? 'whole' : a === i ? 'head' : b === j ? 'tail' : 'inside'}`);
        const kin = tokens[a - 1];
        if (kin !== undefined && !capitalised(kin) && KIN.has(kin.word.toLowerCase())) add(a - 1, b, 'kin');
      }
    }
    i = j;
  }
  // Names written in lower case: a given name anywhere, and in a text written wholly in lower case any word that
  // is seldom written so ("told deshawn", "me n riley").
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.word ?? '';
    if (word.length < 3 || !/^\p{Ll}+$/u.test(word)) continue;
    const usual = caseOf(word);
    if (plain(word) || (textShape === 'lower' && usual !== 'mostly' && usual !== 'some')) {
      add(i, i + 1, 'lower');
    }
  }
  // Short quoted phrases ("goes by 'Sonny'", "'blues'").
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + (m[1]?.length ?? 0);
    const a = tokens.findIndex((t) => t.start >= start);
    let b = a;
    while (b >= 0 && b < tokens.length && (tokens[b]?.end ?? Infinity) <= end) b += 1;
    if (a >= 0 && b - a >= 1 && b - a <= 3) add(a, b, 'quoted');
  }
  // Names the rules gave that none of the above covers ("Kyle R.", a lower-case nickname).
  for (const person of found.people) {
    if (out.has(untitled(person.name))) continue;
    const a = tokens.findIndex((t) => t.start >= person.start);
    let b = a;
    while (b >= 0 && b < tokens.length && (tokens[b]?.end ?? Infinity) <= person.end) b += 1;
    if (a >= 0 && b > a) add(a, b, 'rulesOnly');
  }
  return [...out].map(([key, c]) => ({
    name: c.name,
    key,
    spans: c.spans.sort(([a], [b]) => a - b),
    byRules: byRules.has(key),
    features: [...c.features],
  }));
}

// A word test asked of the same words many times in one text (every stretch of a run asks of its words).
function remembered(test: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = test(word);
      answers.set(word, answer);
    }
    return answer;
  };
}
