// Menu letters and colours counted out, as a runner or a buyer says what is carried, owed or wanted.
import { chatOpening } from './chat-lines.ts';
import { BLOCKING_NEXT, DRUG_TALK, drugEntity as entity, type DrugName } from './drug-lexicon.ts';
import { QUOTE_OPEN_BEFORE, RUNNER_TALK, STRONG_RUNNER, describesDealing, sentenceAround } from './drug-talk.ts';
import { before, matchAll } from './spans.ts';
import type { DrugEntity } from './types.ts';

// A count before a menu letter or colour, as a runner or a buyer says what is carried, owed or wanted: "drop 10 b
// and 10 w", "2 b's n a w", "30 light left", "bring the 10 Bs", "two white two brown", "3 greens and 2 browns". "a"
// counts only second.
const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)';
const ITEM = "(?:[bwh](?:['’]?s)?|lights?|darks?|whites?|browns?|greens?|rocks?|stones?)";
const COUNTED = new RegExp(
  `(?<![\\p{L}\\p{N}£.,:/-])(${COUNT})[ \\t]?(?:more[ \\t]+|of the[ \\t]+)?(${ITEM})(?![\\p{L}\\p{N}-])`,
  'giu',
);
// "four stones left and two B", "10 stones n a bit of brown": what is left of one, then the other.
const COUNTED_NEXT = new RegExp(
  `^[ \\t]*(?:(?i:left|on me)[ \\t]+)?(?:,|and|n|&|\\+)?[ \\t]*(?:${COUNT}|(?i:a bit of|a bit a|bit of|some)[ \\t]|a)[ \\t]?(${ITEM})(?![\\p{L}\\p{N}-])`,
  'iu',
);
const NOT_COUNTED_BEFORE =
  /\b(?:flat|flats|apartment|unit|no|number|room|block|house|plot|bus|buses|route|year|yr|grade|grades|seat|platform|gate|junction|page|row|aisle|level|floor|size|bay|door|stand|court|wing|ward|bed|pitch)\.?[ \t]*$/i;
const SCHOOL_WORDS = /\b(?:gcses?|grades?|exams?|mocks?|a-?levels?|sixth form|results|marks|tests?|subjects?|sets?)\b/i;
// What may follow one counted item alone: the end of what was said, or a runner's next word, never a noun ("2 white
// ones", "3 lights in the wash").
const COUNTED_END =
  /^(?:[ \t]*(?:[.,!?;:)'"’”\n]|$)|[ \t]+(?:left|and|n|by|ready|today|tonight|each|pls|plz|please|mate|bro|asap|now|x)\b)/iu;
const COUNTED_CRACK = /^(?:w|ws|w's|w’s|lights?|whites?|rocks?|stones?)$/i;
// "'on my way bro, 2 B 1 W'", "'drop 10 b and 10 w'", "'u owe me 2 b's n a w'": counts of each side together; one
// counted item alone, quoted with runner talk ("'got 30 light left'", "'bring the 10 Bs'"). A letter must stand
// apart from its count ("10W and 10B" are form groups, "12B" a flat). The evidence asked for grows with how
// everyday the words are: letters need quotes or drug talk in the sentence; colours, light and dark need drug talk
// in the sentence, or quotes in a text that describes dealing ("'two white two brown'" at a window where money
// changes hands, not at the bread counter).
export function findCounted(input: string, pairs: readonly DrugEntity[]): DrugEntity[] {
  const out: DrugEntity[] = [];
  const taken = (start: number, end: number) => [...pairs, ...out].some((d) => d.start < end && start < d.end);
  const scene = describesDealing(input);
  for (const m of matchAll(COUNTED, input)) {
    const item = m[2] ?? '';
    const start = m.index + m[0].length - item.length;
    const end = m.index + m[0].length;
    if (taken(start, end) || NOT_COUNTED_BEFORE.test(before(input, m.index, 16))) continue;
    const letter = item.length <= 3;
    const sentence = sentenceAround(input, m.index, end);
    // Said aloud: in quotes, or a line of a forwarded chat ("[19:02, 03/12] Me: ye 2 of the light").
    const chat = chatOpening(input.slice(input.lastIndexOf('\n', m.index) + 1, m.index)) !== undefined;
    const quoted = QUOTE_OPEN_BEFORE.test(before(input, m.index, 60)) || chat;
    // A letter stands apart from its count ("10W and 10B" are form groups) unless quoted ("'Liam 2W 1B'").
    if (letter && !/[ \t]/.test(m[0]) && !quoted) continue;
    // "drop" alone is not drug talk here: "drop 10 b and 10 w at the dry cleaners".
    const next = COUNTED_NEXT.exec(input.slice(end, end + 22));
    // A letter counted next to it, with a runner's words ("'four stones left and two B, tell Ghost to send more'"),
    // not a diet's or a patio's ("'lost four stones and two b days to go'").
    const nextLetter = (next?.[1]?.length ?? 9) <= 3;
    const evidence =
      DRUG_TALK.test(sentence.replace(/\bdrops?\b/gi, '')) ||
      (quoted && (letter || scene || (nextLetter && STRONG_RUNNER.test(sentence)))) ||
      (chat && STRONG_RUNNER.test(input));
    if (!evidence || SCHOOL_WORDS.test(sentence)) continue;
    // Green counted is greens to eat or grow unless said aloud where dealing goes on ("'3 greens and 2 browns
    // left'"), never on drug talk alone ("buy 3 greens and 2 browns at the garden centre").
    const greens = [item, next?.[1] ?? ''].some((w) => /^greens?$/i.test(w));
    if (greens && !(quoted && scene)) continue;
    const side = (text: string): DrugName =>
      COUNTED_CRACK.test(text) ? 'crack' : /^greens?$/i.test(text) ? 'cannabis' : 'heroin';
    const nextItem = next?.[1];
    if (nextItem !== undefined && side(nextItem) !== side(item)) {
      const pairEnd = end + (next?.index ?? 0) + (next?.[0].length ?? 0);
      if (BLOCKING_NEXT.test(input.slice(pairEnd, pairEnd + 20))) continue;
      out.push(entity(side(item), item, start), entity(side(nextItem), nextItem, pairEnd - nextItem.length));
      continue;
    }
    // One item alone: a plural letter ("Bs") or a word, quoted, with runner talk, never a noun after it.
    if (/^[bwh]$/i.test(item) || !quoted || BLOCKING_NEXT.test(input.slice(end, end + 20))) continue;
    const runner = RUNNER_TALK.test(sentence) || (chat && STRONG_RUNNER.test(input));
    if (COUNTED_END.test(input.slice(end, end + 12)) && runner) {
      out.push(entity(side(item), item, start));
    }
  }
  return out;
}
