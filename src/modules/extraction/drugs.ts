// Drug mentions, slang mapped to canonical names ("charlie" → cocaine, "B and W" → heroin and crack).
import {
  BLOCKING_NEXT,
  drugEntity as entity,
  CRACK_NOT_DRUG,
  DEALING_BEFORE,
  DRUG_TALK,
  LEXICON,
  MENU_CONTEXT,
  PRICE_AFTER,
  TERM_PATTERN,
  type LexiconEntry,
} from './drug-lexicon.ts';
import { around, everydaySense } from './drug-senses.ts';
import { findCounted } from './drug-counts.ts';
import {
  DEAL_LINE_TALK,
  DRUG_SCENE,
  QUOTE_OPEN_BEFORE,
  RUNNER_TALK,
  STRONG_RUNNER,
  describesDealing,
  quotationAround,
} from './drug-talk.ts';
import { after, before, type Claims, matchAll } from './spans.ts';
import { DRUGS_NAMED_AS_PEOPLE } from './person-words.ts';
import type { DrugEntity } from './types.ts';

export { DRUG_CLASS, DRUG_NAMES, type DrugClass, type DrugName } from './drug-lexicon.ts';

type Hit = { readonly start: number; readonly end: number; readonly raw: string; readonly entry: LexiconEntry };

// "white and brown", "B&W", "H and W", "brown n white", "dark & light", "the white and the brown": crack (white,
// W, light) and heroin (brown, B, H, dark) sold together.
// Emoji a menu puts around its items ("🍫 dark 🍫 n ❄️ light ❄️") may stand between the two; a comma only inside
// quotes, as shouted or written ("they shout 'white, brown'"); each word may be quoted on its own ("selling
// 'white' and 'brown'").
const QUOTE_MARK = `(?:["'‘’“”][ \\t]*)?`;
const EMOJI_SPACE = '[ \\t\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}]*';
const PAIR = new RegExp(
  `(?<![\\p{L}\\p{N}])(white|brown|lights?|darks?|[bwh])(?:[ \\t]+ones)?${EMOJI_SPACE}${QUOTE_MARK}(and(?:[ \\t]+the)?|an(?:[ \\t]+the)?|&|n|'n'|\\+|\\/|,)${EMOJI_SPACE}${QUOTE_MARK}(white|brown|lights?|darks?|[bwh])(?:[ \\t]+ones)?(?![\\p{L}\\p{N}])`,
  'giu',
);
const QUOTE_BEFORE = /["'‘“][ \t]*$/u;
const QUOTE_AFTER = /^[ \t]*[.!?]?["'’”]/u;
const CRACK_SIDE = /^(?:white|lights?|w)$/i;
const DEALT_AFTER =
  /^[ \t]+(?:(?:they|he|she|we|you|u)[ \t]+)?(?:shifted|shifting|shift|sold|selling|sell|moved|moving|pushed|pushing|served|serving)\b/i;
const LIGHT_DARK = /^(?:light|dark)s?$/i;
const WEEK_AFTER =
  /^[ \t]*(?:\d|mon|tue|wed|thu|fri|sat|sun|the[ \t]+\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// What joins items of a list: "weed, coke and pills", "H + C", "ket/mandy".
// Emoji a menu puts before each item ("🍀 bud, 🍫 hash, ❄️ white") do not break the list.
// An adverb may go between: "weed and pills mostly, sometimes speed", "ket, and sometimes coke".
const LIST_JOIN =
  /^['"’”]?[ \t]*(?:(?:mostly|mainly|usually)[ \t]*)?(?:,|and|&|or|n|\+|\/|,[ \t]*and)[ \t]*(?:(?:sometimes|also|plus|even|the|da|some|sum|a bit of|a bit a|bit of|a little)[ \t]+)?[ \t\p{Extended_Pictographic}\u{FE0F}\u{200D}]*['"‘“]?$/iu;

function lookup(raw: string): LexiconEntry | undefined {
  const exact = LEXICON.get(raw);
  if (exact !== undefined) return exact;
  const entry = LEXICON.get(raw.toLowerCase().replace(/\s+/g, ' '));
  return entry?.tier === 'letter' ? undefined : entry;
}

// A deal-line menu or price list around a range (see MENU_CONTEXT).
function inMenu(input: string, start: number, end: number): boolean {
  return MENU_CONTEXT.test(input.slice(Math.max(0, start - 80), end + 80));
}

function findPairs(input: string): DrugEntity[] {
  // Whether the text describes dealing, asked once for every pair in it.
  const scene = describesDealing(input);
  const out: DrugEntity[] = [];
  for (const m of matchAll(PAIR, input)) {
    const a = m[1] ?? '';
    const b = m[3] ?? '';
    const end = m.index + m[0].length;
    // A comma only inside quotes, in a text that describes dealing: not "Paint colours: 'white, brown'".
    const quotedAlone =
      QUOTE_BEFORE.test(input.slice(Math.max(0, m.index - 3), m.index)) && QUOTE_AFTER.test(input.slice(end));
    if (m[2] === ',' && !(quotedAlone && scene)) continue;
    const letters = a.length === 1 && b.length === 1;
    const words = a.length > 1 && b.length > 1;
    // Exactly one side must be white/W/light; "w/b" is "week beginning".
    if ((!letters && !words) || CRACK_SIDE.test(a) === CRACK_SIDE.test(b)) continue;
    const menu = inMenu(input, m.index, end);
    // Light and dark (and lower-case letters) off a menu only with dealing said of them: "doing light and dark",
    // "how many light and darks they shifted", "sellin b n w".
    const dealt =
      DEALING_BEFORE.test(input.slice(Math.max(0, m.index - 40), m.index)) ||
      DEALT_AFTER.test(input.slice(end, end + 30));
    // Letters in capitals, or lower case on a menu ("w n b all day, 2 for 25") or dealt; never "w/b".
    const lowerCase = a !== a.toUpperCase() || b !== b.toUpperCase();
    // "w/b" on a menu that gives no date after it ("2 for 25 w/b all day") is the menu's letters.
    // A car boot sale's or a gym's "w/b: 2 for £5" is a week too: only a deal line's menu reads it as letters.
    const lineMenu = menu && (DEAL_LINE_TALK.test(input) || DRUG_SCENE.test(input));
    const weekBeginning = m[0].includes('/') && !(lineMenu && !WEEK_AFTER.test(input.slice(end, end + 12)));
    if (letters && (weekBeginning || (!menu && !dealt && lowerCase))) continue;
    // Light and dark quoted in a text that describes dealing: "14 wraps, which he described as 'light and dark'".
    const quotedInScene =
      (QUOTE_BEFORE.test(input.slice(Math.max(0, m.index - 3), m.index)) || /["'‘“]/u.test(m[0])) &&
      QUOTE_AFTER.test(input.slice(end)) &&
      scene;
    // Or inside what a runner says, in a text about dealing: "'we need more dark and light for Monday'".
    const speech = scene ? quotationAround(input, m.index) : undefined;
    const runnerSaid = speech !== undefined && RUNNER_TALK.test(speech);
    if (!menu && !dealt && !quotedInScene && !runnerSaid && (LIGHT_DARK.test(a) || LIGHT_DARK.test(b))) continue;
    // Two colours in quotes need dealing said of them: "The paint is 'white' and 'brown'" is paint.
    if (words && /["'‘“]/u.test(m[0]) && !menu && !dealt && !quotedInScene) continue;
    if (BLOCKING_NEXT.test(input.slice(end, end + 20).replace(/^["'’”]/u, ''))) continue;
    const bStart = end - b.length;
    for (const [text, start] of [
      [a, m.index],
      [b, bStart],
    ] as const) {
      out.push(entity(CRACK_SIDE.test(text) ? 'crack' : 'heroin', text, start));
    }
  }
  return [...out, ...findCounted(input, out)];
}

const STOCK_BEFORE = /\b(?:got|have|has|had)\s+(?:(?:only|just|still)\s+)?$/i;
const STOCK_AFTER = /^\s+(?:left|ready|in stock|on me|on tap)\b/i;

const EVERYDAY_BEFORE =
  /\b(?:new|designer|expensive|football|rugby|sports?|gym|fishing|camping|school|work|riding|climbing|cycling|ski|kit|safety|protective)\s+$/i;

// What something is said to be: "the boys say it is 'charlie'", "a block of what he said was bud", "crystals she
// said were MD", "rocks of what he believes is crack". Someone says, believes or reckons what it is: such a frame
// vouches for any drug word in lower case, a colour or an everyday word only in quotes ("it's white" is a car).
const SAID_TO_BE =
  /\b(?:believed to be|(?:say|says|said|told (?:me|us|him|her)|believes?|believed|thinks?|thought|reckons?|reckoned)(?: (?:it|they|that))? (?:is|was|were|are)|what (?:he|she|they|i|we) (?:said|says|called|calls|thinks?|thought|believes?|reckons?) (?:was|is|were|are))[ \t]+(['"‘“])?$/i;
// "It's", "it was", "they are", "called": only for a word in quotes ("it is 'charlie'", not "It's Charlie from
// number 6" or "it was crack of dawn").
// Foil, spoons and burning of a kitchen, a barbecue, a garden or a sewing box.
const KITCHEN_OR_GARDEN =
  /\b(?:toast|gravy|barbecue|bbq|oven|cooking|dinner|baking|tray|mud|rust|rusty|blight|pine|sewing|compost|paint)\b/i;
const HEARD_QUOTED =
  /\b(?:say|says|said|saying|talk(?:s|ed|ing)? about|mention(?:s|ed|ing)?|ask(?:s|ed|ing)? for|shout(?:s|ed|ing)?)(?:[ \t]+(?:something|like|stuff like|words like|also))*[ \t]+['"‘“]$/i;
// A further quoted word in a list the heard one opened: "say 'speed' and also something 'rock'".
const HEARD_LIST =
  /\b(?:say|says|said|saying|talk(?:s|ed|ing)? about|mention(?:s|ed|ing)?|ask(?:s|ed|ing)? for|shout(?:s|ed|ing)?)(?:[ \t]+(?:something|like|stuff like|words like|also))*[ \t]+['"‘“][\p{L}]+['"’”][ \t]*(?:,|and|&)[ \t]*(?:also[ \t]+)?(?:something[ \t]+)?['"‘“]$/iu;
const PLAYED_DOWN = /(?:^|[\s"'‘“])(?:it was|it is|it's|it’s|its)[ \t]+["'‘“]?(?:just|only)[ \t]+$/i;
const IT_IS = /\b(?:it is|it's|it’s|its|it was|they are|they're|called|call it|calls it)[ \t]+['"‘“]$/i;
// Crack counted out: "rocks of crack", not "a bit of crack in the windscreen".
const OF_CRACK = /\b(?:rocks?|wraps?|bags?|grams?|lumps?|stones?|deals?)[ \t]+of[ \t]+$/i;
const PACKAGED =
  /\b(?:baggies|baggy|wraps|zip ?bags|deal bags|snap ?bags)[ \t]+(?:of|with|full of)[ \t]+(?:the[ \t]+)?$/i;
const PACKAGED_END = /^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|and|inside|on|from|at)\b)/i;
const EVERYDAY_TERMS = /^(?:white|brown|green|dark|light|snow|rocks?|stones?|gear|speed|draw|pills?|powder|gas|loud)$/i;
function namedAs(input: string, hit: Hit): 'strong' | 'quoted' | undefined {
  const preceding = before(input, hit.start, 60);
  if (hit.raw.toLowerCase() === 'crack' && OF_CRACK.test(preceding)) return 'strong';
  // "baggies with green in them", "wraps of brown": an everyday word in the dealer's packaging, nothing after it.
  if (
    EVERYDAY_TERMS.test(hit.raw) &&
    PACKAGED.test(preceding) &&
    PACKAGED_END.test(input.slice(hit.end, hit.end + 12))
  ) {
    return 'strong';
  }
  // "I hear them say 'speed' and also something 'rock'", "they talk about 'bars', 'balloons'": drug words quoted as
  // heard, in lower case, in a text about drugs in so many words; each quoted word after the first in a list too.
  if (
    /^\p{Ll}/u.test(hit.raw) &&
    (HEARD_QUOTED.test(preceding) || HEARD_LIST.test(preceding)) &&
    /^["'’”]/u.test(input.slice(hit.end, hit.end + 1)) &&
    DRUG_SCENE.test(input)
  ) {
    return 'strong';
  }
  // "ive been on the rock for 3 years": using crack.
  if (
    /^rock$/i.test(hit.raw) &&
    /\b(?:been|be|was|were|is|are|am|im|i'm|got|get|getting|gone|went|back|stayed|stuck|hooked|came|come)[ \t]+(?:on|off|onto)[ \t]+the[ \t]+$/i.test(
      preceding,
    ) &&
    /^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:for|again|now)\b)/i.test(input.slice(hit.end, hit.end + 10))
  ) {
    return 'strong';
  }
  // "foil, burnt on the underside with brown stuff": heroin where it is smoked or cooked.
  if (
    /^brown$/i.test(hit.raw) &&
    /^[ \t]+(?:stuff|powder|residue|marks?)\b/i.test(input.slice(hit.end, hit.end + 12)) &&
    /\b(?:foil|spoons?|burnt|burned|needles?|syringes?|cooked)\b/i.test(around(input, hit.start, hit.end, 100)) &&
    !KITCHEN_OR_GARDEN.test(around(input, hit.start, hit.end, 120))
  ) {
    return 'strong';
  }
  // "she said it was 'just sniff'", "its only ket": what something is said to be, played down, in lower case and
  // closing what was said ("it's just sniff it and see" is a verb).
  if (
    /^\p{Ll}/u.test(hit.raw) &&
    hit.entry.tier === 'context' &&
    !DRUGS_NAMED_AS_PEOPLE.test(hit.raw) &&
    !/^(?:blues|joints?|haze|cali|vals|nos)$/i.test(hit.raw) &&
    PLAYED_DOWN.test(preceding) &&
    /^(?:[ \t]*(?:[,.;:!?)"'’”]|$)|[ \t]+(?:like|innit|init|and|mate|bro|though|tho)\b)/i.test(
      input.slice(hit.end, hit.end + 10),
    )
  ) {
    return 'strong';
  }
  // "'tell him the charlie's at Nan's'": a street name that is a given name too, with "the" as no person has it.
  if (/^(?:charlie|mandy|molly|sniff|bugle)$/.test(hit.raw) && /(?:^|[\s"'‘“])the[ \t]+$/i.test(preceding)) {
    return 'strong';
  }
  // "about 40 Es": ecstasy pills counted, in a text about drugs.
  if (hit.raw === 'Es' && /\b\d{1,4}[ \t]*$/.test(preceding) && DRUG_TALK.test(around(input, hit.start, hit.end, 80))) {
    return 'strong';
  }
  const said = SAID_TO_BE.exec(preceding);
  // In lower case or all capitals ("were MD"): "she said it was Charlie who rang" is a person.
  const notAName = /^\p{Ll}/u.test(hit.raw) || hit.raw === hit.raw.toUpperCase();
  if (said !== null && notAName && (said[1] !== undefined || !EVERYDAY_TERMS.test(hit.raw))) {
    return 'strong';
  }
  return IT_IS.test(preceding) ? 'quoted' : undefined;
}

function accepted(input: string, hit: Hit, neighbourAccepted: boolean, menu: boolean): boolean {
  const { tier } = hit.entry;
  const next = input.slice(hit.end, hit.end + 20);
  const preceding = input.slice(Math.max(0, hit.start - 40), hit.start);
  // "the paramedic gave Charlie a blanket": a name given something, not a drug given.
  const givenTo = /\b(?:give|gives|gave|giving|hand|hands|handed)\s+$/i.test(preceding) && /^\p{Lu}/u.test(hit.raw);
  // "she is given MD and balloons", not "given E for effort": a letter is never vouched for by "given".
  const dealing =
    DEALING_BEFORE.test(preceding) && !givenTo && !(hit.entry.tier === 'letter' && /\bgiven\s+$/i.test(preceding));
  if (everydaySense(input, hit.start, hit.end, hit.raw)) return false;
  const named = namedAs(input, hit);
  if (tier === 'always') {
    // "rocks of what he believes is crack in the bin store": a strong frame overrules "crack in".
    if (hit.entry.drug === 'crack' && hit.raw.toLowerCase() === 'crack' && CRACK_NOT_DRUG.test(next)) {
      return dealing || (named === 'strong' && /^\s+(?:in|at|inside|under|behind|from)\b/i.test(next));
    }
    return true;
  }
  if (named !== undefined && !BLOCKING_NEXT.test(next)) return true;
  if (BLOCKING_NEXT.test(next)) return false;
  // "brand new gear", "football gear", "designer white": an everyday word in its everyday sense.
  if (tier === 'strict' && EVERYDAY_BEFORE.test(before(input, hit.start, 24))) return false;
  // Bulbs are cream chargers only beside balloons or nitrous, or in a list of drugs: "light bulbs", "Bulbs £3 at
  // B&Q" and "Christmas tree bulbs £4" are not.
  if (hit.raw.toLowerCase() === 'bulbs') {
    return neighbourAccepted || NITROUS_NEAR.test(around(input, hit.start, hit.end, 40));
  }
  if (tier === 'letter' && hit.raw !== hit.raw.toUpperCase()) return false;
  // "Loud £10", "Loud 🔥 £10" or "loud zips £200" on a menu, or in a list of drugs.
  if (hit.raw.toLowerCase() === 'loud') {
    if (/^\s+(?:zips?|bags?|8ths?|eighths?|oz|ounces?|grams?|g)\b/i.test(next)) return true;
    return neighbourAccepted || PRICE_AFTER.test(next.replace(/^[\s\p{Extended_Pictographic}\u{FE0F}]+/u, ' '));
  }
  // "Za 3.5 £35" on a menu, or in a list of drugs; "I met Za at the bus stop" is a name.
  if (hit.raw.toLowerCase() === 'za') return neighbourAccepted || /^[\s\p{Extended_Pictographic}]*(?:£|\d)/u.test(next);
  // Menu words ("light", "pebbles") and the menu letters W and B: a menu or a list with another drug, never a
  // dealing verb alone ("selling light bulbs").
  // "asked if we sold 'bars'": a menu word quoted right after a dealing verb.
  const quotedDealt = dealing && /['"‘“]$/u.test(before(input, hit.start, 2));
  if (tier === 'menu' || /^[WB]$/.test(hit.raw)) return neighbourAccepted || menu || quotedDealt;
  // "Free pills at the pharmacy with your prescription": free medicine, not a dealer's hook.
  if (
    dealing &&
    /\bfree\s+$/i.test(before(input, hit.start, 12)) &&
    PHARMACY.test(around(input, hit.start, hit.end, 60))
  ) {
    return false;
  }
  if (dealing || neighbourAccepted || menu) return true;
  if (tier !== 'context') return false;
  // "I only got charlie left", "got sniff ready": stock a seller has, in lower case.
  if (
    /^\p{Ll}/u.test(hit.raw) &&
    QUOTE_OPEN_BEFORE.test(before(input, hit.start, 40)) &&
    STOCK_BEFORE.test(before(input, hit.start, 16)) &&
    STOCK_AFTER.test(input.slice(hit.end, hit.end + 16))
  ) {
    return true;
  }
  // "Charlie", "Mandy", "Molly" with a capital and no dealing verb are more likely people.
  if (/^\p{Lu}/u.test(hit.raw) && /^(?:charlie|mandy|molly)$/i.test(hit.raw)) return false;
  return DRUG_TALK.test(before(input, hit.start, 60)) || DRUG_TALK.test(after(input, hit.end, 60));
}

// "spice to homeless people in the town centre and ": to whom one drug goes, then "and" before the next.
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
// "'they only do the light' when I asked about his electric": a light that is lighting.
const LIGHTING_NEAR =
  /\b(?:electric\w*|meter|bulbs?|switch(?:es)?|lamps?|fuse|power|bills?|curtains?|paint|colours?)\b/i;
const STOCKED_END = /^(?:[ \t]*(?:[,.;:!)"'’”]|$)|[ \t]+(?:and|n|&|only|now|today|tonight)\b)/i;

// "gas 🎈": gas with a balloon is nitrous oxide, not the cannabis a menu's "gas" means; helium for a party's
// balloons is neither.
const BALLOON_AFTER = /^[ \t]*(?:🎈|balloons?)/u;
const CONTAINER_OF = /\b(?:bottles?|canisters?|cannisters?|tanks?|cylinders?|balloons?)\s+of\s+$/i;
const PARTY_BALLOONS = /\b(?:helium|party|parties|birthday|wedding|decorations?)\b/i;
const NITROUS_NEAR = /🎈|\b(?:balloons?|nos|noz|nitrous|cream chargers?|canisters?|cannisters?|whippets?)\b/iu;
// Balloons and canisters of a party, a barbecue, a heater or a game.
const NOT_NITROUS_NEAR =
  /\b(?:helium|party|parties|birthday|wedding|fete|fête|decorations?|water|bbq|barbecue|propane|butane|calor|camping|heater|stove|paint|spray|window|nursery|cafe|café)\b/i;
const SAME_DRUG_AGAIN = /^(?:canisters?|cannisters?|balloons?|gas canisters?|gas cannisters?|gas bottles?|nos)$/i;
const PHARMACY = /\b(?:pharmacy|pharmacist|prescriptions?|chemist|gp|nhs|surgery|doctor)\b/i;

export function extractDrugs(input: string, claims: Claims): DrugEntity[] {
  const pairs = findPairs(input).filter((p) => !claims.overlaps(p.start, p.end));
  const hits: Hit[] = [];
  for (const m of matchAll(TERM_PATTERN, input)) {
    const raw = m[0];
    const found = lookup(raw);
    if (found === undefined) continue;
    // "Charlie's van" is a person's: a term before "'s" only as "the charlie's at Nan's" says it ("is").
    if (
      /^['’]s/u.test(input.slice(m.index + raw.length)) &&
      !/(?:^|[\s"'‘“])the[ \t]+$/i.test(before(input, m.index, 8))
    ) {
      continue;
    }
    // "off-white" is a colour.
    if (/^white$/i.test(raw) && /off-$/i.test(input.slice(Math.max(0, m.index - 4), m.index))) continue;
    const gas = raw.toLowerCase() === 'gas';
    const withBalloon = gas && BALLOON_AFTER.test(input.slice(m.index + raw.length, m.index + raw.length + 12));
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
    const runnerSpeech = speech !== undefined && (STRONG_RUNNER.test(speech) || stocked);
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
    if (!DEALING_BEFORE.test(input.slice(Math.max(0, h.start - 40), h.start))) return;
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
  const out: DrugEntity[] = [...pairs];
  hits.forEach((h, i) => {
    if (ok[i] === true) out.push(entity(h.entry.drug, h.raw, h.start));
  });
  for (const d of out) claims.add(d.start, d.end);
  return whiteAsCrack(input, out).sort((a, b) => a.start - b.start);
}

// "White" is cocaine in most mouths, and crack where runners talk: in quoted speech about a drop ("'need more
// white, send it to the spot'"). Listed beside crack's own words it stays cocaine ("white, brown, rocks").
function whiteAsCrack(input: string, found: DrugEntity[]): DrugEntity[] {
  return found.map((d) => {
    if (d.name !== 'cocaine' || !/^whites?$/i.test(d.text)) return d;
    const speech = quotationAround(input, d.start);
    const crackBeside = found.some((c) => c.name === 'crack' && speech?.includes(c.text) === true);
    return speech !== undefined && STRONG_RUNNER.test(speech) && !crackBeside ? entity('crack', d.text, d.start) : d;
  });
}
