// Words and fragments the person rules weigh: the cue rules (people.ts and person-cues.ts, person-initials.ts, line-names.ts,
// person-forms.ts) and the given-name rule (given-names.ts).

// A capitalised word: "Jamal", "O'Neill", "Smith-Jones", "McDonald".
export const CAP_WORD = `\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}?\\p{Ll}+)*(?:-\\p{Lu}?\\p{Ll}+)*`;

export const QUOTE_OPEN = `["'‘“]`;
// A closing quote, after any emoji a contact name was saved with ("saved as 'Wolfie 🐺'").
// One character class under one star: nested quantifiers here backtracked for minutes on a run of emoji.
export const QUOTE_CLOSE = `[ \\t\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}]*["'’”]`;
export const NAME = `${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2}`;
// A nickname: "K-Dog", "Tiny", "Lil T", "Bigz", "J2", "Nicky Two Times".
// A name may close with a South Asian honorific written small ("'Bilal bhai'", "'Raju ji'").
export const NICK = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{0,18}(?:[ \\t](?:the[ \\t])?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]{0,14}){0,2}(?:[ \\t](?:bhai|bhaiya|bhaijaan|ji|sahib|saab|baji|apa))?`;

export const NAME_CUES =
  `(?i:called|calld|named|name is|name's|name was|the name|calls himself|calls herself|calls themself|calls themselves|` +
  `(?:gives|gave|giving|introduced|introduces) (?:his|her|their) name as|(?<=\\b(?:and|&) )(?:his|her|their) name as|(?:will |would )?(?:only )?name (?:him|her|them )?as|` +
  // "FIRST NAME DEREK", "forename: Kayla", "the name he keeps hearing is Skeng".
  `(?:first|given|christian|fore) ?names?(?: (?:is|was|are|were))?:?|the name (?:he|she|they|i|we|you)(?: \\p{Ll}+){1,3}? (?:is|was)|introduced (?:himself|herself|themselves) as|introduces (?:himself|herself|themselves) as|with name|` +
  // Whose name a booking, an account or a parcel is in: "registered as Ali Reza Ahmadi", "the name on the order is 'Molly'".
  // "he knows them only as 'Ace' and 'Junior'", "she knows two of them as 'Bugsy'".
  `knows? (?:him|her|them|(?:one|two|three|some|all|both) of them)(?: only)? as|` +
  `registered as|registered under|booked under|booked in as|in the name of|under the name(?: of)?|` +
  // "Names used: 'Skeng' and 'Jojo'", "Names given as 'Dinho' and 'Cass'".
  `names? (?:used|given|heard|mentioned)(?: (?:as|were|was|are))?|(?<=[,;][ \\t]*)name|` +
  // "One bwoy name Dread": "name" for "named", as patois and some dialects say it after a person.
  `(?<=\\b(?:bwoy|boy|man|gyal|girl|yout|youth|guy|lad|bredren) )name|` +
  // "named two of them as Dwayne", "surnames Halloran and Nwachukwu", "She names Joker, Big Sy and Kiki".
  `named (?:\\p{Ll}+ ){1,3}?as|surnames?(?: (?:are|were|is|was))?:?|(?<=\\b(?:she|he|they|caller|inft|rp|client) )names|` +
  `name on (?:(?:the|his|her|their|an?) )?\\p{L}+(?: (?:payment|receipt|slip|details))?(?: (?:is|was|says|said))?|` +
  // "addressed to a Francis Mulrooney", "every parcel addressed to a different name, like 'Josh Kemp', 'Mr T Hollis'".
  `addressed to(?: an?)?|(?<=addressed to [^.!?\\n]{0,30})names?,? (?:like|such as))`;
export const NICK_CUES =
  `(?i:(?:known|goes|go|went|going) by the name(?: of)?|by the name of|known(?: only| locally)?(?: to (?:the )?\\p{Ll}+)? as|answers to|answered to|answering to|(?:was |were |is |being )?addressed as|(?:knew|know|knows)(?: (?:him|her|them))? as|goes by|go by|went by|going by|aka|a\\.k\\.a\\.?|nicknamed|nickname is|nickname was|street name|` +
  `refers? to (?:him|her|them) as|referred to (?:him|her|them) as|referred to as|refer(?:s|red)? to each other as|refered to as|they call(?: (?:him|her|them))?(?=[ \\t]*["'‘“])|they call (?:him|her|them)|calling (?:him|her|them)self|calls? (?:him|her|them)self|called (?:him|her|them)sel(?:f|ves)|people call (?:him|her|them)|everyone calls (?:him|her|them))`;
export const PERSON_NOUN = `(?i:lad|lads|guy|man|boy|girl|bloke|kid|woman|fella|geezer|youth|teen|teenager|male|female|dealer|runner|brother|sister|cousin|mate|friend|boyfriend|girlfriend|associate|accomplice|pal|supplier|handler|person|child|pupil|student)`;

// A nickname written with a capital, when no quotes or naming cue vouch for it ("ask for Tiny", "the Rico line").
export const CAP_NICK =
  `\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?` +
  // A second and third word ("Little T", "Card Machine Carl"), or "the" and one ("Gaz the Tank").
  `(?:[ \\t](?:the[ \\t])?[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N}'’-]{0,13}[\\p{L}\\p{N}])?){0,2}`;
export const QUOTED_OR_CAP = `(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|(${CAP_NICK})(?![\\p{L}\\p{N}]))`;
export const RELATIVE =
  `(?i:son|daughter|boy|brother|bro|sister|sis|cousin|mate|m8|friend|nephew|niece|grandson|granddaughter|boyfriend|girlfriend|partner|` +
  `mum|mom|mam|dad|mother|father|lass|missus|stepson|stepdaughter|stepdad|stepmum|aunt|auntie|uncle|nan|gran|grandad|grandma|husband|wife|patient|caller|` +
  // Neighbour as people spell it.
  `neighbour|neighbor|neibour|nieghbour|naybor|bredrin|bredren|colleague|flatmate|housemate|classmate|pupil|student|tenant|lodger|carer|client)`;
// One capitalised word (or quoted), for cues looser than naming ones: "tell Spanner it's done". Not a word
// that begins a longer proper noun ("see Harpenden Town") or a possessive ("tell Sainsbury's").
export const ONE_WORD =
  `(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|` +
  `((?:(?:Big|Little|Lil|Young)[ \\t]+)?\\p{Lu}(?:[\\p{L}\\p{N}-]{0,17}[\\p{L}\\p{N}])?)(?![\\p{L}\\p{N}]|['’]s\\b|[ \\t]+\\p{Lu}\\p{Ll}))`;

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
    'Amazon Deliveroo Uber Ocado Evri DPD Hermes Argos Costa Starbucks Nandos KFC Subway Primark Currys ' +
    // What a form's field or a contact list holds instead of a name.
    'Unknown Withheld Provided Recorded Redacted None Blank Only Thanks Cheers Regards Downstairs Upstairs Home Work ' +
    'Office Taxi Pizza Voicemail Occupier Householder Homeowner ' +
    // Reflexive pronouns ("THEY CALL THEMSELVES").
    'Himself Herself Themselves Themself Myself Yourself Ourselves'
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
    'chat sales order orders booking taxi cab text number mobile direct emergency our your its it open abbey'
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

// Whom people greet or call, or what they call each other, that is no person's name: assistants, strangers,
// endearments, kin words alone. "'Hey Siri'", "a woman she calls Auntie", "they call each other Bro and Fam".
export const NOT_ADDRESSED = new Set(
  (
    'siri google alexa cortana mister officer stranger cuz dawg fam blud bro babe baby gorgeous princess prince ' +
    'handsome sexy sweetie sweetheart darling love hun boss sir miss mummy daddy nanny auntie uncle sis bruv mr mrs ' +
    'brother sister bae wifey hubby'
  ).split(' '),
);
/** A word said to or of someone that names nobody: a vocative, an endearment, a kin word alone. */
export const addressOnly = (word: string): boolean =>
  VOCATIVES.has(word.toLowerCase()) || NOT_ADDRESSED.has(word.toLowerCase());

// A word that is none of the above: not a common word, a kind of line or a thing asked for ("Tesco", "County", "Help").
export const plainWord = (word: string): boolean =>
  !NOT_NAMES.has(word.toLowerCase()) && !NOT_LINE_NAMES.has(word.toLowerCase()) && !NOT_NICKS.has(word.toLowerCase());

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
/** How a person rule adds a nickname: the match, then the name if quoted, or the name if capitalised ("Tiny"). */
export type AddNick = (m: RegExpMatchArray, quoted: string | undefined, capital: string | undefined) => void;
// Safeguarding bodies and services a worker calls or refers to, in capitals ("called MASH", "rang CEOP", "talk to
// FRANK", the national drugs advice service); "a lad called Mash" is a nickname.
export const SERVICES_IN_CAPITALS = new Set('MASH LADO CEOP NSPCC CAMHS NRM CPOMS SNT CID FRANK'.split(' '));
// Given names that are drugs' street names too, left out of the given-name lists (given-names.ts): a person only
// where what is said of them says so ("my friend molly", "charlie, which is the bloke who used to live there").
// Pets and their breeds, as a pet is described beside its name ("Frank, brown spaniel", "a Staffie puppy, Tyson"):
// a pattern's alternatives.
export const PET_KINDS =
  'dog|pup|puppy|springer|spaniel|lab|labrador|collie|terrier|staffie|staffy|poodle|cockapoo|cavapoo|whippet|' +
  'greyhound|retriever|husky|beagle|dachshund|lurcher|cat|kitten|horse|pony';
export const DRUGS_NAMED_AS_PEOPLE = /^(?:charlie|molly|mandy|tina|billy)$/i;
// Words that name a body or a service and are nobody's surname ("Youth Justice Service", "Grace Academy", "Practice
// Principal"): narrower than BUSINESS_WORDS, which holds surnames too ("Day", "Small", "Flowers").
export const BODY_WORDS = new Set(
  (
    'service services department dept team unit trust council centre center partnership hub academy school college ' +
    'ltd limited plc llp surgery clinic pharmacy practice nursery church mosque temple gurdwara charity foundation ' +
    'association society committee office cafe café'
  ).split(' '),
);
// Words of firms, bodies and places, not of a person's name ("Premier Lettings", "Verulam Vets").
export const BUSINESS_WORDS = new Set(
  (
    'ltd limited plc llp estates estate lettings letting vets vet dental dentist pharmacy chemist nursery removals ' +
    'plumbing plumbers electrical builders roofing cleaners cleaning solicitors accountants department dept taxis ' +
    'cabs cars motors garage brothers services service direct support relations lodge cottage parish council ' +
    'surgery practice clinic school academy college church mosque temple gurdwara trust charity foundation group ' +
    'team office property properties homes lion dragon nights express salon barbers cuts nails flowers florist ' +
    'bakery cafe café restaurant takeaway kitchen pub inn hotel club association society committee centre center ' +
    'unsubscribe update fayre fair sale day week local small business parents mums dads united together against ' +
    'streets safer amnesty fun missing lost found shift property for the of and against arms anchor mail acorns ' +
    'horizons kebab primary flyer farm birch tree oak head duty area store'
  ).split(' '),
);

// Kin words written before a name as a title ("Auntie Pat", "Nan Joyce", "Cousin Deano", "bro Kyle"): one list for
// the person model's candidates and gates and for scoring a name by person. person-owed.ts and lower-case-names.ts
// keep the narrower words their own patterns read.
export const KIN_TITLE_WORDS: readonly string[] =
  'auntie aunty aunt uncle cousin nan nana nanna gran granny grandad grandma grandpa bro sis'.split(' ');
export const COURTESY_TITLE =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Senhora|Senhor|Señora|Señor|Signora|Signor|Madame|Monsieur|Frau|Herr|Pani|Pan)\.?\s+(?=\S)/u;
/** A name without its courtesy title, as the labels compare names ("Ms Bello" and "Bello" are one). */
export const untitled = (name: string): string => name.replace(COURTESY_TITLE, '');
