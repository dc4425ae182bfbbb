// Signs that a child may be being criminally exploited (Home Office county-lines indicator list), as a controlled
// vocabulary. Each hit keeps the phrase that triggered it, so an officer can see why it was flagged.
import { matchAll, sentenceAround } from './spans.ts';
import type { ChildIndicatorEntity } from './types.ts';

export const CHILD_INDICATORS = [
  { code: 'child_mentioned_age_under_18', label: 'A person is described as under 18 (an age is given)' },
  { code: 'school_uniform', label: 'Someone involved was in school uniform' },
  { code: 'school_age_term', label: 'Someone involved is described as a child, teenager or school pupil' },
  { code: 'missing_from_home', label: 'Missing from home or care, or staying out for long periods' },
  { code: 'missing_from_school', label: 'Missing from school or not attending' },
  { code: 'unexplained_money_or_gifts', label: 'Unexplained money, clothes, phones or other gifts' },
  { code: 'older_associates', label: 'Associating with older people or controlling adults' },
  { code: 'travel_out_of_area', label: 'Travelling to or from another area (e.g. from London, "going country")' },
  { code: 'carrying_drugs_or_cash', label: 'Carrying or handing over drugs, cash or packages' },
  { code: 'injuries_unexplained', label: 'Injuries such as bruises, cuts or black eyes' },
  { code: 'multiple_phones', label: 'More than one phone, SIM card or a "burner"' },
  { code: 'coercion_or_threats', label: 'Threatened, forced, in debt to or controlled by others' },
  { code: 'dealing_or_running', label: 'Selling, delivering or running drugs for others' },
] as const;
export type ChildIndicatorCode = (typeof CHILD_INDICATORS)[number]['code'];

type Rule = {
  readonly code: ChildIndicatorCode;
  readonly pattern: RegExp;
  readonly accept?: (m: RegExpMatchArray, input: string) => boolean;
};

// Every pattern starts with a letter or digit, so \\b is a cheaper start test than a Unicode look-behind.
const w = (body: string): RegExp => new RegExp(`\\b(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
const PERSON =
  /\b(?:kids?|child|children|boys?|girls?|lads?|teen\w*|youngsters?|youths?|he|she|they|him|her|them|son|daughter|pupils?)\b/i;
const NOT_AGE_UNIT =
  /^\s*(?:-?\s*)?(?:[:.]\d|pm|am|%|mins?|minutes?|hours?|hrs?|people|cars?|times|quid|pounds|grand|k\b|miles?|mph|yards?|metres?|m\b|feet|ft|houses?|doors?|flats?|seconds?|secs?|days?|weeks?|months?|years? (?:ago|later)|of\b|or so people|\/|o['’]?clock|at\b|in the\b|on\b|tonight|this\b|last\b|every\b|each\b|a\b|an\b|quid|p\b)/i;
const UNEXPLAINED =
  /unexplain|can'?t explain|cannot explain|no (?:idea|explanation)|nobody (?:knows|can)|no one knows|out of nowhere|where (?:he|she|they)(?:'s| is| are)? (?:got|get|getting|gets)|do(?:n'?t|esn'?t) know where|no job|can'?t afford|couldn'?t afford|suddenly|from nowhere|won'?t say where/i;

// "older man", "grown men", "a London accent" describe adults: they are signs about a child only when the text
// is about a child at all.
const ADULT_DESCRIPTOR =
  /^(?:older (?:men|males?|guys?|blokes?|man|guy|male|people|associates?|friends?|group|gang)|(?:grown|adult) (?:men|man|males?)|men in |much older|london (?:accents?|gang|dealers?)|(?:from|down from|up from|out of|back to|to|in) )/i;
const CHILD_REFERENCE =
  /\b(?:kids?|child(?:ren)?|boys?|girls?|lads?|teen\w*|youngsters?|youths?|son|daughter|grandson|granddaughter|nephew|niece|pupils?|students?|school\w*|young (?:people|person|ones|uns?|ppl)|minors?|juveniles?|under ?age|\d{1,2} ?(?:yo|y\/o|years? old|yrs? old)|aged? \d{1,2}|year (?:[6-9]|1[0-3]))\b/i;

const RULES: readonly Rule[] = [
  {
    code: 'child_mentioned_age_under_18',
    pattern: w(
      // "\\s*(?:-\\s*)?" rather than "\\s*(?:-|\\s)?\\s*": one way through a run of spaces, so it cannot backtrack.
      '(\\d{1,2})\\s*(?:-\\s*)?(?:years?|yrs?|yr)\\s*(?:-\\s*)?old|(\\d{1,2})\\s?(?:yo|y\\/o|y\\.o\\.)|(?:aged?|ages|age of|as young as)\\s+(?:about\\s+|around\\s+)?(\\d{1,2})(?:\\s?(?:-|to)\\s?(\\d{1,2}))?',
    ),
  },
  {
    // "my son (15)", "Charlie (14)"
    code: 'child_mentioned_age_under_18',
    pattern: w(
      '(?:son|daughter|boy|girl|kid|child|lad|nephew|niece|brother|sister|grandson|granddaughter|\\p{Lu}\\p{Ll}+)\\s*\\((\\d{1,2})\\)',
    ),
  },
  {
    code: 'child_mentioned_age_under_18',
    pattern: w(
      "(?:looks?|looked|looking|look about|looked about|can'?t be (?:more|older) than|no older than|only|about|around|maybe|prob(?:ably)?)\\s+(?:about\\s+|around\\s+|like\\s+|maybe\\s+)?(\\d{1,2})(?:\\s?ish)?(?:\\s?-\\s?(\\d{1,2}))?",
    ),
    accept: (m, input) => {
      const end = (m.index ?? 0) + m[0].length;
      if (NOT_AGE_UNIT.test(input.slice(end, end + 14))) return false;
      if (/^(?:looks?|looked|looking|look about|looked about|can|no older|only)/i.test(m[0])) return true;
      return PERSON.test(input.slice(Math.max(0, (m.index ?? 0) - 50), m.index ?? 0));
    },
  },
  {
    code: 'school_uniform',
    pattern: w('school uniforms?|(?:school|his|her|their)\\s+(?:blazers?|uniforms?|jumpers?|ties?)|blazers?'),
  },
  {
    code: 'school_age_term',
    pattern: w(
      'kids?|child|children|teenagers?|teens?|youngsters?|young (?:lads?|boys?|girls?|people|person|ones|un|uns)|' +
        'school ?kids?|schoolboys?|schoolgirls?|school age|secondary school|primary school|year (?:[6-9]|1[0-3])|yr ?(?:[6-9]|1[0-3])|' +
        'under ?age|minors?|juveniles?|boys?|girls?|little lads?',
    ),
    // "boy racers" are drivers, not children.
    accept: (m, input) =>
      !/^\s*racers?\b/i.test(input.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8)),
  },
  {
    code: 'missing_from_home',
    pattern: w(
      '(?:(?:reported|gone|went|goes) )?missing from (?:home|care)|reported missing|gone missing|went missing|missing person|misper|ran away|runs? away|' +
        "(?:has ?n[o']?t|hasnt|not|never) (?:been|come|gone) home|stays? out (?:all night|for days|overnight)|" +
        'out all night|gone for days|disappears? for days|missing for (?:days|a week|weeks)',
    ),
  },
  {
    code: 'missing_from_school',
    pattern: w(
      'missing (?:from )?school|not (?:been )?(?:in|at|going to) school|(?:bunking|skipping|skiving) (?:off|school)|truant\\w*|excluded|should be (?:in|at) school|during school (?:hours|time)',
    ),
  },
  {
    code: 'unexplained_money_or_gifts',
    pattern: w(
      '(?:new|expensive|designer|brand new|flash)\\s+(?:trainers|phones?|iphones?|clothes|clothing|jackets?|coats?|gear|stuff|bikes?|watch|chains?|jewellery|headphones|airpods|canada goose|north face)',
    ),
    accept: (m, input) => UNEXPLAINED.test(sentenceAround(input, m.index ?? 0, (m.index ?? 0) + m[0].length)),
  },
  {
    code: 'unexplained_money_or_gifts',
    pattern: w('(?:loads|wads?|rolls?|bundles?|stacks?|lots) of (?:cash|money|notes|twenties|tenners|fifties)'),
  },
  {
    code: 'older_associates',
    pattern: w(
      'older (?:lads?|men|males?|guys?|boys?|blokes?|man|guy|male|associates?|friends?|people|youths?|group|gang|kids)|' +
        '(?:grown|adult) (?:men|man|males?)|men in (?:their|his) (?:20s|30s|40s|twenties|thirties|forties)|' +
        'much older|(?:way|lot|bit) older than (?:him|her|them)',
    ),
  },
  {
    code: 'travel_out_of_area',
    pattern: w(
      '(?:from|down from|up from|out of|back to|to|in) (?:london|ldn|luton|birmingham|brum|manchester|liverpool|' +
        'north london|south london|east london|west london|tottenham|hackney|enfield|croydon|brixton|edmonton|peckham|' +
        'wembley|harlesden|stevenage|watford)|london (?:lads?|boys?|accents?|gang|dealers?)|going country|going ot|' +
        'gone country|went country|out of town|train tickets?|(?:on|off) the train from',
    ),
  },
  {
    code: 'carrying_drugs_or_cash',
    pattern: w(
      '(?:carry|carries|carrying|carried|holding|handing|handed|hands|passing|passed|drop(?:ping|ped)? off|stashing|hiding)\\s+' +
        '(?:over\\s+|out\\s+)?(?:a\\s+|the\\s+|some\\s+|little\\s+|small\\s+|big\\s+)?' +
        '(?:bags?|rucksacks?|backpacks?|packages?|parcels?|wraps?|drugs|cash|money|wads?|bundles?|envelopes?|baggies|packets?)|' +
        'never (?:puts?|takes?) (?:the |his |her |their )?(?:bag|rucksack|backpack) (?:down|off)|plugging|plugged',
    ),
  },
  {
    code: 'injuries_unexplained',
    pattern: w(
      'black eyes?|bruis(?:es|ed|ing)|cuts? (?:on|to|all over)|stab wounds?|stabbed|slashed|beaten up|beat up|bloody nose|busted lip|burn marks?|injur(?:y|ies|ed)|limping',
    ),
  },
  {
    code: 'multiple_phones',
    pattern: w(
      '(?:two|2|three|3|four|4|several|multiple|loads of|lots of|a couple of|couple of|few|different|many)\\s+' +
        '(?:mobile\\s+)?(?:phones|mobiles|handsets|sims|sim cards)|burners?(?: phones?)?|more than one phone|(?:phones?|sims?) (?:keep|kept) ringing',
    ),
  },
  {
    code: 'coercion_or_threats',
    pattern: w(
      'threat(?:en|ens|ened|ening|s)|forced|forcing|made (?:him|her|them) (?:do|carry|sell|hold|go)|' +
        'owes? (?:money|them|him|a debt)|in debt|(?:a |the |drug )?debt|tells? (?:him|her|them) what to do|' +
        'groom(?:ed|ing)|scared of (?:them|him)|(?:in|mixing) with (?:a|the) (?:gang|wrong crowd)|recruit(?:ed|ing)',
    ),
  },
  {
    code: 'dealing_or_running',
    pattern: w(
      'sell(?:s|ing|in)?|dealing|deals|shotting|serving up|running (?:drugs|for)|runners?|doing drops|collect(?:s|ing)|' +
        'delivering|(?:working|works) for (?:them|him|a gang|the line|a line)|going country|gone country|went country|going ot',
    ),
  },
];

/** Indicators that say a child is present, not only that someone shows a sign of exploitation. */
export const CHILD_PRESENCE_INDICATORS: ReadonlySet<ChildIndicatorCode> = new Set([
  'child_mentioned_age_under_18',
  'school_uniform',
  'school_age_term',
]);

function ageOk(m: RegExpMatchArray): boolean {
  const groups = m.slice(1) as (string | undefined)[];
  const ages = groups.filter((g): g is string => g !== undefined).map(Number);
  return ages.length > 0 && ages.every((n) => n >= 5 && n < 18);
}

// Words for young people that adults are called too ("a tall lad, about 19", "the boys, in their 20s").
const YOUNG_WORDS = /^(?:lads?|boys?|girls?|youths?|teen\w*|young (?:people|person|ones|uns?|ppl))$/i;
// An adult's age: "about 19", "aged 25", "19yo", "in his 20s", "early twenties".
const ADULT_AGE =
  /\b(?:(?:about|around|maybe|aged?|approx\.?|roughly|prob(?:ably)?)\s+(?:1[89]|[2-9]\d)(?!\d)|(?:1[89]|[2-9]\d)\s?(?:yo|y\/o|years? old|yrs? old)|(?:early|mid|late)?[ -]?(?:20s|30s|40s|50s|twenties|thirties|forties|fifties))\b/i;

/**
 * Whether the text is about a child: a word for one, unless its only such words are ones adults are called too and
 * it gives an adult's age and no child's ("Tall lad, about 19, London accent").
 */
function aboutAChild(input: string, found: readonly ChildIndicatorEntity[]): boolean {
  const words = [...input.matchAll(new RegExp(CHILD_REFERENCE.source, 'gi'))].map((m) => m[0]);
  if (words.length === 0) return false;
  if (!words.every((word) => YOUNG_WORDS.test(word))) return true;
  return found.some((c) => c.indicator === 'child_mentioned_age_under_18') || !ADULT_AGE.test(input);
}

/**
 * `childKnown`: the report is known to be about a child (the form says so, or another answer names one), so
 * selling, threats and descriptions of older people count even when this text has no child word.
 */
export function extractChildIndicators(input: string, options: { childKnown?: boolean } = {}): ChildIndicatorEntity[] {
  const out: ChildIndicatorEntity[] = [];
  for (const rule of RULES) {
    for (const m of matchAll(rule.pattern, input)) {
      if (rule.code === 'child_mentioned_age_under_18' && !ageOk(m)) continue;
      if (rule.accept !== undefined && !rule.accept(m, input)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.indicator === rule.code && o.start < end && start < o.end)) continue;
      out.push({ indicator: rule.code, text: m[0], start, end });
    }
  }
  if (options.childKnown !== true && !aboutAChild(input, out)) {
    // Without a child in the text, selling, threats and adult descriptions are about adults.
    const adultOnly = (c: ChildIndicatorEntity): boolean =>
      c.indicator === 'dealing_or_running' ||
      c.indicator === 'coercion_or_threats' ||
      ((c.indicator === 'older_associates' || c.indicator === 'travel_out_of_area') && ADULT_DESCRIPTOR.test(c.text)) ||
      // "The boys, in their 20s": a word adults are called too, where the text gives an adult's age.
      (c.indicator === 'school_age_term' && YOUNG_WORDS.test(c.text));
    return out.filter((c) => !adultOnly(c)).sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
