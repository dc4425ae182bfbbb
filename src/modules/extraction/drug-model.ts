// A learned second opinion on drugs (ADR 61), beside the one on people. The rules (drugs.ts and the files beside
// it) take a slang word as a drug only in the frames they know ("selling white", "£20 of brown", a menu line); every
// word of the vocabulary in the text is then a candidate, described by the word, its tier and drug, its
// neighbours, a count, price, dealing verb, emoji or quotation beside it, whether its line carries numbers, and
// whether drug talk or a menu is near (never by whether a rule took it). A logistic model trained on the labelled
// texts adds a drug the rules did not give when it is sure of one of its words ("two brown, one rock, yeah", "the 2
// of green", "Indian hemp"). The rules' drugs all stay. The model is data (data/drug-model.json).
import {
  BLOCKING_NEXT,
  DEALING_BEFORE,
  DRUG_TALK,
  MENU_CONTEXT,
  NAMED_BEFORE_SHARDS,
  NITROUS_NEAR,
  NOT_NITROUS_NEAR,
  PRICE_AFTER,
  PRICED_IS,
  TERM_PATTERN,
  drugEntity,
  lexiconEntry,
  type DrugName,
} from './drug-lexicon.ts';
import { everydaySense } from './drug-senses.ts';
import { probability, type Weights } from './logistic.ts';
import { letterCase, matchAll } from './spans.ts';
import type { DrugEntity, Extraction, Span } from './types.ts';

export type DrugModel = {
  /** The labelled sets the model was trained on (file names without .json). */
  readonly trainedOn: readonly string[];
  /** A drug the rules did not give is added when one of its words reaches this probability. */
  readonly addAt: number;
  readonly weights: Weights;
};

export type DrugCandidate = {
  readonly drug: DrugName;
  readonly start: number;
  readonly end: number;
  readonly features: readonly string[];
};

const WORD = /[\p{L}\p{N}£]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const COUNT = /^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|ten|half|a|q|oz|g|\d+g|£\d+)$/iu;
// Other kinds whose words are never a drug's: a person called Charlie, a street, an identifier.
const NOT_DRUGS = ['phones', 'vehicles', 'postcodes', 'emails', 'handles', 'addresses', 'people'] as const;

const shape = (word: string): string =>
  word.length > 1 && /^\p{Lu}+$/u.test(word) ? 'C' : /^\p{Lu}/u.test(word) ? 'T' : 'l';
const words = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());

/** Every word of the vocabulary in the text (of the drugs asked about, when said), with its features. */
export function drugCandidates(text: string, asked: (drug: DrugName) => boolean = () => true): DrugCandidate[] {
  const textShape = letterCase(text);
  const hits = matchAll(TERM_PATTERN, text).flatMap((m) => {
    const entry = lexiconEntry(m[0]);
    return entry === undefined ? [] : [{ term: m[0], start: m.index, entry }];
  });
  const unambiguous = new Set(hits.filter((h) => h.entry.tier === 'always').map((h) => h.entry.drug));
  return hits.flatMap(({ term, start, entry }) => {
    if (!asked(entry.drug)) return [];
    const end = start + term.length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 60);
    const back = words(before);
    const ahead = words(after);
    const p1 = back.at(-1) ?? '<s>';
    const p2 = back.at(-2) ?? '<s>';
    const n1 = ahead[0] ?? '</s>';
    const n2 = ahead[1] ?? '</s>';
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const lineEnd = text.indexOf('\n', end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const around = text.slice(Math.max(0, start - 100), end + 100);
    const f = [
      'bias',
      `text=${textShape}`,
      `t=${term.toLowerCase()}`,
      `tier=${entry.tier}`,
      `drug=${entry.drug}`,
      `tierDrug=${entry.tier}_${entry.drug}`,
      `p1=${p1}`,
      `p2=${p2}_${p1}`,
      `n1=${n1}`,
      `n2=${n1}_${n2}`,
      `shape=${shape(term)}`,
      `unambiguous=${String(Math.min(unambiguous.size, 2))}`,
    ];
    if (COUNT.test(p1) || COUNT.test(p2)) f.push('countBefore');
    if (p1 === 'of') f.push('ofBefore');
    if (PRICE_AFTER.test(after)) f.push('priceAfter');
    if (DEALING_BEFORE.test(before)) f.push('dealingBefore');
    if (BLOCKING_NEXT.test(after)) f.push('blockingNext');
    if (/\p{Extended_Pictographic}\s*$/u.test(before)) f.push('emojiBefore');
    if (/["'‘“]\s*$/u.test(before) || /^\s*["'’”]/u.test(after)) f.push('quoted');
    if (/£|\d/u.test(line)) f.push('lineNumbers');
    if (MENU_CONTEXT.test(around)) f.push('menu');
    if (DRUG_TALK.test(around)) f.push('drugTalk');
    if (unambiguous.has(entry.drug)) f.push('sameDrugNamed');
    // The rules' everyday senses ("drinking Coke", "light and dark roast", "his hip joint"): a feature to learn
    // from, and never added (reviewDrugs).
    // Balloons or canisters beside a party, a barbecue or paint ("balloons for birthday parties"): the rules read
    // them as nitrous only when sold or filled with gas; the model never adds them.
    const partyGoods =
      PARTY_CONTAINER.test(term) && NOT_NITROUS_NEAR.test(text.slice(Math.max(0, start - 40), end + 40));
    // "the silver balloons … I think this is the gas, nos": gas beside nitrous's words is nitrous, never cannabis.
    const nitrousGas =
      entry.drug === 'cannabis' &&
      term.toLowerCase() === 'gas' &&
      NITROUS_NEAR.test(text.slice(Math.max(0, start - 60), end + 60));
    // "The crack's getting wider", "Charlie's van": before "'s" a word is the rules' only where a price follows.
    const possessive =
      /^['’]s\b/u.test(after) && !PRICED_IS.test(after) && !(entry.tier === 'always' && DEALING_BEFORE.test(before));
    // "ket shards": the named drug's crystals.
    const namedShards = /^shards?$/i.test(term) && NAMED_BEFORE_SHARDS.test(text.slice(Math.max(0, start - 12), start));
    if (
      everydaySense(text, start, end, term) ||
      colourPair(text, start, end) ||
      partyGoods ||
      nitrousGas ||
      namedShards ||
      possessive
    ) {
      f.push('everyday');
    }
    return [{ drug: entry.drug, start, end, features: f }];
  });
}

// Two colours paired before the thing they describe: "light and dark roast", "light and dark blue school jumpers",
// "black and white dog". "light and dark today", "white n brown 3 for 25" are a menu's.
const PAIR_BEFORE = /(?:light|dark|white|brown|black|green|blue)[ \t]*(?:and|&|n|or|\/)[ \t]*$/iu;
const PAIR_AFTER = /^[ \t]*(?:and|&|n|or|\/)[ \t]*(?:light|dark|white|brown|black|green|blue)\b/iu;
const DESCRIBED_AFTER =
  /^[ \t]+(?!(?:today|tonight|left|only|available|ready|now|back|again|all|on|in|at|for|ting)\b)\p{Ll}{3,}/u;
function colourPair(text: string, start: number, end: number): boolean {
  const pairAfter = PAIR_AFTER.exec(text.slice(end, end + 12));
  if (pairAfter !== null) {
    return DESCRIBED_AFTER.test(text.slice(end + pairAfter[0].length, end + pairAfter[0].length + 24));
  }
  return (
    PAIR_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && DESCRIBED_AFTER.test(text.slice(end, end + 24))
  );
}

const PARTY_CONTAINER = /^(?:balloons?|canisters?|cannisters?)$/i;

/** The rules' drugs, and those whose words the model is sure of that the rules did not give. */
export function reviewDrugs(text: string, found: Extraction, model: DrugModel): DrugEntity[] {
  const given = new Set(found.drugs.map((d) => d.name));
  const taken: Span[] = [...NOT_DRUGS.flatMap((kind): readonly Span[] => found[kind]), ...found.drugs];
  const added: DrugEntity[] = [];
  for (const c of drugCandidates(text, (drug) => !given.has(drug))) {
    if (given.has(c.drug) || c.features.includes('everyday') || !aboutDrugs(c)) continue;
    if (probability(model.weights, c.features) < model.addAt) continue;
    if (taken.some((s) => s.start < c.end && c.start < s.end)) continue;
    given.add(c.drug);
    added.push(drugEntity(c.drug, text.slice(c.start, c.end), c.start));
  }
  return [...found.drugs, ...added].sort((a, b) => a.start - b.start);
}

// Only in a text about drugs: another drug named outright, drug talk or a menu near the word. A word alone in a
// text about paint, coffee or a dog ("a brown and white dog", "light and dark roast") is never added.
function aboutDrugs(c: DrugCandidate): boolean {
  return c.features.some((f) => f === 'drugTalk' || f === 'menu' || f === 'unambiguous=1' || f === 'unambiguous=2');
}
