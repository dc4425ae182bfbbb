// Everyday senses of drug words: in one of these contexts the word is not the drug, whatever a menu, a price or
// a dealing verb near it says ("drinking Coke", "Spice Girls", "his hip joint", "Spurs gear", "Calor gas
// bottles", "B&Q", "the music was loud £5 entry"). drugs.ts asks before weighing any other context.
import { GAS_NOT_DRUG, LEXICON } from './drug-lexicon.ts';
import { saidOfAPerson } from './person-asides.ts';
import { DRUGS_NAMED_AS_PEOPLE } from './person-words.ts';
import { before } from './spans.ts';

type Sense = (input: string, start: number, end: number, raw: string) => boolean;

const BODY_BEFORE = /\b(?:hip|knee|ankle|shoulder|elbow|wrist|finger|toe|jaw|his|her|my|painful|swollen|stiff)\s+$/i;
const SOFT_DRINKS =
  /\b(?:pepsi|fanta|sprite|lemonade|cans? of|crates?|fizzy|soft drinks?|red bull|crisps|sweets|pizzas?|fridge|spilt|spilled|spill|drinks|drank|drinking|sip|sipping|jug|pitcher|mouthful|slab|case of|box of|bottles?|cans|cups?|pints?|litres?|half of|gone flat|went flat|harvester|mcdonalds|kfc|teeth)\b/i;
// "a lot of coke about at parties, and not the drink": the writer says which.
const NOT_THE_DRINK = /\bnot (?:the|a) (?:drink|fizzy|pop|soft drink)\b/i;
const GRASS_AS_DRUG =
  /\b(?:bags?|baggies|bag of|wraps?|oz|ounces?|grams?|\d+\s?g|eighths?|henrys?|q|quarter|half|zips?|smoking|smoke|smokes|smoked|selling|sells|sold|dealing|deals|buying|buys|bought|growing|grows|grew)\s+(?:of\s+)?(?:the\s+|some\s+)?$/i;
// Grass of a garden, a pitch or a pet, not a drug's.
const GARDEN_NEAR =
  /\b(?:garden(?:er|ing)?|lawns?|turf|mow(?:ing|er|n)?|cut|cutting|cuttings|trimmings|clippings|hedges?|leaves|verges?|rabbits?|guinea|pets?|hamsters?|seeds?|bark|chippings|pitch|field|gravel|mud|council|contractors?|fed|matting|rockery|half)\b/i;
// A text that speaks of drugs in so many words, where "a bag of grass" is cannabis.
const DRUGS_SAID =
  /\b(?:drugs?|dealing|dealers?|cannabis|weed|skunk|smok(?:e|es|ed|ing)|stoned|high|spliffs?|joints?|zoots?)\b/i;
const BOTTLED_GAS = /\b(?:calor|propane|butane|camping|caravan|patio|heater)\b/i;

/** The text from `chars` before a term to `chars` after it. */
export const around = (input: string, start: number, end: number, chars: number): string =>
  input.slice(Math.max(0, start - chars), end + chars);
const next = (input: string, end: number): string => input.slice(end, end + 20);
// Where clothes are bought: a sports or fashion shop, never a person ("gear from Tyrone" is heroin).
const CLOTHES_SHOP_AFTER =
  /^\s+(?:from|at|in)\s+(?:the\s+(?:shops?|market|sales?|outlet)\b|(?:JD|Primark|TK Maxx|Footasylum|Foot Locker|Sports Direct|Zara|H&M|ASOS|Asos|Boohoo|Schuh|Nike|Adidas|North Face|Flannels|Selfridges)\b|(?:\p{Lu}[\p{L}&']*\s+){1,2}(?:Sports|Direct|Outlet|Store|Stores|Shop|Boutique)\b)/u;

// [the term, as written, and the contexts in which it means something else].
const SENSES: readonly (readonly [RegExp, Sense])[] = [
  // "a can of coke", "drinking Coke", "a Coke and Haribo", "Coke and Pepsi delivered by the crate": the drink.
  [
    /^coke$/i,
    (input, start, end, raw) => {
      const preceding = before(input, start, 16);
      return (
        // "a can of coke", not "bags of coke".
        /(?:can|bottle|glass|diet|drink|drinks|drinking|drank|sipping)\s+$/i.test(preceding) ||
        /\b(?:cans?|bottles?|glass(?:es)?|pints?|cups?|litres?|crates?|packs?|multipacks?|tins?)\s+of\s+$/i.test(
          preceding,
        ) ||
        (raw === 'Coke' && /\b(?:a|an|one|two|orders?|ordered|ordering)\s+$/i.test(preceding)) ||
        (SOFT_DRINKS.test(around(input, start, end, 40)) && !NOT_THE_DRINK.test(around(input, start, end, 60)))
      );
    },
  ],
  // "extra spice", "mild spice", "spice rack": food; "Spice Girls", "Spice Island": a proper noun.
  [
    /^spice$/i,
    (input, start, end, raw) =>
      /\b(?:extra|more|less|mild|hot|some|bit of)\s+$/i.test(before(input, start, 12)) ||
      /^\s+(?:rack|mix|blend|level|jar|cupboard)\b/i.test(next(input, end)) ||
      (raw === 'Spice' && /^[ \t]+\p{Lu}\p{Ll}/u.test(next(input, end))),
  ],
  // "Dairy Milk bars", "chocolate bars … £2 a bar", "cereal bars": sweets; "bars of music", "signal bars", "behind bars".
  [
    /^bars$/i,
    (input, start, end) =>
      /\b(?:chocolate|choc|dairy milk|snickers|mars|twix|kit ?kats?|cereal|protein|granola|flapjacks?|sweets?|crisps|tuck|bake sale|soap|gold|prison|behind|signal|wifi|music|song|rap|rapping|verses?|sixteen|16)\b/i.test(
        around(input, start, end, 40),
      ),
  ],
  // "Coca-Cola", "coca leaves", "coca tea": the drink and the plant.
  [/^coca$/i, (input, start, end) => /^[\s-]*(?:cola|leaf|leaves|tea|plant|plants)\b/i.test(next(input, end))],
  // "The gas bill is £80", "gas £50, electric £60": energy.
  [/^gas$/i, (input, start, end) => GAS_NOT_DRUG.test(around(input, start, end, 40))],
  // "his hip joint", "a joint account": not a spliff.
  [
    /^joints?$/i,
    (input, start, end) =>
      BODY_BEFORE.test(before(input, start, 16)) ||
      /^\s+(?:pain|replacement|account|venture|statement|custody|owners?|problems?)\b/i.test(next(input, end)),
  ],
  // "his Spurs gear", "Nike gear": kit of a team or a brand; "bags of gear from JD Sports": bought at a shop.
  [
    /^gear$/i,
    (input, start, end) =>
      /(?<![.!?]\s*)\b\p{Lu}\p{Ll}+\s+$/u.test(input.slice(Math.max(0, start - 24), start)) ||
      CLOTHES_SHOP_AFTER.test(input.slice(end, end + 40)),
  ],
  // Gas bottles beside a barbecue, a caravan or a heater are gas.
  [
    /^gas bottles?$/i,
    (input, start, end) =>
      GAS_NOT_DRUG.test(around(input, start, end, 40)) || BOTTLED_GAS.test(around(input, start, end, 40)),
  ],
  // "B&Q", "M&S": a shop, not a letter on a menu; "K-pop", "E-numbers": a word.
  [/^[A-Z]$/, (input, _start, end) => /^(?:&\p{Lu}|-\p{L})/u.test(next(input, end))],
  // "give it a crack", "have a crack at it", "a crack round the head": the everyday noun with an article; the drug is
  // a mass noun ("selling crack") or stands before what it names ("a crack house", "a crack pipe").
  [
    /^crack$/i,
    (input, start, end) =>
      /\b(?:a|another|one more)\s+$/i.test(before(input, start, 12)) &&
      !/^\s+(?:house|houses|den|dens|pipes?|users?|addicts?|heads?|dealers?|habit|problem|rocks?|deals?|lines?|cocaine|smokers?|whores?|money|stash|and|&|n)\b/i.test(
        next(input, end),
      ),
  ],
  // "cut the grass", "sitting on the grass", "a grass" (an informer): grass is cannabis only in a bag or a quantity, or
  // sold, bought or smoked ("a bag of grass was on the windowsill", "selling grass").
  [
    /^grass$/i,
    (input, start, end) =>
      !GRASS_AS_DRUG.test(before(input, start, 30)) ||
      /^[ \t-]+(?:cuttings?|clippings?|seeds?|verges?|area|bank|pitch|court|cutter|mower|snake|stains?|roots?|fire|fed|turf|matting|trimmings?)\b/i.test(
        next(input, end),
      ) ||
      GARDEN_NEAR.test(around(input, start, end, 50)) ||
      !DRUGS_SAID.test(input),
  ],
  // "a brown North Face jacket", "his white Audi": a colour after an article and before a brand or a make, not a drug
  // ("selling white Monday to Friday", "white Peruvian £80" and "white Charlie" are).
  [
    /^(?:white|brown|green)$/i,
    (input, start, end) => {
      const word = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(next(input, end))?.[1];
      return (
        word !== undefined &&
        !LEXICON.has(word.toLowerCase()) &&
        /\b(?:a|an|the|his|her|their|my|your|our|new|old|same)[ \t]+$/i.test(before(input, start, 8))
      );
    },
  ],
  // "that party was nangs", "ur trainers are nangs bro": London slang for good, not nitrous canisters.
  [
    /^nangs$/i,
    (input, start) =>
      /(?:\b(?:is|are|was|were|proper|well|so|bare|dead|too)|['’]s)[ \t]+$/i.test(before(input, start, 10)),
  ],
  // "drove off at some speed", "at high speed": a car's speed.
  [
    /^speed$/i,
    (input, start) =>
      /\b(?:drove|drive|drives|driving|driven|went|going|goes|came|coming|rode|riding|ran|running|sped|speeding|flew|off|past|away|along|round)\b[^.!?\n]{0,15}\bat[ \t]+(?:some|high|great|full|top|a|the|such|breakneck)?[ \t]*$/i.test(
        before(input, start, 40),
      ),
  ],
  // "asking for charlie, which is the bloke who used to live there", "molly moved out": a person named.
  [DRUGS_NAMED_AS_PEOPLE, (input, start, end) => saidOfAPerson(input, start, end)],
  // "music so loud … £120 for earplugs", "the music was loud £5 entry": noise.
  [
    /^loud$/i,
    (input, start) =>
      /\b(?:was|is|are|were|so|too|very|really|quite|bit|got|getting|music|noise)\s+$/i.test(before(input, start, 16)),
  ],
];

/** Whether the term at start–end is used in an everyday sense there. */
export function everydaySense(input: string, start: number, end: number, raw: string): boolean {
  return SENSES.some(([term, sense]) => term.test(raw) && sense(input, start, end, raw));
}
