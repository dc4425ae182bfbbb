// Words and fragments the person rules weigh: the cue rules (people.ts, person-initials.ts) and the given-name rule
// (given-names.ts).

// A capitalised word: "Jamal", "O'Neill", "Smith-Jones", "McDonald".
export const CAP_WORD = `\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}?\\p{Ll}+)*(?:-\\p{Lu}?\\p{Ll}+)*`;

// Capitalised words that follow "called" without being anyone's name.
export const NOT_NAMES = new Set(
  (
    'I Me Him Her Them Us You It The A An He She They We Police Crimestoppers Ambulance 999 101 Someone Somebody ' +
    'Everyone Nobody Mum Dad Mother Father Council Housing Security Neighbours Neighbour Again Today Yesterday ' +
    'Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday Round Over Back Out Up In On My His Their Our ' +
    'Your This That These Those And But Or Is Was Be Been Being If So When Where What Who Why How Like Just Not No ' +
    'Yes Its Something Anything Nothing Everything Fire RSPCA NHS Samaritans Childline Social Services School ' +
    "Teacher Year Dealer Drugs County Lines Line I've I'm I'll I'd I’ve I’m I’ll I’d Hertfordshire Herts Met " +
    // Places of the district and near it, and shops, which follow the looser cues ("go and see",
    // "tell", "my dad") as often as names do.
    'London Harpenden Redbourn Wheathampstead Verulamium Hatfield Luton Watford Welwyn Hemel Colney Marshalswick ' +
    'Fleetville Sopwell Chiswell Bricket Albans St Tesco Sainsbury Asda Aldi Lidl McDonalds Greggs ' +
    // Employers a young person says they work for ("'works for Amazon'").
    'Amazon Deliveroo Uber Ocado Evri DPD Hermes Argos Costa Starbucks Nandos KFC Subway Primark Currys'
  )
    .toLowerCase()
    .split(' '),
);

// Capitalised words before "line" that name a kind of line, not its holder ("the phone line", "Victoria line").
export const NOT_LINE_NAMES = new Set(
  (
    'county deal deals drug drugs phone help main land hot front finish bus train tube district central northern ' +
    'victoria jubilee piccadilly bakerloo metropolitan circle elizabeth overground thameslink hammersmith waterloo ' +
    'new same that this the a his her their my work dealer customer red blue green yellow white black brown dark light ' +
    'bottom top party police one first second other another whole fine time service support advice contact crisis ' +
    'chat sales order orders booking taxi cab text number mobile direct emergency our your its it open'
  ).split(' '),
);
// Capitalised words after "ask for" or "saved as" that are not people.
export const NOT_NICKS = new Set(
  'id help directions cash money change water more ice info details work home'.split(' '),
);
// Words a greeting is said to that are nobody's name ("'cheers mate'", "'thanks love'").
export const VOCATIVES = new Set(
  'mate m8 love luv bro bruv blud fam babe hun darling pal man guys lads boys girls all everyone son g sir miss madam'.split(
    ' ',
  ),
);

// Capitalised words that describe someone or fill a form, not name them: "a male (White British)", "Name:
// Unknown", "Regards, Concerned Parent", "a male, 'about 20'", "The coach, National Express, was late".
export const DESCRIPTOR_WORDS = new Set(
  (
    'white black asian mixed british african irish european caribbean eastern northern southern western race ' +
    'arab indian pakistani bangladeshi chinese polish romanian albanian somali eritrean kurdish turkish ' +
    'number withheld anonymous anon member unknown male female concerned worried parent resident officer sir madam ' +
    'team watch operation head form sixth public none refused informed known grandmother grandfather about ' +
    'early late possibly approx approximately tall short slim stocky scared older younger honestly still anyway ' +
    'apparently obviously basically luckily sadly thankfully however though national home air express instead ' +
    'school park estate academy college centre center services ltd limited company group fragile management ' +
    'walk god allah sorn blind disabled cat'
  ).split(' '),
);

/** How a person rule adds a name: the match (or any text at an index), the group that is the name, its kind. */
export type AddPerson = (
  m: { readonly 0: string; readonly index?: number },
  group: string,
  kind: 'name' | 'nickname',
) => void;
