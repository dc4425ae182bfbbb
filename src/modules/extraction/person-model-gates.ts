// Where a name the person model is sure of names nobody (ADR 61): the shapes of brands, shops, songs, trap houses
// and plates read out, which the labelled sets seldom hold and the look-alike probes do. The rules keep their own
// tests of these; the model's additions pass these too.
import { WISHES } from './person-signatures.ts';
import { DEALING_BEFORE } from './drug-lexicon.ts';
import { DRUGS_NAMED_AS_PEOPLE, KIN_TITLE_WORDS, PET_KINDS } from './person-words.ts';
import { rankBeforeThing } from './person-titles.ts';

// A possessive before a capitalised word names a shop, a place or a thing, not who owns it ("Danny's Hand Car
// Wash", "Nando's Run"); one before a lower-case word is a person's ("Tel's not in", "Dean's mum").
const POSSESSIVE_OF_NAME =
  /^['’]s[ \t]+(?!(?:Insta|Instagram|Snap|Snapchat|TikTok|Facebook|WhatsApp|Telegram|iPhone|Mum|Mam|Dad|Nan|Gran|Nanna|Auntie|Uncle|Mr|Mrs|Ms)\b|\p{Lu}{2,}\b)\p{Lu}/u;
// What a brand, a shop or a monument is followed by, and a film's or a song's year: "a Hugo Boss tracksuit", "the
// Tony Macaroni kitchen", "the Eleanor Cross monument", "Inspector Clouseau (1963)", "Pink Panther stickers".
const THING_AFTER =
  /^[ \t]+(?:tracksuit|trackies|hoodie|jacket|coat|puffer|cap|hat|trainers|sliders|bag|man-bag|tee|t-shirt|top|jeans|shop|store|outlet|restaurant|takeaway|kitchen|branch|van|lorry|monument|statue|memorial|building|tower|centre|car park|meme|song|film|movie|show|cartoon|stickers?|posters?|costume|mask|onesie|figure|toy|doll|game|tattoo)\b|^[ \t]*\((?:19|20)\d\d\)/iu;
// A pet described after its name: "Frank, brown spaniel", "Bella (our black lab)".
const PET_AFTER = new RegExp(
  `^[ \\t]*[,(][ \\t]*(?:(?:an?|my|our|the|his|her|their)[ \\t]+)?(?:\\p{Ll}+[ \\t]+){0,2}(?:${PET_KINDS})\\b`,
  'u',
);
// A trap house's words, said of a place: "dropping food for Bando".
const PLACE_SLANG = /^(?:bando|trap|traphouse|trap house|the trap)$/iu;
// A kin word or a wish alone names nobody ("Gran will kill me", "Hope" closing a letter).
const aloneNotAName = (key: string): boolean =>
  !key.includes(' ') && (KIN_ALONE.has(key.toLowerCase()) || WISHES.has(key.toLowerCase()) || PLACE_SLANG.test(key));
const KIN_ALONE = new Set([
  ...KIN_TITLE_WORDS,
  ...'granddad nanny mum mam mom dad mummy daddy brother sister son daughter'.split(' '),
]);
// The spelling alphabet, as a plate or a call sign is read out ("Lima Foxtrot 19", "kilo 4"): beside another of its
// words or a number, not a name ("Charlie" alone may be one).
const SPELLING_WORD =
  /^(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu)$/iu;
const SPELLING_OR_NUMBER = (word: string | undefined): boolean =>
  word !== undefined && (SPELLING_WORD.test(word) || /^\p{N}+$/u.test(word));
// A word of the spelling alphabet in the candidate with another of them, or a number, on either side of it.
const spelledOut = (text: string, start: number, end: number): boolean => {
  const before = /([\p{L}\p{N}-]+)[ \t]*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const after = /^[ \t]*([\p{L}\p{N}-]+)/u.exec(text.slice(end, end + 20))?.[1];
  const words = [before, ...text.slice(start, end).split(/\s+/u), after];
  return words.some(
    (w, i) =>
      i > 0 &&
      i < words.length - 1 &&
      SPELLING_WORD.test(w ?? '') &&
      (SPELLING_OR_NUMBER(words[i - 1]) || SPELLING_OR_NUMBER(words[i + 1])),
  );
};

/** Whether the name `key`, written at start to end, is a brand's, a thing's or a place's there, or no name alone. */
// A song, a film or a book quoted after what is done with it ("singing 'Sweet Caroline' and 'Mr Brightside'"), and
// a costume ("one dressed as Elvis, another as Super Mario").
const WORK_QUOTED =
  /\b(?:sing|sings|singing|sang|song|songs|play|plays|playing|played|track|tune|listen to|listening to|listened to|watch|watching|watched|film|movie|book|reading|chant|chanting|chanted)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:["'‘“][^"'’”\n]{1,40}["'’”][ \t]*(?:,|and|&)[ \t]*)*["'‘“][^"'’”\n]{0,40}$/iu;
const COSTUME_BEFORE =
  /\b(?:(?:another|one|someone|the other)[ \t]+)?(?:dressed(?:[ \t]+up)?|(?:another|one|someone|the other))[ \t]+as[ \t]+(?:an?[ \t]+)?$/iu;
const DRESSED_NEAR = /\bdressed\b/iu;
// Whom someone looks like: "looks like a young Ed Sheeran", "a Stormzy lookalike" is nobody there.
const LOOKS_LIKE_BEFORE =
  /\b(?:looks?|looked|looking|dressed|dresses)[ \t]+like[ \t]+(?:an?[ \t]+)?(?:(?:young|younger|skinny|fat|little|big|white|black|mini)[ \t]+)?$/iu;

/** A title quoted after singing or watching it, a costume worn, or whom someone looks like: no person named. */
export function namesAWork(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const costume = COSTUME_BEFORE.exec(before);
  return WORK_QUOTED.test(before) || (costume !== null && DRESSED_NEAR.test(before)) || LOOKS_LIKE_BEFORE.test(before);
}

/** Whether a thing, a brand or a work follows the name ("Hugo Boss tracksuit", "Pink Panther stickers"). */
export function thingAfter(text: string, end: number): boolean {
  return THING_AFTER.test(text.slice(end, end + 24));
}

export function namesNobodyHere(text: string, key: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  // "hmu for Molly or snow": a drug's street name that is a given name too, asked for or sold.
  const drugAskedFor =
    DRUGS_NAMED_AS_PEOPLE.test(key) && DEALING_BEFORE.test(text.slice(Math.max(0, start - 40), start).toLowerCase());
  return (
    drugAskedFor ||
    POSSESSIVE_OF_NAME.test(after) ||
    THING_AFTER.test(after) ||
    PET_AFTER.test(text.slice(end, end + 40)) ||
    namesAWork(text, start) ||
    aloneNotAName(key) ||
    rankBeforeThing(text.slice(start, end)) ||
    spelledOut(text, start, end)
  );
}
