// Street terms for drugs and how much context each needs before we believe it means the drug.
//   always  – unambiguous in a report ("heroin", "ket", "xanax")
//   context – needs drug talk nearby ("charlie", "sniff", "mandy")
//   strict  – everyday words ("white", "green", "rock", "pills") needing a dealing verb or quantity right before,
//             or a list with another drug ("weed and pills")
//   letter  – single capitals C, H, K, E, treated like strict words
export const DRUG_NAMES = [
  'cocaine',
  'crack',
  'heroin',
  'cannabis',
  'ketamine',
  'mdma',
  'amphetamine',
  'spice',
  'nitrous oxide',
  'methadone',
  'benzodiazepines',
] as const;
export type DrugName = (typeof DRUG_NAMES)[number];

export type Tier = 'always' | 'context' | 'strict' | 'letter';
export type LexiconEntry = { readonly drug: DrugName; readonly tier: Tier };

const ENTRIES: readonly [DrugName, Tier, string][] = [
  ['cocaine', 'always', 'cocaine coke'],
  ['cocaine', 'context', 'charlie sniff'],
  ['cocaine', 'strict', 'white powder snow'],
  ['cocaine', 'letter', 'C'],
  ['crack', 'always', 'crack|crack cocaine|crack rock|crack rocks'],
  ['crack', 'strict', 'rock rocks stones'],
  ['heroin', 'always', 'heroin smack skag scag'],
  ['heroin', 'strict', 'brown gear'],
  ['heroin', 'letter', 'H'],
  ['cannabis', 'always', 'cannabis weed skunk hash hashish marijuana ganja zoot zoots spliff spliffs'],
  ['cannabis', 'context', 'joint joints'],
  ['cannabis', 'strict', 'green bud buds draw'],
  ['ketamine', 'always', 'ketamine ket|special k|special K'],
  ['ketamine', 'letter', 'K'],
  ['mdma', 'always', 'mdma ecstasy'],
  ['mdma', 'context', 'mandy molly mollies'],
  ['mdma', 'strict', 'pills'],
  ['mdma', 'letter', 'E'],
  ['amphetamine', 'always', 'amphetamine amphetamines amphet amph whizz whiz'],
  ['amphetamine', 'strict', 'speed'],
  ['spice', 'always', 'spice mamba|synthetic cannabinoid|synthetic cannabinoids'],
  [
    'nitrous oxide',
    'always',
    'nitrous noz|nitrous oxide|laughing gas|hippy crack|nos canisters|nos balloons|noz canisters|noz balloons',
  ],
  ['nitrous oxide', 'context', 'nos'],
  ['nitrous oxide', 'strict', 'balloons canisters cannisters'],
  ['methadone', 'always', "methadone methadon meth'done meth’done"],
  [
    'benzodiazepines',
    'always',
    'benzos benzo benzodiazepine benzodiazepines xanax xans valium vallies diazepam etizolam',
  ],
];

// term (lower-case, except the single letters) → entry. Multi-word terms are separated by "|" above.
export const LEXICON: ReadonlyMap<string, LexiconEntry> = new Map(
  ENTRIES.flatMap(([drug, tier, terms]) =>
    terms
      .split('|')
      .flatMap((chunk, i) => (i === 0 ? chunk.split(' ') : [chunk]))
      .map((term): [string, LexiconEntry] => [tier === 'letter' ? term : term.toLowerCase(), { drug, tier }]),
  ),
);

// One regex finding every term, longest first, on word boundaries.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{L}['’])(${[...LEXICON.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}]|['’]\\p{L})`,
  'giu',
);

// A dealing verb or quantity right before a term: "selling white", "£20 of brown", "bag of H", "on E".
export const DEALING_BEFORE =
  /(?:(?<![\w£])(?:sell|sells|selling|sold|deal|deals|dealing|dealt|buy|buys|buying|bought|score|scoring|scored|supply|supplying|supplies|pushing|shotting|smoke|smokes|smoking|smoked|snort|snorting|snorted|inject|injecting|doing|on|takes|taking|took|offer|offers|offering|offered)\s+(?:(?:some|the|a|any|more|his|her|their)\s+)?|(?<![\w£])(?:some|bags?|wraps?|baggies|grams?|\d+g|£\s?\d+|ounces?|oz|half|quarter|eighth|loads?|lots?|stash|deals?|bits|score)\s+(?:of\s+)?|(?<![\w£])(?:got|get|getting|want|wants|wanted|need|needs|has|have|had)\s+(?:any|some)\s+)['"‘“]?$/i;

// A price straight after a term, as in a menu: "white 80, brown 10", "weed £10".
export const PRICE_AFTER =
  /^\s*[:=-]?\s*(£?)\d{1,3}(?!\d|[:.]\d|\s*(?:years?|yrs?|y\/?o|mins?|minutes?|hours?|hrs?|%|am|pm|mph|miles|ish|s\b))/i;

// Drug talk within a window: for "context" terms.
export const DRUG_TALK =
  /\b(?:drugs?|deal(?:s|er|ers|ing)?|sell(?:s|ing)?|sold|buy(?:ing)?|bought|scor(?:e|ing)|bags?|wraps?|baggies|grams?|\d+g|ounces?|stash|supply(?:ing)?|smok(?:e|ing|ed)|snort(?:ing|ed)?|sniffing|lines?|trap|cuckoo\w*|runners?|high|stoned|wasted|mashed|off (?:his|her|their) (?:face|head)|users?|using|dealer|batch|menu|drops?)\b|£\s?\d+|\b\d\s?for\s?£?\d+/i;

// Nouns that turn a colour or everyday word back into plain English: "white van", "green space".
export const BLOCKING_NEXT =
  /^[\s-]+(?:vans?|cars?|transit|bmw|audi|merc|mercedes|golf|corsa|male|males|man|men|woman|women|lads?|guy|boys?|girls?|females?|person|people|hoodie|hoody|jacket|coat|top|trainers|cap|hat|shirt|t-?shirt|jeans|joggers|trackies|tracksuit|bags?|door|gate|house|fence|hair|skin|eyes|paint|bins?|walls?|sign|bikes?|scooter|moped|lights?|envelope|box|space|area|grass|belt|dog|cat|shoes|boots|range|rover|ford|vauxhall|toyota|fiat|bumps?|humps?|cameras?|limits?|traps?|boats?|photos?|pics?|pictures?|film|movie|tv|stripes?|checks?)\b/i;

// "a crack in the wall", "crack of dawn", "crack on".
export const CRACK_NOT_DRUG = /^\s+(?:in|of|on|down|at|open|through|between|up|appeared|runs?|running)\b/i;
