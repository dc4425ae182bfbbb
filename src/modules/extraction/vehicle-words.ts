// The words around registration marks that vehicles.ts weighs: what names a vehicle or its plate nearby, and the
// letters and words a mark's parts are not (stickers, checks, text-speak, sections of Acts).

// Letters on a plate that are no part of its mark: countries' stickers, plate kinds, checks, months' abbreviations.
export const NOT_ON_PLATE = new Set(
  'GB UK EU IRL CYM NI ENG SCO PH EV ID PNC HPI ANPR DVLA MOT DWP CSE SEN PIC DOB CID YOT ASB DV AM PM M3 M5'.split(
    ' ',
  ),
);
// Country letters that are also a British mark's first two ("LT" is London's and Lithuania's): a sticker where the
// text speaks of a country or a flag.
export const COUNTRY_LETTERS = new Set('PL LT RO UA DE NL IE FR ES IT D F'.split(' '));
export const COUNTRY_NEAR =
  /\b(?:flag|sticker|foreign|country|european|polish|lithuanian|romanian|ukrainian|german|dutch|irish|french|spanish|italian|poland|lithuania|romania|ukraine|germany|holland|netherlands|ireland|france|spain|italy|left[- ]hand drive)\b/i;

export const WEAK_CONTEXT =
  /\b(?:cars?|reg(?:istration)?s?|plates?|vehicles?|vans?|motors?|motorbikes?|mopeds?|scooters?|taxis?|cabs?|uber|audi|bmw|merc|mercedes|transit|sprinter|golf|corsa|fiesta|polo|clio|ford|vauxhall|vw|toyota|prius|honda|nissan|qashqai|range ?rover|land ?rover|kia|hyundai|peugeot|seat|skoda|mini|jeep|lexus|tesla|hatchback|saloon|estate|suv|4x4|driver|driving|drove|drives|parked|pulls? up|pulled up|vrm|index)\b/;
export const STRONG_CUE =
  /\b(?:reg(?:istration)?(?: (?:no|num|number|plate|mark))?\.?|(?:number |private |personalised |personal )?plates?|vrm|index(?: number)?)\s*(?:is|was|of|[:#-]|number)?\s*[:"'‘“]?\s*$/;
export const ANY_STRONG_CUE = /\b(?:reg|registration|plates?|vrm|index)\b/i;
// Words that sit next to a mark in prose and must not be read as its letters: "reg 1234", "1234 AB on".
export const COMMON_WORDS = new Set(
  (
    'REG NO NR NUM VRM IS WAS THE AND ITS CAR VAN A I AT ON IN OF TO BY MY HIS HER BUT FOR NOW OR IT BE ME HE WE ' +
    'ARE HAS HAD YOU SHE HIM ONE TWO OFF OUT WHO TOO GOT GET SAW SEE NOT ANY ALL YES'
  ).split(' '),
);
export const NOT_PLATE_PARTS = new Set([
  'AMG',
  'TDI',
  'GTI',
  'TSI',
  'CDI',
  'SEL',
  'HDI',
  'CRD',
  'DCI',
  'GTD',
  'RS',
  'ST',
  'GT',
  // model names shaped like the first half of a current mark
  'XC60',
  'CX30',
  'CX60',
  'ID30',
]);

export const PLATE_WORD_BEFORE = /\b(?:reg|registration|plate|number ?plate)\b/i;
// The plate, or the car itself, named right before: "plate ends kvd", "a blacked out merc ends in xlk".
export const PLATE_NAMED_BEFORE =
  /\b(?:reg|registration|plate|number plate|car|van|merc|mercedes|bmw|audi|golf|corsa|fiesta|polo|astra|focus|clio|mini|range rover|rover|jeep|moped|bike)\s*$/i;
// Text-speak and abbreviations that look like the end of a plate: "ffs", "smh", "pls", "ltd", "mph".
export const TEXT_SPEAK = new Set(
  'ffs smh pls plz thx brb tbc tbh ltd mph hmm grr psh shh ngl nvm sth xxx dvd pcs btw wtf wth'.split(' '),
);
// What may follow the letters: the end of what was said, or a hedge ("kvd i think").
export const LETTERS_END = /^(?:[ \t]*(?:[.,!?;)]|$)|[ \t]+(?:i|or|maybe|prob|probs|innit|and|n|lol)\b)/;
export const SECTION_OF_ACT = /^S\d{1,3}(?:MDA|PACE)$/;
