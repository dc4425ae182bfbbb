// Crack and heroin sold together, named as a pair ("white and brown", "B&W", "dark & light", "w/b" on a line's
// menu), and counted out (drug-counts.ts).
import { BLOCKING_NEXT, COLOUR_WORK, DEALING_BEFORE, drugEntity as entity, MENU_CONTEXT } from './drug-lexicon.ts';
import { findCounted } from './drug-counts.ts';
import { DEAL_LINE_TALK, DRUG_SCENE, describesDealing, quotationAround } from './drug-talk.ts';
import { matchAll } from './spans.ts';
import type { DrugEntity } from './types.ts';

// "white and brown", "B&W", "H and W", "brown n white", "dark & light", "the white and the brown": crack (white,
// W, light, "rox") and heroin (brown, B, H, dark) sold together.
// Emoji a menu puts around its items ("🍫 dark 🍫 n ❄️ light ❄️") may stand between the two; a comma only inside
// quotes, as shouted or written ("they shout 'white, brown'"); each word may be quoted on its own ("selling
// 'white' and 'brown'").
const QUOTE_MARK = `(?:["'‘’“”][ \\t]*)?`;
const EMOJI_SPACE = '[ \\t\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}]*';
const PAIR = new RegExp(
  `(?<![\\p{L}\\p{N}])(white|brown|lights?|darks?|rocks|rox|roks|pebbles|[bwh])(?:[ \\t]+ones)?${EMOJI_SPACE}${QUOTE_MARK}(and(?:[ \\t]+the)?|an(?:[ \\t]+the)?|&|n|'n'|\\+|\\/|,)${EMOJI_SPACE}${QUOTE_MARK}(white|brown|lights?|darks?|[bwh])(?:[ \\t]+ones)?(?![\\p{L}\\p{N}])`,
  'giu',
);
const QUOTE_BEFORE = /["'‘“][ \t]*$/u;
const QUOTE_AFTER = /^[ \t]*[.!?]?["'’”]/u;
const CRACK_SIDE = /^(?:white|lights?|w|rocks|rox|roks|pebbles)$/i;
const DEALT_AFTER =
  /^[ \t]+(?:(?:they|he|she|we|you|u)[ \t]+)?(?:shifted|shifting|shift|sold|selling|sell|moved|moving|pushed|pushing|served|serving)\b/i;
// What a runner says of the pair: wanted, sent, brought, dropped off or delivered ("'I dropped the brown and the
// light'", "'delivering food for my guy, light n dark'").
const RUNNER_WORK =
  /\b(?:need|needs|send|sent|bring|brought|drop|drops|dropped|dropping|deliver|delivers|delivered|delivering|more)\b/i;
const SENT_WITH =
  /\b(?:send|sends|sending|sent|carry|carries|carrying|carried)\b[^.!?\n]{0,60}\bwith[ \t]+(?:the[ \t]+)?$/i;
export const LIGHT_DARK = /^(?:light|dark)s?$/i;
const ASKED_OF_LINE =
  /\b(?:text|texts|texting|txt|ring|rings|ringing|call|calls|calling|message|messages|msg|hit up)\b[^.!?\n]{0,20}\bfor[ \t]+$/i;
// A date after "w/b", not a menu's price ("w/b 1 for 20", "W/B 10s 20s").
const WEEK_AFTER =
  /^[ \t]*(?:\d(?!\d{0,2}s\b)(?!\d{0,2}[ \t]*(?:for|4|x)\b)|mon|tue|wed|thu|fri|sat|sun|the[ \t]+\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// A drug named outright elsewhere in the text makes it one about drugs: "'tell Skeng I dropped the brown and the
// light' … Car stinks of skunk after".
const NAMED_DRUG = /\b(?:skunk|weed|cannabis|cocaine|ketamine|mdma|spice|heroin|crack)\b/i;

// A deal-line menu or price list around a range (see MENU_CONTEXT).
export function inMenu(input: string, start: number, end: number): boolean {
  return MENU_CONTEXT.test(input.slice(Math.max(0, start - 80), end + 80));
}

/** Crack and heroin named as a pair, and counted out. */
export function findPairs(input: string): DrugEntity[] {
  // Whether the text describes dealing, asked once for every pair in it.
  const scene = describesDealing(input) || NAMED_DRUG.test(input);
  const out: DrugEntity[] = [];
  for (const m of matchAll(PAIR, input)) {
    const a = m[1] ?? '';
    const b = m[3] ?? '';
    const end = m.index + m[0].length;
    // A comma only inside quotes, in a text that describes dealing: not "Paint colours: 'white, brown'".
    const quotedAlone =
      QUOTE_BEFORE.test(input.slice(Math.max(0, m.index - 3), m.index)) && QUOTE_AFTER.test(input.slice(end));
    if (m[2] === ',' && !(quotedAlone && scene)) continue;
    const letters = a.length === 1 && b.length === 1;
    const words = a.length > 1 && b.length > 1;
    // A word and a letter ("sell rocks and b") only where dealing is said just before.
    const mixed = !letters && !words && DEALING_BEFORE.test(input.slice(Math.max(0, m.index - 40), m.index));
    // Exactly one side must be white/W/light; "w/b" is "week beginning".
    if ((!letters && !words && !mixed) || CRACK_SIDE.test(a) === CRACK_SIDE.test(b)) continue;
    const menu = inMenu(input, m.index, end);
    // Light and dark (and lower-case letters) off a menu only with dealing said of them: "doing light and dark",
    // "how many light and darks they shifted", "sellin b n w".
    // Or asked of a line, in a text that describes dealing: "people text it for b and w".
    const dealt =
      DEALING_BEFORE.test(input.slice(Math.max(0, m.index - 40), m.index)) ||
      DEALT_AFTER.test(input.slice(end, end + 30)) ||
      (scene && ASKED_OF_LINE.test(input.slice(Math.max(0, m.index - 40), m.index)));
    // Letters in capitals, or lower case on a menu ("w n b all day, 2 for 25") or dealt; never "w/b".
    const lowerCase = a !== a.toUpperCase() || b !== b.toUpperCase();
    // "w/b" on a menu that gives no date after it ("2 for 25 w/b all day") is the menu's letters.
    // A car boot sale's or a gym's "w/b: 2 for £5" is a week too: only a deal line's menu reads it as letters.
    const lineMenu = menu && (DEAL_LINE_TALK.test(input) || DRUG_SCENE.test(input));
    const weekBeginning = m[0].includes('/') && !(lineMenu && !WEEK_AFTER.test(input.slice(end, end + 12)));
    if (letters && (weekBeginning || (!menu && !dealt && lowerCase))) continue;
    // Light and dark quoted in a text that describes dealing: "14 wraps, which he described as 'light and dark'".
    const quotedInScene =
      (QUOTE_BEFORE.test(input.slice(Math.max(0, m.index - 3), m.index)) || /["'‘“]/u.test(m[0])) &&
      QUOTE_AFTER.test(input.slice(end)) &&
      scene;
    // Or inside what a runner says, in a text about dealing: "'we need more dark and light for Monday'".
    const speech = scene ? quotationAround(input, m.index) : undefined;
    // Wanted, sent or brought, and nothing named after the pair: not "'separate the dark and light washing'", "'I left
    // the dark and light at Mum's'".
    // "got" only for rocks, the pair ending what is said ("'he's got rocks and the brown today'"); not "'we've got light
    // and dark'" at a coffee stall or "'I've got rocks and brown for your border'".
    const rocksGot =
      /^(?:rocks|rox|roks)$/i.test(a) &&
      speech !== undefined &&
      /\bgot\b/i.test(speech) &&
      /^(?:[ \t]*(?:[.!?"'’”]|$)|[ \t]+(?:today|tonight|now|bro|mate|innit)\b)/i.test(input.slice(end, end + 10));
    const wanted = rocksGot || (speech !== undefined && RUNNER_WORK.test(speech));
    const runnerSaid =
      wanted &&
      !/ones$/i.test(m[0]) &&
      /^(?:[ \t]*(?:[,.;:!?)"'’”]|$)|[ \t]+(?:for|to|on|today|tonight|tomorrow|pls|please|bro|mate|x|asap|and|n)\b)/i.test(
        input.slice(end, end + 12),
      );
    // So do rocks before brown: "'he's got rocks and the brown today'", not "rocks and brown leaves".
    const needsSaying = LIGHT_DARK.test(a) || LIGHT_DARK.test(b) || /^(?:rocks|rox|roks|pebbles)$/i.test(a);
    // Or carried by a runner the text says is sent: "they keep sending him to ppl houses with the pebbles and the
    // brown".
    const carried = scene && SENT_WITH.test(input.slice(Math.max(0, m.index - 80), m.index));
    if (!menu && !dealt && !quotedInScene && !runnerSaid && !carried && needsSaying) continue;
    // Two colours in quotes need dealing said of them: "The paint is 'white' and 'brown'" is paint.
    if (words && /["'‘“]/u.test(m[0]) && !menu && !dealt && !quotedInScene) continue;
    if (BLOCKING_NEXT.test(input.slice(end, end + 20).replace(/^["'’”]/u, ''))) continue;
    // Colours of paint, cloth or a kit off a menu: "'can you bring the brown and the white'. We were painting the fence".
    if (!menu && COLOUR_WORK.test(input.slice(Math.max(0, m.index - 80), end + 80))) continue;
    const bStart = end - b.length;
    for (const [text, start] of [
      [a, m.index],
      [b, bStart],
    ] as const) {
      out.push(entity(CRACK_SIDE.test(text) ? 'crack' : 'heroin', text, start));
    }
  }
  return [...out, ...findCounted(input, out)];
}
