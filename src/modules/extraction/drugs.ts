// Drug mentions, slang mapped to canonical names ("charlie" → cocaine, "B and W" → heroin and crack).
import { accepted } from './drug-accepted.ts';
import {
  COLOUR_WORK,
  drugEntity as entity,
  DEALING_BEFORE,
  PRICE_AFTER,
  TERM_PATTERN,
  lexiconEntry,
  type LexiconEntry,
  LIGHTING_NEAR,
  NAMED_BEFORE_SHARDS,
  PRICED_IS,
  NOT_NITROUS_NEAR,
} from './drug-lexicon.ts';
import { around } from './drug-senses.ts';
import { EVERYDAY_TERMS, type Hit } from './drug-frames.ts';
import { findPairs, inMenu, LIGHT_DARK } from './drug-pairs.ts';
import { DRUG_SCENE, STRONG_RUNNER, describesDealing, quotationAround } from './drug-talk.ts';
import { before, type Claims, matchAll } from './spans.ts';
import { DRUGS_NAMED_AS_PEOPLE } from './person-words.ts';
import type { DrugEntity } from './types.ts';

export { DRUG_CLASS, DRUG_NAMES, type DrugClass, type DrugName } from './drug-lexicon.ts';

// What joins items of a list: "weed, coke and pills", "H + C", "ket/mandy".
// Emoji a menu puts before each item ("🍀 bud, 🍫 hash, ❄️ white") do not break the list.
// An adverb may go between: "weed and pills mostly, sometimes speed", "ket, and sometimes coke".
const LIST_JOIN =
  /^['"’”]?[ \t]*(?:(?:mostly|mainly|usually)[ \t]*)?(?:,|and|&|or|n|an|\+|\/|,[ \t]*and)[ \t]*(?:(?:sometimes|also|plus|even|the|da|some|sum|a bit of|a bit a|bit of|a little|a few|a couple of)[ \t]+)?[ \t\p{Extended_Pictographic}\u{FE0F}\u{200D}]*['"‘“]?$/iu;

// "spice to homeless people in the town centre and ": to whom one drug goes, then "and" before the next.
const GIVEN_BEFORE = /\b(?:is|was|were|are|been|being|gets|got|get)[ \t]+given[ \t]+(?:some[ \t]+)?$/i;
const EVERYDAY_PLURALS = /^(?:bars|bulbs|balloons|canisters|cannisters|blues|buds?|joints?|bottles?)$/i;
const PARALLEL_JOIN = /^[ \t]+to[ \t]+[^.!?\n,;:]{1,50}?[ \t]+and[ \t]+$/i;
const PARALLEL_TO =
  /^[ \t]+to[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:students|kids|children|users|addicts|homeless|teenagers|youngsters|people|customers|punters|clubbers|schoolkids|pupils|lads|girls|boys|locals|regulars|workers)\b/iu;
const SOLD_BEFORE =
  /\b(?:sells?|selling|sold|deals?|dealing|supplies|supplying|shotting|pushing|pushes|flogging|flogs)[ \t]+$/i;
const PARALLEL_NOT = /^(?:gear|snow|rocks?|stones?|balloons?|canisters?|bars)$/i;

/** Runs of hits (by index) joined one to the next as items of a list. */
function listRuns(input: string, hits: readonly Hit[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  hits.forEach((h, i) => {
    const prev = hits[i - 1];
    if (prev !== undefined && run.length > 0 && LIST_JOIN.test(input.slice(prev.end, h.start))) run.push(i);
    else {
      if (run.length > 1) runs.push(run);
      run = [i];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

const STOCKED_BEFORE =
  /\b(?:they|we|he|she|i|only|just)[ \t]+(?:only[ \t]+|just[ \t]+)?(?:do|does|sell|sells|selling)[ \t]+(?:the[ \t]+)?$/i;
const ORDERED_BEFORE =
  /\b(?:bring|brings|fetch|send|drop|grab)[ \t]+(?:me[ \t]+|us[ \t]+|him[ \t]+)?(?:the|some|more|sum)[ \t]+$/i;
const STOCKED_END = /^(?:[ \t]*(?:[,.;:!)"'’”]|$)|[ \t]+(?:and|n|&|only|now|today|tonight)\b)/i;

// "gas 🎈", "Gas n balloons": gas with a balloon is nitrous oxide, not the cannabis a menu's "gas" means; helium for a party's
// balloons is neither.
const BALLOON_AFTER = /^[ \t]*(?:(?:n|and|&|\+)[ \t]+)?(?:🎈|balloons?)/u;
// Or balloons filled with it: "make the balloons with the gas".
const BALLOON_BEFORE = /\bballoons?[ \t]+(?:with|of|full of|filled with)[ \t]+(?:the[ \t]+)?$/iu;
const CONTAINER_OF = /\b(?:bottles?|canisters?|cannisters?|tanks?|cylinders?|balloons?)\s+of\s+$/i;
const PARTY_BALLOONS = /\b(?:helium|party|parties|birthday|wedding|decorations?)\b/i;
const SAME_DRUG_AGAIN = /^(?:canisters?|cannisters?|balloons?|gas canisters?|gas cannisters?|gas bottles?|nos)$/i;

// "'s" as "is" after a drug's own name in a dealing frame ("Smell of weed's that strong").
function saidIsOfDrug(input: string, start: number, entry: LexiconEntry): boolean {
  return entry.tier === 'always' && DEALING_BEFORE.test(before(input, start, 40));
}

export function extractDrugs(input: string, claims: Claims): DrugEntity[] {
  const pairs = findPairs(input).filter((p) => !claims.overlaps(p.start, p.end));
  const hits: Hit[] = [];
  for (const m of matchAll(TERM_PATTERN, input)) {
    const raw = m[0];
    const found = lexiconEntry(raw);
    if (found === undefined) continue;
    // "Charlie's van" is a person's: a term before "'s" only as "the charlie's at Nan's" says it ("is"), a drug's
    // street name that is a given name too (not "the crack's getting wider", "the mandy's mum").
    // Nor "coke's 60, weed's a score": a price said of the drug; nor "the smell of weed's that strong": a drug's own
    // name smelt, sold or bought just before.
    if (
      /^['’]s/u.test(input.slice(m.index + raw.length)) &&
      !PRICED_IS.test(input.slice(m.index + raw.length, m.index + raw.length + 16)) &&
      !saidIsOfDrug(input, m.index, found) &&
      !(
        DRUGS_NAMED_AS_PEOPLE.test(raw) &&
        /(?:^|[\s"'‘“])the[ \t]+$/i.test(before(input, m.index, 8)) &&
        /^['’]s[ \t]+(?:at|in|on|under|behind|inside|upstairs|downstairs|gone|done|here|there|ready|finished|been|all|nearly|almost)\b/i.test(
          input.slice(m.index + raw.length, m.index + raw.length + 16),
        )
      )
    ) {
      continue;
    }
    // "C/R" (caller or reporter), "C/O": a letter before a slash and another letter is police or postal shorthand; the
    // menu's "W/B" is read as a pair (drug-pairs.ts).
    if (found.tier === 'letter' && /^\/\p{Lu}(?![\p{L}\p{N}])/u.test(input.slice(m.index + raw.length))) continue;
    // "off-white" is a colour.
    if (/^white$/i.test(raw) && /off-$/i.test(input.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "ket shards": the shards are the named drug's crystals, not crack's.
    if (/^shards?$/i.test(raw) && NAMED_BEFORE_SHARDS.test(before(input, m.index, 12))) continue;
    const gas = raw.toLowerCase() === 'gas';
    const withBalloon =
      gas &&
      (BALLOON_AFTER.test(input.slice(m.index + raw.length, m.index + raw.length + 12)) ||
        BALLOON_BEFORE.test(input.slice(Math.max(0, m.index - 32), m.index)));
    // Helium for a party's balloons is neither.
    if (withBalloon && PARTY_BALLOONS.test(input.slice(Math.max(0, m.index - 40), m.index + 60))) continue;
    // "a big silver bottle of gas", "tanks of gas": nitrous in its container.
    const contained = gas && CONTAINER_OF.test(input.slice(Math.max(0, m.index - 24), m.index));
    const entry: LexiconEntry = withBalloon || contained ? { drug: 'nitrous oxide', tier: 'context' } : found;
    const hit = { start: m.index, end: m.index + raw.length, raw, entry };
    if (pairs.some((p) => p.start < hit.end && hit.start < p.end) || claims.overlaps(hit.start, hit.end)) continue;
    hits.push(hit);
  }
  // Accept on the term's own merits, then let list neighbours of accepted terms in ("weed and pills").
  // A price after a term counts as dealing talk when it has a £ sign or the text lists several priced terms.
  const prices = hits.map((h) => PRICE_AFTER.exec(input.slice(h.end, h.end + 12)));
  const priced = prices.filter((p) => p !== null).length;
  const ok = hits.map((h, i) => {
    const price = prices[i] ?? null;
    // A menu word inside quoted runner talk, in a text that describes dealing: "'the line's dry, no light left,
    // only dark'".
    const menuWord = h.entry.tier === 'menu' || /^(?:white|brown)$/i.test(h.raw);
    const speech = menuWord ? quotationAround(input, h.start) : undefined;
    // Or what the speaker says a line stocks: "'they only do the dark'", in a text that describes dealing.
    const stocked =
      speech !== undefined &&
      STOCKED_BEFORE.test(before(input, h.start, 24)) &&
      STOCKED_END.test(input.slice(h.end, h.end + 12)) &&
      DRUG_SCENE.test(input) &&
      !LIGHTING_NEAR.test(around(input, h.start, h.end, 60));
    // Or what the speaker orders brought, in a text with a drug named outright or about dealing: "'bring the brown,
    // bring the brown'" shouted down the phone; not "'bring the white and the brown'" of paint.
    const ordered =
      speech !== undefined &&
      ORDERED_BEFORE.test(before(input, h.start, 24)) &&
      STOCKED_END.test(input.slice(h.end, h.end + 12)) &&
      (DRUG_SCENE.test(input) || hits.some((o) => o.entry.tier === 'always')) &&
      !COLOUR_WORK.test(around(input, h.start, h.end, 80));
    const runnerSpeech = speech !== undefined && (STRONG_RUNNER.test(speech) || stocked || ordered);
    const menu = (price !== null && (price[1] === '£' || priced >= 2)) || inMenu(input, h.start, h.end) || runnerSpeech;
    return accepted(input, h, false, menu);
  });
  // "bring the canisters" once the text has named nitrous oxide ("nitrous cans all over the forecourt"): the same
  // drug again. Only nitrous's containers, whose everyday sense rarely shares a report with the drug.
  const named = hits.filter((_, i) => ok[i] === true);
  hits.forEach((h, i) => {
    if (ok[i] === true || !SAME_DRUG_AGAIN.test(h.raw)) return;
    const near = named.some((n) => n.entry.drug === h.entry.drug && Math.abs(n.start - h.start) < 200);
    const everyday = NOT_NITROUS_NEAR.test(around(input, h.start, h.end, 40));
    if (near && !everyday && accepted(input, h, true, false)) ok[i] = true;
  });
  // Two drug words of different drugs listed after a dealing verb vouch for each other ("they sell 'pebbles' and
  // 'dark'"), where neither would count alone.
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (next === undefined || ok[i] === true || ok[i + 1] === true || next.entry.drug === h.entry.drug) return;
    // "light and dark" alone is everyday English ("light and dark roast"); the pair rule reads it on a menu.
    if (LIGHT_DARK.test(h.raw) && LIGHT_DARK.test(next.raw)) return;
    // Or given to a young person, two of them slang no everyday word shares: "she is given MD and balloons", not
    // "given pills by the GP", "given the blues and reds bibs".
    const preceding = input.slice(Math.max(0, h.start - 40), h.start);
    const given =
      GIVEN_BEFORE.test(preceding) && [h, next].some((x) => x.raw.length > 1 && !EVERYDAY_TERMS.test(x.raw));
    // Or what it is said to be, two of them: "its only green n a bit of K", "this time its sniff n bars".
    const itIs =
      /\b(?:it's|it’s|its|it is|it was)[ \t]+(?:only[ \t]+|just[ \t]+)?$/i.test(preceding) &&
      [h, next].some((x) => !EVERYDAY_TERMS.test(x.raw));
    // Or offered in quotes: "asked if I 'want anything, got green and white'".
    const offered = /\b(?:want|need)[ \t]+(?:anything|any|some)\b[^'"’”\n]{0,20}\bgot[ \t]+$/i.test(preceding);
    if (!DEALING_BEFORE.test(preceding) && !given && !itIs && !offered) return;
    if (!LIST_JOIN.test(input.slice(h.end, next.start))) return;
    if (accepted(input, h, true, false) && accepted(input, next, true, false)) ok[i] = ok[i + 1] = true;
  });
  // "Za, K, MD, bars, nangs": three or more drugs listed one after another, two of them slang no everyday word
  // shares, are a menu whatever each word would need on its own.
  for (const run of listRuns(input, hits)) {
    const drugs = new Set(run.map((i) => hits[i]?.entry.drug));
    // Two at least that are no everyday word: not "light, dark, gas included", "light, dark, bars on the windows".
    const slang = run.filter((i) => {
      const raw = hits[i]?.raw ?? '';
      return raw.length > 1 && !EVERYDAY_TERMS.test(raw) && !EVERYDAY_PLURALS.test(raw);
    }).length;
    // Nor names in a row ("My kids Charlie, Molly and K", "the horses: Charlie, Molly, Blues and Cali").
    const named = run.some(
      (i) => /^\p{Lu}\p{Ll}/u.test(hits[i]?.raw ?? '') && DRUGS_NAMED_AS_PEOPLE.test(hits[i]?.raw ?? ''),
    );
    if (drugs.size < 3 || slang < 2 || named) continue;
    for (const i of run) {
      const h = hits[i];
      if (h !== undefined && ok[i] !== true && accepted(input, h, true, true)) ok[i] = true;
    }
  }
  // "sells spice to homeless people and pills to students": a second drug word sold to other people in the same
  // frame as an accepted one; not "gives methadone to the addicts and pills to the old folk" or "sells weed to the
  // kids and balloons for birthday parties".
  hits.forEach((h, i) => {
    const prev = hits[i - 1];
    if (ok[i] === true || prev === undefined || ok[i - 1] !== true || PARALLEL_NOT.test(h.raw)) return;
    if (!PARALLEL_JOIN.test(input.slice(prev.end, h.start)) || !PARALLEL_TO.test(input.slice(h.end, h.end + 30))) {
      return;
    }
    if (SOLD_BEFORE.test(before(input, prev.start, 30)) && accepted(input, h, true, false)) ok[i] = true;
  });
  for (let changed = true; changed;) {
    changed = false;
    hits.forEach((h, i) => {
      if (ok[i] === true) return;
      const prev = hits[i - 1];
      const next = hits[i + 1];
      const joinedPrev = prev !== undefined && ok[i - 1] === true && LIST_JOIN.test(input.slice(prev.end, h.start));
      const joinedNext = next !== undefined && ok[i + 1] === true && LIST_JOIN.test(input.slice(h.end, next.start));
      if ((joinedPrev || joinedNext) && accepted(input, h, true, false)) {
        ok[i] = true;
        changed = true;
      }
    });
  }
  // Pills said to be a benzodiazepine near them are that, not ecstasy: "sells 'bars' … blue pills 'like Xanax'",
  // "some pills, she say it is 'xans'".
  const benzos = hits.filter((h, i) => ok[i] === true && h.entry.drug === 'benzodiazepines');
  hits.forEach((h, i) => {
    const saidToBeBenzos = benzos.some(
      (b) =>
        Math.abs(b.start - h.start) < 80 &&
        !LIST_JOIN.test(input.slice(Math.min(b.end, h.end), Math.max(b.start, h.start))),
    );
    if (ok[i] === true && h.entry.drug === 'mdma' && /^pills?$/i.test(h.raw) && saidToBeBenzos) ok[i] = false;
  });
  const drugNamed = pairs.length > 0 || hits.some((h, i) => ok[i] === true && h.entry.tier === 'always');
  const out: DrugEntity[] = [...pairs, ...countedEmoji(input, claims, drugNamed)];
  hits.forEach((h, i) => {
    if (ok[i] === true) out.push(entity(h.entry.drug, h.raw, h.start));
  });
  for (const d of out) claims.add(d.start, d.end);
  return whiteAsCrack(input, out).sort((a, b) => a.start - b.start);
}

// "u want 2 of the 🍃", "a bag of ❄️": a leaf or a snowflake counted or bagged as the drug itself, in a text that
// describes dealing or names a drug outright (a menu's emoji beside its words are read with the words).
const COUNTED_EMOJI =
  /(?<![\p{L}\p{N}])(?:\d{1,3}|some|sum|a[ \t]+(?:bag|bit|zip|z|eighth|8th|gram|g)|bags?|zips?)[ \t]+(?:of[ \t]+|o[ \t]+)?(?:the[ \t]+|da[ \t]+)?(🍃|🌿|🍀|❄️|❄)(?=[ \t]*(?:$|[\n,.!?;:)'"’”]|(?:and|n|&|\+)\b))/gu;
function countedEmoji(input: string, claims: Claims, drugNamed: boolean): DrugEntity[] {
  if (!drugNamed && !describesDealing(input)) return [];
  return matchAll(COUNTED_EMOJI, input).flatMap((m) => {
    const emoji = m[1] ?? '';
    const start = m.index + m[0].length - emoji.length;
    if (claims.overlaps(start, start + emoji.length)) return [];
    return [entity(emoji.startsWith('❄') ? 'cocaine' : 'cannabis', emoji, start)];
  });
}

// "White" is cocaine in most mouths, and crack where runners talk: in quoted speech about a drop ("'need more
// white, send it to the spot'"). Listed beside crack's own words it stays cocaine ("white, brown, rocks").
function whiteAsCrack(input: string, found: DrugEntity[]): DrugEntity[] {
  return found.map((d) => {
    if (d.name !== 'cocaine' || !/^whites?$/i.test(d.text)) return d;
    // What the writer says it is, in brackets: "'white (rock), brown and green'".
    if (/^[ \t]*\((?:rock|rocks|crack|stones|pebbles)\)/i.test(input.slice(d.end, d.end + 12))) {
      return entity('crack', d.text, d.start);
    }
    const speech = quotationAround(input, d.start);
    const crackBeside = found.some((c) => c.name === 'crack' && speech?.includes(c.text) === true);
    return speech !== undefined && STRONG_RUNNER.test(speech) && !crackBeside ? entity('crack', d.text, d.start) : d;
  });
}
