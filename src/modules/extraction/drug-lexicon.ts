// The drug matcher built from the vocabulary (drug-vocabulary.ts: terms, canonical drug, class, tier, sources),
// and the context tests that decide whether an everyday word means the drug.
import { DRUG_CLASS, VOCABULARY, type DrugName, type Tier } from './drug-vocabulary.ts';
import type { DrugEntity } from './types.ts';

export { DRUG_CLASS, DRUG_NAMES, type DrugClass, type DrugName, type Tier } from './drug-vocabulary.ts';

export type LexiconEntry = { readonly drug: DrugName; readonly tier: Tier };
const ENTRIES = VOCABULARY;

// term (lower-case, except the single letters) → entry. Multi-word terms are separated by "|" above.
export const LEXICON: ReadonlyMap<string, LexiconEntry> = new Map(
  ENTRIES.flatMap(([drug, tier, terms]) =>
    terms
      .split('|')
      .flatMap((chunk, i) => (i === 0 ? chunk.split(' ') : [chunk]))
      .map((term): [string, LexiconEntry] => [tier === 'letter' ? term : term.toLowerCase(), { drug, tier }]),
  ),
);

/** The entry of a term as the pattern found it: letters ("B", "W") only in their case, words in any. */
export function lexiconEntry(raw: string): LexiconEntry | undefined {
  const exact = LEXICON.get(raw);
  if (exact !== undefined) return exact;
  const entry = LEXICON.get(raw.toLowerCase().replace(/\s+/g, ' '));
  return entry?.tier === 'letter' ? undefined : entry;
}

// One regex finding every term, longest first, on word boundaries.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{L}['’])(${[...LEXICON.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}]|['’](?![sS](?![\\p{L}\\p{N}]))\\p{L})`,
  'giu',
);

// A dealing verb or quantity right before a term: "selling white", "£20 of brown", "bag of H", "on E".
export const DEALING_BEFORE =
  /(?:(?<![\w£])(?:sell|sells|selling|sellin|sellz|sold|deal|deals|dealing|dealin|dealt|re-up|reup|re up|restock|buy|buys|buying|buyin|bought|score|scoring|scored|supply|supplying|supplies|pushing|shotting|shottin|cook up|cooks up|cooking up|cookin up|cooked up|smoke|smokes|smoking|smokin|smoked|snort|snorting|snorted|inject|injecting|doing|using|takes|taking|took|carry|carries|carried|carrying|offer|offers|offering|offered|give|gives|gave|giving|front|fronts|fronted|fronting|bagging up|bagged up|bags up|weighing out|weighing up|weighed out|cutting up)['’]?\s+(?:(?:people|kids|customers|everyone|him|her|them|me|us|you)\s+)?(?:(?:some|sum|the|a|any|more|his|her|their|them)\s+)?(?:['"‘“](?:the\s+)?)?|(?<![\w£])on\s+|(?<![\w£])sort(?:s|ed|ing)?\s+(?:me|him|her|them|us|you|u)\s+(?:out\s+)?(?:some\s+|a\s+bit\s+of\s+)?|(?<![\w£])(?:back|hooked|addicted)\s+on\s+the\s+|(?<![\w£])(?:smell|smells|smelled|smelt|smelling)\s+(?:of|like)\s+(?:the\s+)?|(?<![\w£])(?:some|free|(?:shoe)?box(?:es)?|tins?|jars?|tubs?|bags?|wraps?|baggies|balloons?|canisters?|cannisters?|grams?|\d+\s?g|£\s?\d+|ounces?|oz|half|quarter|eighth|loads?|lots?|stash|deals?|bits|score|batch|batches|tabs?|lumps?|blocks?|bricks?|packs?|z|zs|zed)\s+(?:(?:full\s+)?(?:of|o)\s+)?|(?<![\w£])(?<!to the )(?:nines|henrys?)\s+of\s+|(?<![\w£])(?:got|get|getting|want|wants|wanted|need|needs|has|have|had)\s+(?:any|some)\s+|(?<![\w£])(?:hmu|hit me up|hit me|dm me|dm|msg me|message me|link me|holla at me|text me)\s+for\s+|(?<![\w£])(?:offer|offers|offered|offering|want|wants|wanted|sell|sells|selling|sold|gave|give|giving|buy|bought|need|needs)\b[^.!?\n]{0,24}?['"‘“]a (?:little )?bit of\s+)['"‘“]?$/i;

// A price straight after a term, as in a menu: "white 80, brown 10", "weed £10".
export const PRICE_AFTER =
  /^\s*[:=-]?\s*(£?)\d{1,3}(?!\d|[:.]\d|\s*(?:years?|yrs?|y\/?o|mins?|minutes?|hours?|hrs?|%|am|pm|mph|miles|ish|s\b))/i;

// Drug talk within a window: for "context" terms.
export const DRUG_TALK =
  /\b(?:drugs?|deal(?:s|er|ers|ing)?|sell(?:s|ing)?|sold|buy(?:ing)?|bought|scor(?:e|ing)|bags?|wraps?|baggies|grams?|\d+g|ounces?|stash|supply(?:ing)?|smok(?:e|ing|ed)|snort(?:ing|ed)?|sniffing|lines?|trap|cuckoo\w*|runners?|high|stoned|wasted|mashed|off (?:his|her|their) (?:face|head)|users?|using|dealer|batch|menu|drops?|prices?|on foil)\b|£\s?\d+|\b\d\s?for\s?£?\d+/i;

// Colours of paint, cloth or a kit: "'can you bring the brown and the white'. We were painting the fence".
export const COLOUR_WORK =
  /\b(?:paint\w*|decorat\w*|colou?rs?|wallpaper|fabric|wool|yarn|kits?|bibs|shirts?|washing|laundry|dyes?)\b/i;

// Nouns that turn a colour or everyday word back into plain English: "white van", "green space".
export const BLOCKING_NEXT =
  /^[\s-]+(?:vans?|cars?|transit|bmw|audi|merc|mercedes|golf|corsa|male|males|man|men|woman|women|lads?|guy|boys?|girls?|kids?|teens?|teenagers?|youths?|bloke|fella|geezer|lady|ladies|females?|person|people|hoodie|hoody|jacket|coat|top|trainers|cap|hat|shirt|t-?shirt|jeans|joggers|trackies|tracksuit|bags?|door|gate|house|fence|hair|skin|eyes|paint|bins?|walls?|sign|bikes?|scooter|moped|lights?|envelope|box(?!\s+of\s+\d)|space|area|grass|belt|dog|cat|shoes|boots|range|rover|ford|vauxhall|toyota|fiat|citroen|peugeot|renault|nissan|kia|hyundai|skoda|seat|vw|volkswagen|honda|volvo|tesla|mini|jeep|lexus|berlingo|transit|bumps?|humps?|cameras?|limits?|traps?|boats?|photos?|pics?|pictures?|film|movie|tv|stripes?|checks?|bulbs?|noise|shirts?|bins?|clothes|clothing|roasts?|rums?|chocolates?|modes?|themes?|shades?|colou?rs?|blue|grey|gray|pink|purple|wood|wooden|hot|rye|bread|spirit|prints?|beers?|ales?|meat|tones?|fabrics?|paper|rum|wine|dye|patch|patches|hoodies|sauce|bottles?|bread|loaf|loaves|cakes?|buns?|talks?|collars?|leads?|pills?|tablets?|eggs?|sugar|rice|cards?|pens?|pencils?|crayons?|stickers?|folders?|tiles?|sheets?|towels?|socks?|cups?|mugs?|coffees?|teas?)\b/i;

// "a crack in the wall", "crack of dawn", "crack on".
export const CRACK_NOT_DRUG =
  /^\s+(?:(?:right|straight|all the way)\s+)?(?:in|of|on|down|at|open|through|between|up|across|along|appeared|runs?|running)\b/i;

// "The gas bill is £80", "gas £50, electric £60": gas as energy within a window around it, never the drug,
// whatever prices are near.
// Balloons and canisters of a party, a barbecue, a heater or a game.
// "'they only do the light' when I asked about his electric", "buys dark roast": light and dark said of lighting,
// paint, coffee or beer.
export const LIGHTING_NEAR =
  /\b(?:electric\w*|meter|bulbs?|switch(?:es)?|lamps?|fuse|power|bills?|curtains?|paint|colours?|roast|coffee|beer|ale)\b/i;
// "coke's 60, weed's a score": a price said of the drug after "'s", where "'s" is no possessive.
export const PRICED_IS = /^['’]s[ \t]+(?:£?\d|a[ \t]+(?:score|tenner|pony|bag))/i;
// "ket shards", "MD shards": crystals of the drug just named, not crack's shards.
export const NAMED_BEFORE_SHARDS = /\b(?:ket|k|ketamine|md|mdma|meth)[ \t]+$/i;
// Nitrous oxide's own words and containers, near "bulbs" or "gas" said of it.
export const NITROUS_NEAR = /🎈|\b(?:balloons?|nos|noz|nitrous|cream chargers?|canisters?|cannisters?|whippets?)\b/iu;
export const NOT_NITROUS_NEAR =
  /\b(?:helium|party|parties|birthday|wedding|fete|fête|decorations?|water|bbq|barbecue|propane|butane|calor|camping|heater|stove|paint|spray|window|nursery|cafe|café)\b/i;
export const GAS_NOT_DRUG =
  /\b(?:bills?|meters?|electric|electricity|energy|boilers?|cookers?|hobs?|heating|leaks?|engineers?|supplier|top[ -]?up|station|mask|fire)\b/i;

// Signs that a text is a deal-line menu or price list, within a window around a term: prices ("£10", "2 for 25",
// "50 a g", "10s and 20s"), an order cue with a number ("text 07700…", "link me O77OO…", a letter O for a zero
// as adverts write it) or an advert's opening ("fresh drop", "new batch"). "all day" or "available" alone are
// everyday English and do not count.
export const MENU_CONTEXT =
  /£\s?\d|\b(?:one|two|three|four|five|\d)\s?(?:for|4)\s?(?:ten|fifteen|twenty|twenty[- ]?five|thirty|forty|fifty|hundred)\b|\b\d+\s?(?:for|4|x)\s?£?\d{2}\b|\b\d{1,3}\s?(?:a|per|\/)\s?(?:g|gram|bag|point|pt|q)\b|\b\d{1,3}s (?:and|&|n) \d{1,3}s\b|\b(?:text|txt|ring|call|msg|hmu|bell|whatsapp|link me)\b[^.!?\n]{0,25}\b[0O]?7[\dO]{3}|\b(?:menus?|bbm|line open|line back on|fast drops|drops? (?:all day|24\/7)|(?:fresh|new) (?:drop|ting)|drop today|prices? (?:for|of)|(?:good|best|cheap|decent|sweet) prices? on|dm (?:for|4) (?:addy|menu|prices?|deets))\b|\b(?:flyers?|stickers?|adverts?|advertis(?:e|es|ed|ing))\b[^.!?\n]{0,40}?['"‘“]/i;

/** A drug mention with its class, from the text that names it and where it starts. */
export const drugEntity = (name: DrugName, text: string, start: number): DrugEntity => ({
  name,
  drugClass: DRUG_CLASS[name],
  text,
  start,
  end: start + text.length,
});
