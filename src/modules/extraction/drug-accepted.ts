// Whether one drug word found in a text means the drug, on its own merits or beside an accepted neighbour: its
// tier, the frame around it (drug-frames.ts), its everyday senses (drug-senses.ts), dealing talk and a menu.
// drugs.ts finds the words and reads lists and pairs; this file weighs each word.
import {
  BLOCKING_NEXT,
  COLOUR_WORK,
  CRACK_NOT_DRUG,
  DEALING_BEFORE,
  DRUG_TALK,
  LIGHTING_NEAR,
  NITROUS_NEAR,
  PRICE_AFTER,
} from './drug-lexicon.ts';
import { around, everydaySense } from './drug-senses.ts';
import { type Hit, namedAs } from './drug-frames.ts';
import { QUOTE_OPEN_BEFORE, describesDealing } from './drug-talk.ts';
import { after, before } from './spans.ts';
import { DRUGS_NAMED_AS_PEOPLE } from './person-words.ts';

const PARTY_GOODS_NEAR =
  /\b(?:helium|birthday|wedding|decorations?|party (?:shop|supplies)|fete|fête|bbq|barbecue|propane|butane|calor|camping|heater|stove)\b/i;
const PHARMACY = /\b(?:pharmacy|pharmacist|prescriptions?|chemist|gp|nhs|surgery|doctor)\b/i;
const OFFER_BEFORE = /['"‘“](?:you|u|ya)\s+(?:want|need)\s+(?:some\s+|any\s+)?$/i;
const OFFER_END = /^[ \t]*(?:\?|['"’”]|(?:bro|mate|fam|tho|yeah)\b)/i;
const WEIGHED_BEFORE =
  /\b(?:\d+(?:\.\d+)?\s?(?:oz|g|grams?)|(?:an?|half an?|\d+)\s+(?:oz|ounces?|z|zed|eighths?|henrys?|nines?|nine bars?))\s+(?:of\s+)?(?:the\s+)?$/i;
// "They cook crack in my microwave", "cooking crack in there": crack is what is cooked ("I cook white fish" is not).
const COOKED_BEFORE = /\b(?:cook|cooks|cooking|cookin|cooked)\s+(?:the\s+|up\s+)?$/i;
const STOCK_BEFORE = /\b(?:got|have|has|had)\s+(?:(?:only|just|still)\s+)?$/i;
const STOCK_AFTER = /^\s+(?:left|ready|in stock|on me|on tap)\b/i;

const TAKEN_AFTER = /^[ \t]+for[ \t]+(?:sniffing|snorting|sniff|smoking|a[ \t]+sniff|a[ \t]+smoke)\b/i;
const SOLD_IN_SENTENCE =
  /\b(?:sell|sells|selling|sellin|sold|dealing|supplying|pushing|shotting|bagging|bagged|buying|bought)\b/i;

const SOLD_OR_BOUGHT_BEFORE =
  /\b(?:sell|sells|selling|sellin|sold|buy|buys|buying|bought|supplying|shotting|pushing)[ \t]+(?:some[ \t]+|the[ \t]+)?$/i;
// The sentence up to a word, at most 200 characters of it.
const sentenceBefore = (input: string, start: number): string => {
  const from = Math.max(...['.', '!', '?', '\n'].map((c) => input.lastIndexOf(c, start - 1)), start - 201);
  return input.slice(from + 1, start);
};
const MENU_WORD_END = /^[ \t]*(?:[,.;:!?)]|$|(?:every|each|daily|off|from|again)\b)/i;
// "dat ting dem cook up in the kitchen, the rocks": rocks after cooking up, ending the phrase.
const COOKED_UP_BEFORE = /\bcook(?:s|ed|ing|in)?[ \t]+up\b[^.!?\n]{0,50}$/i;
const EVERYDAY_BEFORE =
  /\b(?:new|designer|expensive|football|rugby|sports?|gym|fishing|camping|school|work|riding|climbing|cycling|ski|kit|safety|protective)\s+$/i;

/**
 * Whether a drug word is the drug: `neighbourAccepted` when it is listed beside a word accepted already, `menu` when
 * a price, a menu or runner talk stands around it.
 */
export function accepted(input: string, hit: Hit, neighbourAccepted: boolean, menu: boolean): boolean {
  const { tier } = hit.entry;
  const next = input.slice(hit.end, hit.end + 20);
  const preceding = input.slice(Math.max(0, hit.start - 40), hit.start);
  // "the paramedic gave Charlie a blanket": a name given something, not a drug given.
  const givenTo = /\b(?:give|gives|gave|giving|hand|hands|handed)\s+$/i.test(preceding) && /^\p{Lu}/u.test(hit.raw);
  // "giving them 'the bud'": with a quote and "the" between, only the word closing the quote ("'the snow globes'" is no
  // drug).
  const quotedThe = /['"‘“]the\s+$/i.test(preceding) && !/^['"’”]/u.test(next);
  // "'you want brown?'": a drug offered in a quoted question, ending with it; not "'you want white or brown bread?'"
  // or a colour of paint.
  const offered =
    OFFER_BEFORE.test(preceding) && OFFER_END.test(next) && !COLOUR_WORK.test(around(input, hit.start, hit.end, 80));
  const dealing = (DEALING_BEFORE.test(preceding) && !givenTo && !quotedThe) || offered;
  if (everydaySense(input, hit.start, hit.end, hit.raw)) return false;
  const named = namedAs(input, hit);
  if (tier === 'always') {
    // "rocks of what he believes is crack in the bin store": a strong frame overrules "crack in".
    if (hit.entry.drug === 'crack' && hit.raw.toLowerCase() === 'crack' && CRACK_NOT_DRUG.test(next)) {
      return (
        dealing ||
        neighbourAccepted ||
        COOKED_BEFORE.test(preceding) ||
        (named === 'strong' && /^\s+(?:in|at|inside|under|behind|from)\b/i.test(next))
      );
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
  // Balloons and canisters bought for a party, a barbecue or a heater: "we bought balloons from the party shop for her
  // birthday" (not "sell balloons at the Freshers party", where the party is where they are sold).
  if (
    /^(?:balloons?|canisters?|cannisters?)$/i.test(hit.raw) &&
    !neighbourAccepted &&
    PARTY_GOODS_NEAR.test(around(input, hit.start, hit.end, 40))
  ) {
    return false;
  }
  if (tier === 'letter' && hit.raw !== hit.raw.toUpperCase()) return false;
  // "Big H", "Lil C": a letter after a nickname's prefix is someone's name.
  if (tier === 'letter' && /\b(?:Big|Lil|Little|Young)[ \t]+$/.test(before(input, hit.start, 8))) return false;
  // "Mandy Cartwright": a drug's name that is a given name, before a surname.
  if (DRUGS_NAMED_AS_PEOPLE.test(hit.raw) && /^\p{Lu}/u.test(hit.raw) && /^[ \t]+\p{Lu}\p{Ll}+/u.test(next)) {
    return false;
  }
  // "The 'K' he kept mentioning was £2k": thousands of pounds, said so near it.
  if (
    /^k$/i.test(hit.raw) &&
    /£\s?\d+(?:\.\d+)?k\b|\b\d+(?:\.\d+)?k\b[^.!?\n]{0,20}\b(?:saved|saving|pounds|quid|cash|car|deposit)\b/i.test(
      around(input, hit.start, hit.end, 80),
    )
  ) {
    return false;
  }
  // "on smoke n pebs": smoke the drug only as a noun closing its phrase, not the verb ("and smoke the spinello").
  if (hit.raw.toLowerCase() === 'smoke' && !/^[ \t]*(?:[,.;:!?)'"’”]|$|(?:n|and|&|or|\+)\b|£|\d)/u.test(next)) {
    return false;
  }
  // "Loud £10", "Loud 🔥 £10" or "loud zips £200" on a menu, or in a list of drugs.
  if (hit.raw.toLowerCase() === 'loud') {
    if (/^\s+(?:zips?|bags?|8ths?|eighths?|oz|ounces?|grams?|g)\b/i.test(next)) return true;
    return neighbourAccepted || PRICE_AFTER.test(next.replace(/^[\s\p{Extended_Pictographic}\u{FE0F}]+/u, ' '));
  }
  // "Za 3.5 £35" on a menu, or in a list of drugs; "I met Za at the bus stop" is a name.
  // Or sold in lower case ("mandem … sellin za to yr 9s"), not "dziękuję za pomoc".
  if (hit.raw.toLowerCase() === 'za') {
    // Or priced before it: "70 for the za its that cali stuff".
    const pricedBefore = /(?:£[ \t]?\d+|\b\d{2,3})[ \t]+(?:for|4)[ \t]+(?:the[ \t]+|da[ \t]+)?$/i.test(
      before(input, hit.start, 16),
    );
    return (
      neighbourAccepted ||
      /^[\s\p{Extended_Pictographic}]*(?:£|\d)/u.test(next) ||
      (dealing && hit.raw === 'za') ||
      pricedBefore
    );
  }
  // Menu words ("light", "pebbles") and the menu letters W and B: a menu or a list with another drug, never a
  // dealing verb alone ("selling light bulbs").
  // "asked if we sold 'bars'": a menu word quoted right after a dealing verb.
  const quotedDealt = dealing && /['"‘“]$/u.test(before(input, hit.start, 2));
  // "the 2 oz of gas", "half a z of za": weighed out, as only a drug is.
  const weighed = WEIGHED_BEFORE.test(before(input, hit.start, 20));
  // "she buys dark every day": a menu word bought or sold, ending its phrase, in a text that describes dealing ("selling
  // light bulbs" goes on to the thing sold).
  const dealtAlone =
    SOLD_OR_BOUGHT_BEFORE.test(before(input, hit.start, 24)) &&
    tier === 'menu' &&
    MENU_WORD_END.test(next) &&
    describesDealing(input) &&
    !LIGHTING_NEAR.test(around(input, hit.start, hit.end, 60));
  if (tier === 'menu' || /^[WB]$/.test(hit.raw)) {
    return neighbourAccepted || menu || quotedDealt || weighed || dealtAlone;
  }
  // "Free pills at the pharmacy with your prescription": free medicine, not a dealer's hook.
  if (
    dealing &&
    /\bfree\s+$/i.test(before(input, hit.start, 12)) &&
    PHARMACY.test(around(input, hit.start, hit.end, 60))
  ) {
    return false;
  }
  // "a little scale and brown on foil": smoked on foil; "the little pieces of foil on the path are 'for the brown'".
  if (
    /^(?:brown|white|dark)$/i.test(hit.raw) &&
    (/^\s+on\s+(?:the\s+|some\s+)?(?:tin\s*)?foil\b(?!\s*(?:trays?|containers?|dish|lids?|wrap))/i.test(
      input.slice(hit.end, hit.end + 40),
    ) ||
      (/\bfoil\b(?!\s*(?:trays?|containers?|dish|lids?|wrap|blanket))/i.test(before(input, hit.start, 80)) &&
        /\bfor\s+(?:the\s+)?["'‘“]?$/i.test(before(input, hit.start, 12))))
  ) {
    return true;
  }
  // "run zips of nugs": an ounce bag of a word no colour or paint shares ("zips of white" may be paint).
  const zipped =
    /\bzips?[ \t]+(?:of[ \t]+)?$/i.test(before(input, hit.start, 10)) && !/^(?:white|brown|green)$/i.test(hit.raw);
  if (dealing || neighbourAccepted || menu || zipped) return true;
  if (
    /^(?:rocks?|stones)$/i.test(hit.raw) &&
    COOKED_UP_BEFORE.test(before(input, hit.start, 60)) &&
    MENU_WORD_END.test(next)
  ) {
    return true;
  }
  // "white for sniffing and ket": a colour said of how it is taken.
  if (/^(?:white|brown|green)$/i.test(hit.raw) && TAKEN_AFTER.test(next)) return true;
  // "selling to other boys the green stuff in small bags": a colour's stuff, sold or bagged earlier in its sentence.
  if (
    /^(?:white|brown|green)$/i.test(hit.raw) &&
    /^[ \t]+stuff\b/i.test(next) &&
    SOLD_IN_SENTENCE.test(sentenceBefore(input, hit.start)) &&
    !COLOUR_WORK.test(around(input, hit.start, hit.end, 80))
  ) {
    return true;
  }
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
  if (/^\p{Lu}/u.test(hit.raw) && /^(?:charlie|mandy|molly|billy)$/i.test(hit.raw)) return false;
  return DRUG_TALK.test(before(input, hit.start, 60)) || DRUG_TALK.test(after(input, hit.end, 60));
}
