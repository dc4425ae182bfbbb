// The drug vocabulary: street terms, the canonical drug each means, its class under the Misuse of Drugs Act 1971,
// how much context a term needs, and where the term comes from. Data only; drug-lexicon.ts builds the matcher.
//
// Sources (cited by name; no text copied):
//   FRANK    – Talk to FRANK, "Drugs A to Z" pages (UK government drug advice service): the "also called" slang of
//              each drug.
//   MDA      – Misuse of Drugs Act 1971, Schedule 2 (classes A, B, C); nitrous oxide became Class C by the Misuse of
//              Drugs Act 1971 (Amendment) Order 2023.
//   NCA      – National Crime Agency, "County Lines Drug Supply, Vulnerability and Harm" (national briefing, 2018)
//              and later county lines assessments: lines sell crack and heroin together, advertised to users by
//              bulk "menu" texts.
//   HO       – Home Office, "Criminal exploitation of children and vulnerable adults: county lines" guidance.
//   PRACTICE – deal-line menu shorthand seen in reports and practitioner training (w/b, light/dark, pebbles,
//              shards), only taken in a menu context as no primary public glossary lists them; and street terms
//              heard in the same training ("pingers", "cali"), which need drug talk nearby.
//
// Tiers (how much context a term needs before it is believed to mean the drug):
//   always  – unambiguous in a report ("heroin", "ket", "xanax")
//   context – needs drug talk nearby ("charlie", "sniff", "mandy")
//   strict  – everyday words ("white", "green", "rock", "pills") needing a dealing verb or quantity right before,
//             a price or menu around them, or a list with another drug ("weed and pills")
//   menu    – words that are drugs only on a deal-line menu ("light", "dark", "pebbles", "shards"): a price or
//             menu signal around them, or a list with another drug; a dealing verb alone is not enough
//             ("selling light bulbs")
//   letter  – single capitals C, H, K, E (and W, B on a menu), treated like strict words
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
export type DrugClass = 'A' | 'B' | 'C';

/** Class under the Misuse of Drugs Act 1971 (MDA). Benzodiazepines: most are Class C (etizolam included). */
export const DRUG_CLASS: Readonly<Record<DrugName, DrugClass>> = {
  cocaine: 'A',
  crack: 'A',
  heroin: 'A',
  mdma: 'A',
  methadone: 'A',
  cannabis: 'B',
  ketamine: 'B',
  amphetamine: 'B',
  spice: 'B',
  'nitrous oxide': 'C',
  benzodiazepines: 'C',
};

export type Tier = 'always' | 'context' | 'strict' | 'menu' | 'letter';
export type Source = 'FRANK' | 'MDA' | 'NCA' | 'HO' | 'PRACTICE' | 'MISSPELLING';

/** [drug, tier, terms, sources]. Terms are space-separated; multi-word terms are separated by "|". */
export const VOCABULARY: readonly (readonly [DrugName, Tier, string, readonly Source[]])[] = [
  ['cocaine', 'always', 'cocaine coke', ['FRANK']],
  ['cocaine', 'context', 'charlie sniff', ['FRANK', 'PRACTICE']],
  ['cocaine', 'context', 'bugle', ['PRACTICE']],
  // "Chaz", "charz": charlie shortened, on a menu only ("CHAZ 40"); Chaz is a given name too.
  ['cocaine', 'menu', 'chaz charz', ['PRACTICE']],
  // "Flake", "fishscale": cocaine sold as pure, "Peruvian flake 1g – £80"; flake is a chocolate too, so on a menu only.
  ['cocaine', 'menu', 'flake', ['PRACTICE']],
  ['cocaine', 'always', 'fishscale|fish scale', ['PRACTICE']],
  // "Ching": cocaine in British slang ("does 'ching and ket'"); a till's sound too, so with drug talk near.
  ['cocaine', 'context', 'ching', ['PRACTICE']],
  ['cocaine', 'always', 'cokain cocain cokaine', ['MISSPELLING']],
  // As written by people whose first language spells it so (Polish, Spanish, Portuguese, Italian).
  ['cocaine', 'always', 'kokaina kokainy cocaína', ['MISSPELLING']],
  ['cocaine', 'always', 'cocaina', ['MISSPELLING']],
  // Spanish "perico" (cocaine in Spain and Colombia); a parakeet too, so with drug talk near.
  ['cocaine', 'context', 'perico', ['PRACTICE']],
  // Spanish and Portuguese "coca" ("sell coca and maría"); never the drink or the leaf (drug-senses.ts).
  ['cocaine', 'context', 'coca', ['MISSPELLING']],
  ['cocaine', 'strict', 'white powder snow', ['FRANK']],
  ['cocaine', 'letter', 'C', ['FRANK']],
  ['crack', 'always', 'crack|crack cocaine|crack rock|crack rocks', ['FRANK', 'NCA']],
  ['crack', 'always', 'crak', ['MISSPELLING']],
  ['crack', 'strict', 'rock rocks stones', ['FRANK']],
  ['crack', 'strict', 'roks rox', ['MISSPELLING']],
  ['crack', 'context', 'freebase|white rock|white rocks', ['FRANK']],
  ['crack', 'menu', 'light pebbles shards', ['PRACTICE']],
  // As a menu spells them short: "PEBZ 2 FOR 25", "pebs".
  ['crack', 'menu', 'pebz pebs', ['PRACTICE', 'MISSPELLING']],
  ['crack', 'letter', 'W', ['NCA', 'PRACTICE']],
  ['heroin', 'always', 'heroin smack skag scag', ['FRANK']],
  ['heroin', 'strict', 'brown gear', ['FRANK', 'NCA']],
  ['heroin', 'menu', 'dark darks', ['PRACTICE']],
  ['heroin', 'context', 'heroine|brown powder|brown powders', ['MISSPELLING', 'PRACTICE']],
  ['heroin', 'always', 'herion herroin smak eroin', ['MISSPELLING']],
  ['heroin', 'always', 'heroina heroiny heroína', ['MISSPELLING']],
  // A user named by the drug ("all the smackheads round here") says which drug is sold.
  ['heroin', 'always', 'smackhead smackheads', ['PRACTICE']],
  ['heroin', 'letter', 'H', ['FRANK']],
  ['heroin', 'letter', 'B', ['NCA', 'PRACTICE']],
  ['cannabis', 'always', 'cannabis weed skunk hash hashish marijuana ganja zoot zoots spliff spliffs', ['FRANK']],
  ['cannabis', 'context', 'joint joints cali haze', ['FRANK', 'PRACTICE']],
  // "Bifter": a joint, in Liverpool and the North West; no everyday sense.
  ['cannabis', 'always', 'bifter bifters bifta biftas', ['PRACTICE']],
  // Strains sold by name on a menu ("🍀 amnesia", "Gelato 3.5"); each an everyday word too.
  ['cannabis', 'menu', 'amnesia gelato|white widow|gorilla glue|blue cheese', ['PRACTICE']],
  // "Nugs": buds of herbal cannabis, in a quantity or sold ("zips of nugs"); chicken nuggets too.
  ['cannabis', 'strict', 'nugs', ['PRACTICE']],
  // German "Gras" (herbal cannabis), as a German writer spells it ("sell 'Gras' and 'Pep'").
  ['cannabis', 'strict', 'gras', ['MISSPELLING']],
  ['cannabis', 'always', 'kush zaza thc', ['PRACTICE', 'MDA']],
  // "Za", short for zaza, on a menu only.
  ['cannabis', 'menu', 'za', ['PRACTICE']],
  ['cannabis', 'always', 'marihuana marihuany', ['MISSPELLING']],
  // Portuguese "maconha"; "charas", hashish in Hindi and Urdu.
  ['cannabis', 'always', 'maconha charas', ['MISSPELLING']],
  // Turkish "esrar"; "Indian hemp", as Nigerian English names cannabis; Spanish "hierba" (grass) sold or smoked.
  ['cannabis', 'always', 'esrar|indian hemp', ['MISSPELLING', 'PRACTICE']],
  ['cannabis', 'strict', 'hierba', ['MISSPELLING']],
  // "Smoke": herbal cannabis in runners' talk ("got the whole ends on smoke n pebs"), only listed with another drug or
  // on a menu.
  ['cannabis', 'menu', 'smoke', ['PRACTICE']],
  // "Gas": strong herbal cannabis on a menu; "gas canisters" are nitrous oxide (below).
  ['cannabis', 'menu', 'gas', ['PRACTICE']],
  // "Loud": strong-smelling herbal cannabis, on a menu only.
  ['cannabis', 'menu', 'loud', ['PRACTICE']],
  ['cannabis', 'always', 'canabis cannabiss cannibis canabis', ['MISSPELLING']],
  ['cannabis', 'always', 'wackybaccy|wacky baccy|wacky backy|wacky-baccy', ['FRANK']],
  // A nine bar: nine ounces of cannabis resin or herbal, a wholesale quantity.
  ['cannabis', 'always', '9bar|9 bar|9 bars|nine bar|nine bars', ['PRACTICE']],
  ['cannabis', 'strict', 'green bud buds draw', ['FRANK']],
  // Grass: herbal cannabis, only in a bag or a quantity, or sold or smoked (drug-senses.ts); "a grass" informs.
  ['cannabis', 'strict', 'grass', ['FRANK']],
  ['ketamine', 'always', 'ketamine ket|special k|special K', ['FRANK']],
  ['ketamine', 'letter', 'K', ['FRANK']],
  ['ketamine', 'always', 'ketamin ketamene katamine', ['MISSPELLING']],
  ['mdma', 'always', 'mdma ecstasy', ['FRANK']],
  ['mdma', 'always', 'extacy ecstacy exstacy extasis éxtasis', ['MISSPELLING']],
  ['mdma', 'context', 'mandy molly mollies', ['FRANK']],
  ['mdma', 'context', 'pingers pinger', ['PRACTICE']],
  // "Yokes": ecstasy pills in Irish slang ("selling yokes and bags of coke"); "yoke" alone is any thing.
  ['mdma', 'context', 'yokes', ['PRACTICE']],
  // Ecstasy pills named after the logo stamped on them.
  ['mdma', 'always', 'mitsis mitsi mitsubishis', ['PRACTICE']],
  ['mdma', 'strict', 'pills pilz', ['FRANK', 'MISSPELLING']],
  ['mdma', 'letter', 'E', ['FRANK']],
  // "40 Es": ecstasy pills counted (drugs.ts asks for the count and a text about drugs).
  ['mdma', 'letter', 'Es', ['FRANK']],
  ['mdma', 'menu', 'md', ['FRANK', 'PRACTICE']],
  ['amphetamine', 'always', 'amphetamine amphetamines amphet amph whizz whiz', ['FRANK']],
  ['amphetamine', 'strict', 'speed', ['FRANK']],
  // "Billy" (Billy Whizz): amphetamine, with drug talk near; a given name too (person-words.ts DRUGS_NAMED_AS_PEOPLE).
  ['amphetamine', 'context', 'billy', ['FRANK', 'PRACTICE']],
  // German "Pep" (amphetamine), as a German writer names it; a pep talk is no drug, so only sold or listed.
  ['amphetamine', 'strict', 'pep', ['MISSPELLING']],
  ['amphetamine', 'always', 'amphetamin amfetamine amfetamina', ['MISSPELLING']],
  ['spice', 'always', 'spice mamba|synthetic cannabinoid|synthetic cannabinoids', ['FRANK']],
  [
    'nitrous oxide',
    'always',
    'nitrous noz whippets|nitrous oxide|laughing gas|hippy crack|nos canisters|nos balloons|noz canisters|noz balloons|' +
      'nos cylinders|nos cylinder|nos bottles|nos canister|noz canister|nos balloon|nos bottle|nos tank|nos tanks|silver canisters|silver cannisters|silver canister|silver bullets|nitrous canisters|silver gas canisters|silver gas cannisters',
    ['FRANK', 'MDA'],
  ],
  [
    'nitrous oxide',
    'context',
    'nos|gas canisters|gas cannisters|gas bottle|gas bottles|silver bottle|silver bottles',
    ['FRANK'],
  ],
  // "Nangs": nitrous canisters in Australian and now British slang; "nang" alone is London slang for good.
  ['nitrous oxide', 'always', 'nangs', ['PRACTICE']],
  // Brands of large nitrous cylinders sold for catering and bought for balloons.
  ['nitrous oxide', 'always', 'smartwhip smartwhips|fast gas|fastgas|smart whip|smart whips', ['PRACTICE']],
  // Cream chargers ("bulbs") on a menu.
  ['nitrous oxide', 'menu', 'bulbs', ['PRACTICE']],
  ['nitrous oxide', 'strict', 'balloons canisters cannisters', ['FRANK']],
  ['methadone', 'always', "methadone methadon meth'done meth’done", ['FRANK']],
  [
    'benzodiazepines',
    'always',
    'benzos benzo benzodiazepine benzodiazepines xanax xans xannies xanny zannies valium vallies diazepam etizolam',
    ['FRANK'],
  ],
  ['benzodiazepines', 'context', 'blues vals', ['FRANK', 'PRACTICE']],
  // "Jellies": temazepam capsules, in Scotland above all; sweets too, so only with drug talk near.
  ['benzodiazepines', 'context', 'jellies', ['FRANK', 'PRACTICE']],
  ['benzodiazepines', 'always', 'xanex zanax diazapam', ['MISSPELLING']],
  ['benzodiazepines', 'menu', 'bars', ['PRACTICE']],
];
