// What vouches for a drug word by the words framed around it: what something is said, heard or believed to be, the
// dealer's packaging, "been on the rock", burnt brown stuff on foil, a drug played down, "the charlie's at", pills
// counted. drugs.ts weighs these before a word's tier.
import { type LexiconEntry } from './drug-lexicon.ts';
import { around } from './drug-senses.ts';
import { DRUG_SCENE } from './drug-talk.ts';
import { DRUGS_NAMED_AS_PEOPLE } from './person-words.ts';
import { before } from './spans.ts';

/** A drug word found in a text, with its lexicon entry. */
export type Hit = { readonly start: number; readonly end: number; readonly raw: string; readonly entry: LexiconEntry };

// What something is said to be: "the boys say it is 'charlie'", "a block of what he said was bud", "crystals she
// said were MD", "rocks of what he believes is crack", "he was told they were 'pebbles'". Someone says, believes or reckons what it is: such a frame
// vouches for any drug word in lower case, a colour or an everyday word only in quotes ("it's white" is a car).
const SAID_TO_BE =
  /\b(?:believed to be|(?:say|says|said|told(?: (?:me|us|him|her|them))?|believes?|believed|thinks?|thought|reckons?|reckoned)(?: (?:it|they|that))? (?:is|was|were|are)|what (?:he|she|they|i|we) (?:said|says|called|calls|thinks?|thought|believes?|reckons?) (?:was|is|were|are))[ \t]+(['"‘“])?(?:(?:just|only)[ \t]+)?(?:a[ \t]+(?:little[ \t]+)?bit[ \t]+of[ \t]+)?$/i;
// "It's", "it was", "they are", "called": only for a word in quotes ("it is 'charlie'", not "It's Charlie from
// number 6" or "it was crack of dawn").
// Foil, spoons and burning of a kitchen, a barbecue, a garden or a sewing box.
const KITCHEN_OR_GARDEN =
  /\b(?:toast|gravy|barbecue|bbq|oven|cooking|dinner|baking|tray|mud|rust|rusty|blight|pine|sewing|compost|paint)\b/i;
const HEARD_QUOTED =
  /\b(?:say|says|said|saying|talk(?:s|ed|ing)? about|mention(?:s|ed|ing)?|ask(?:s|ed|ing)? for|shout(?:s|ed|ing)?)(?:[ \t]+(?:something|like|stuff like|words like|also))*[ \t]+['"‘“]$/i;
// A further quoted word in a list the heard one opened: "say 'speed' and also something 'rock'".
const HEARD_LIST =
  /\b(?:say|says|said|saying|talk(?:s|ed|ing)? about|mention(?:s|ed|ing)?|ask(?:s|ed|ing)? for|shout(?:s|ed|ing)?)(?:[ \t]+(?:something|like|stuff like|words like|also))*[ \t]+['"‘“][\p{L}]+['"’”][ \t]*(?:,|and|&)[ \t]*(?:also[ \t]+)?(?:something[ \t]+)?['"‘“]$/iu;
const PLAYED_DOWN = /(?:^|[\s"'‘“])(?:it was|it is|it's|it’s|its)[ \t]+["'‘“]?(?:just|only)[ \t]+$/i;
const IT_IS = /\b(?:it is|it's|it’s|its|it was|they are|they're|called|call it|calls it)[ \t]+['"‘“]$/i;
// Crack counted out: "rocks of crack", not "a bit of crack in the windscreen".
const OF_CRACK = /\b(?:rocks?|wraps?|bags?|grams?|lumps?|stones?|deals?)[ \t]+of[ \t]+$/i;
const PACKAGED =
  /\b(?:baggies|baggy|wraps|zip ?bags|deal bags|snap ?bags)[ \t]+(?:of|with|full of)[ \t]+(?:the[ \t]+)?$/i;
const PACKAGED_END = /^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|and|inside|on|from|at)\b)/i;
export const EVERYDAY_TERMS =
  /^(?:white|brown|green|dark|light|snow|rocks?|stones?|gear|speed|draw|pills?|powder|gas|loud)$/i;
const OTHER_DRUG_NEAR =
  /\b(?:ket|ketamine|weed|coke|cocaine|mdma|ecstasy|pills|crack|heroin|spice|nos|balloons|speed|md|molly|mandy)\b/i;
const NOT_PILLS_NEAR =
  /\b(?:gcses?|a[ -]?levels?|exams?|grades?|results|spelling|letters?|ratings?|song|chorus|wrote|written|crossed|haribo|sweets|numbers?|additives?)\b|\b\d+[ \t]+[A-DF]s?\b/i;
/** Whether a frame names the word a drug: 'strong' vouches for any tier, 'quoted' for a word in quotes. */
export function namedAs(input: string, hit: Hit): 'strong' | 'quoted' | undefined {
  const preceding = before(input, hit.start, 60);
  if (hit.raw.toLowerCase() === 'crack' && OF_CRACK.test(preceding)) return 'strong';
  // "baggies with green in them", "wraps of brown": an everyday word in the dealer's packaging, nothing after it.
  if (
    EVERYDAY_TERMS.test(hit.raw) &&
    PACKAGED.test(preceding) &&
    PACKAGED_END.test(input.slice(hit.end, hit.end + 12))
  ) {
    return 'strong';
  }
  // "I hear them say 'speed' and also something 'rock'", "they talk about 'bars', 'balloons'": drug words quoted as
  // heard, in lower case, in a text about drugs in so many words; each quoted word after the first in a list too.
  if (
    /^\p{Ll}/u.test(hit.raw) &&
    (HEARD_QUOTED.test(preceding) || HEARD_LIST.test(preceding)) &&
    /^["'’”]/u.test(input.slice(hit.end, hit.end + 1)) &&
    DRUG_SCENE.test(input)
  ) {
    return 'strong';
  }
  // "ive been on the rock for 3 years": using crack.
  if (
    /^rock$/i.test(hit.raw) &&
    /\b(?:been|be|was|were|is|are|am|im|i'm|got|get|getting|gone|went|back|stayed|stuck|hooked|came|come)[ \t]+(?:on|off|onto)[ \t]+the[ \t]+$/i.test(
      preceding,
    ) &&
    /^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:for|again|now)\b)/i.test(input.slice(hit.end, hit.end + 10))
  ) {
    return 'strong';
  }
  // "foil, burnt on the underside with brown stuff": heroin where it is smoked or cooked.
  if (
    /^brown$/i.test(hit.raw) &&
    /^[ \t]+(?:stuff|powder|residue|marks?)\b/i.test(input.slice(hit.end, hit.end + 12)) &&
    /\b(?:foil|spoons?|burnt|burned|needles?|syringes?|cooked)\b/i.test(around(input, hit.start, hit.end, 100)) &&
    !KITCHEN_OR_GARDEN.test(around(input, hit.start, hit.end, 120))
  ) {
    return 'strong';
  }
  // "she said it was 'just sniff'", "its only ket": what something is said to be, played down, in lower case and
  // closing what was said ("it's just sniff it and see" is a verb).
  if (
    /^\p{Ll}/u.test(hit.raw) &&
    // A strict word too, but no colour ("he reckons it's just bud but", not "it's just green").
    (hit.entry.tier === 'context' || (hit.entry.tier === 'strict' && !/^(?:green|white|brown)$/i.test(hit.raw))) &&
    !DRUGS_NAMED_AS_PEOPLE.test(hit.raw) &&
    !/^(?:blues|joints?|haze|cali|vals|nos)$/i.test(hit.raw) &&
    PLAYED_DOWN.test(preceding) &&
    /^(?:[ \t]*(?:[,.;:!?)"'’”]|$)|[ \t]+(?:like|innit|init|and|but|mate|bro|though|tho|ting|thing|stuff)\b)/i.test(
      input.slice(hit.end, hit.end + 10),
    )
  ) {
    return 'strong';
  }
  // "'tell him the charlie's at Nan's'": a street name that is a given name too, with "the" as no person has it.
  if (/^(?:charlie|mandy|molly|sniff|bugle)$/.test(hit.raw) && /(?:^|[\s"'‘“])the[ \t]+$/i.test(preceding)) {
    return 'strong';
  }
  // "about 40 Es": ecstasy pills counted, in a text about drugs.
  // Not grades, letters or E numbers ("3 Es and a D in his GCSEs", "Haribo has about 10 Es").
  const near = around(input, hit.start, hit.end, 80);
  if (
    hit.raw === 'Es' &&
    /\b\d{1,4}[ \t]*$/.test(preceding) &&
    OTHER_DRUG_NEAR.test(near) &&
    !NOT_PILLS_NEAR.test(near)
  ) {
    return 'strong';
  }
  // "the fizzy stuff (nos)": the writer names what the stuff is, in brackets.
  if (
    /\b(?:stuff|one|ones|powder|pills|bags?|gas|balloons)[ \t]*\($/i.test(preceding) &&
    /^[ \t]*\)/u.test(input.slice(hit.end, hit.end + 3))
  ) {
    return 'strong';
  }
  const said = SAID_TO_BE.exec(preceding);
  // In lower case or all capitals ("were MD"): "she said it was Charlie who rang" is a person.
  const notAName = /^\p{Ll}/u.test(hit.raw) || hit.raw === hit.raw.toUpperCase();
  if (said !== null && notAName && (said[1] !== undefined || !EVERYDAY_TERMS.test(hit.raw))) {
    return 'strong';
  }
  return IT_IS.test(preceding) ? 'quoted' : undefined;
}
