// Controlled vocabulary for the warning signs a reporter can tick, taken from the Home Office
// lists summarised in docs DOMAIN.md §3.3. Codes are stable strings (they are stored on reports
// and counted per address); each carries the plain words the public form shows and a few ways
// people actually describe the sign in free text, which the generator draws on.

export type SignDefinition = {
  readonly code: string;
  readonly label: string;
  /** How a member of the public might put it; {he}, {his}, {him}, {person} and {child} follow the person's sex. */
  readonly phrases: readonly string[];
};

function sign<C extends string>(code: C, label: string, phrases: readonly string[]) {
  return { code, label, phrases };
}

export const CUCKOOING_SIGNS = [
  sign('cuckooing.frequent_visitors', 'More people coming and going', [
    'people in and out constantly',
    'loads of different people knocking',
    'constant stream of visitors',
  ]),
  sign('cuckooing.odd_hours', 'Visitors at odd hours', [
    'people at the door at 3 in the morning',
    'knocking all hours of the night',
    'traffic in and out through the night',
  ]),
  sign('cuckooing.short_visits', 'Visitors stay only a few minutes', [
    'they only stay 2 mins then leave',
    'in and out in a couple of minutes',
    'never stay more than 5 minutes',
  ]),
  sign('cuckooing.vehicles_stopping', 'Cars, bikes or taxis stopping briefly', [
    'cars pulling up with the engine running',
    'ubers stopping outside for a minute then going',
    'lads on e-bikes pulling up',
  ]),
  sign('cuckooing.new_faces', 'New or unknown people staying', [
    'fresh faces every week',
    'young lads staying there who dont live there',
    'people with london accents who seem out of place',
  ]),
  sign('cuckooing.antisocial_behaviour', 'Noise, anti-social behaviour or litter', [
    'shouting and fighting in the stairwell',
    'rubbish and bottles everywhere',
    'music and arguing all night',
  ]),
  sign('cuckooing.drug_paraphernalia', 'Drug paraphernalia nearby', [
    'needles in the bin store',
    'burnt foil and little bags by the bins',
    'snap bags on the landing',
  ]),
  sign('cuckooing.open_dealing', 'Drug dealing seen nearby', [
    'dealing right outside in the open',
    'handing over little packages at the door',
    'shotting from the front step',
  ]),
  sign('cuckooing.resident_not_seen', 'The person who lives there is rarely seen', [
    'havent seen the {person} who lives there for weeks',
    'the {person} who lives there never comes out any more',
  ]),
  sign('cuckooing.resident_anxious', 'The resident seems anxious, withdrawn or not in control', [
    '{he} looks terrified',
    '{he} seems scared in {his} own home',
    '{he} says they are {his} mates but looks frightened',
  ]),
  sign('cuckooing.resident_disengaged', 'The resident has stopped seeing carers or support workers', [
    '{his} carers have stopped coming',
    '{his} support worker cant get in',
    'stopped going to {his} appointments',
  ]),
  sign('cuckooing.door_damaged', 'Door damaged or left open', [
    'door has been kicked in',
    'front door left wide open all night',
    'lock is broken',
  ]),
  sign('cuckooing.buzzers_pressed', 'Strangers pressing buzzers', [
    'people pressing all the buzzers to get in',
    'strangers buzzing my flat to get in the block',
  ]),
  sign('cuckooing.curtains_closed', 'Curtains always shut', ['curtains shut all day', 'blinds always down']),
] as const satisfies readonly SignDefinition[];

export const EXPLOITATION_SIGNS = [
  sign('cce.missing_episodes', 'Often missing from home or school', [
    'keeps going missing for days',
    'not been in school for weeks',
    'disappears overnight',
  ]),
  sign('cce.out_of_area', 'Found out of area', ['turned up in st albans from london', 'not from round here']),
  sign('cce.unexplained_money', 'Unexplained money, clothes or phones', [
    'always has wads of cash',
    'new trainers and designer gear and no job',
    'brand new iphone out of nowhere',
  ]),
  sign('cce.multiple_phones', 'Several phones or SIM cards', ['has 2 or 3 phones on {him}', 'swapping sim cards']),
  sign('cce.excessive_calls', 'Constant calls and texts', ['phone going off non stop', 'always on the phone']),
  sign('cce.older_associates', 'Older or controlling associates', [
    'hanging about with older men',
    'older lads telling {him} what to do',
    'an older guy picks {him} up',
  ]),
  sign('cce.gang_association', 'Gang association', ['mixing with a gang', 'in with the wrong crowd from london']),
  sign('cce.leaving_home_unexplained', 'Leaving home or care without explanation', [
    'leaves the care home at night',
    'goes out late and wont say where',
  ]),
  sign('cce.injuries', 'Unexplained injuries or self-harm', ['had a black eye', 'cuts on {his} arms', 'limping']),
  sign('cce.parental_concern', 'Parent or carer is worried', ['{his} mum is worried sick', 'my {child} has changed']),
  sign('cce.school_decline', 'Falling school performance or exclusion', [
    'been excluded',
    'grades have dropped right off',
  ]),
  sign('cce.weapon', 'Carrying a weapon', ['saw a knife in {his} waistband', 'carrying a blade']),
  sign('cce.travel_tickets', 'Train tickets or hotel keys', [
    'train tickets from london in {his} pocket',
    'hotel key cards',
  ]),
  sign('cce.rucksack', 'A bag never put down', ['never takes {his} rucksack off', 'clinging onto a bag']),
  sign('cce.drug_paraphernalia', 'Drug paraphernalia', ['scales and bags in {his} room', 'little wraps in {his} coat']),
  sign('cce.new_nickname', 'A new nickname', ['going by a new name', 'everyone calls {him} a different name now']),
  sign('cce.cars_with_adults', 'Getting into cars with unknown adults', [
    'gets into a car with men i dont know',
    'picked up by different cars',
  ]),
] as const satisfies readonly SignDefinition[];

export type CuckooingSignCode = (typeof CUCKOOING_SIGNS)[number]['code'];
export type ExploitationSignCode = (typeof EXPLOITATION_SIGNS)[number]['code'];

export const CUCKOOING_SIGN_CODES: readonly CuckooingSignCode[] = CUCKOOING_SIGNS.map((s) => s.code);
export const EXPLOITATION_SIGN_CODES: readonly ExploitationSignCode[] = EXPLOITATION_SIGNS.map((s) => s.code);

const byCode = new Map<string, SignDefinition>(
  [...CUCKOOING_SIGNS, ...EXPLOITATION_SIGNS].map((definition) => [definition.code, definition]),
);

export function signDefinition(code: string): SignDefinition {
  const definition = byCode.get(code);
  if (!definition) throw new Error(`unknown sign code ${code}`);
  return definition;
}

const WORDS = {
  female: { he: 'she', his: 'her', him: 'her', person: 'lady', child: 'daughter' },
  male: { he: 'he', his: 'his', him: 'him', person: 'man', child: 'son' },
} as const;

/** A sign's phrase with its pronouns filled in for a woman or girl, or a man or boy. */
export function signPhrase(phrase: string, sex: 'female' | 'male'): string {
  const words = WORDS[sex];
  return phrase.replace(/\{(he|his|him|person|child)\}/g, (_, key: keyof typeof words) => words[key]);
}
