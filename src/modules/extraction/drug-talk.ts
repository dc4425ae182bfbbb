// How runners, buyers and residents talk about drugs, as the drug rules weigh it: runner talk, a scene of dealing,
// what is said in quotes and the sentence a word stands in.
import { DRUG_TALK } from './drug-lexicon.ts';

// What a runner or buyer says around one counted item alone: "tell Dre I've got 30 light left", "need u at the spot
// … bring the 10 Bs". Never a flat, a bus, a school grade or a size: "Flat 10 B", "3 Bs in her mocks".
export const RUNNER_TALK =
  /\b(?:drop|drops|dropping|bring|brings|send|sent|owe|owes|owed|spot|tick|ting|re-?up|reload|shot|shotting|serve|serving|left|carrying|on me|bando|trap|the line|food|deliver|delivery|tap in|pick up|collect|need|needs|waiting|low|dry)\b/i;
// What only a runner or a line says: "the line's dry", "send it to the spot", "re-up", "on tick". Not "need",
// "left" or "low", which residents say of street lights ("'no light left in the alley'").
export const STRONG_RUNNER =
  /\b(?:the line|line['’]s|spot|re-?up\w*|drop|drops|ting|food|tick|shot|shotting|serve|serving|bando|trap|dry|runners?|send it|sent it|send more|tap in|cotch|nitties|cats|fiends)\b/i;
// A text that describes dealing, so that quoted menu words in it may be an order: money changing hands, callers, a
// runner, a line, wraps and packets, a runner's "work phone".
export const DEALING_SCENE =
  /\b(?:cash|money|packets?|wraps?|baggies|callers|visitors|coming and going|runners?|running|line|trap|shotting|served|serving|addicts?|users?|nitties|cats|fiends|letterbox|re-?up\w*|work ?phone|graft ?phone|burner)\b/i;

// A text about drugs or their dealing in so many words: a chip shop's "we only do the brown" or a decorator's "we
// only do white" in a text about cash and callers is not stock.
export const DRUG_SCENE =
  /\b(?:cuckoo\w*|drugs?|dealing(?![ \t]+with)|dealers?|county lines|trap ?house|deal ?line|crack|heroin|smack|addicts?|drug users?|wraps)\b/i;
// Words of a deal line's own adverts, around a menu: "LINE BACK ON", "on da ting", "all nite".
export const DEAL_LINE_TALK = /\b(?:line|plug|back on|on da|ting|nite|bando|trap)\b/i;

/** Whether the text describes dealing at all: drug talk, or a scene where money and wraps change hands. */
// Many rules ask it of the same text in a row: the last answer is kept.
let lastText: string | undefined;
let lastAnswer = false;
export function describesDealing(input: string): boolean {
  if (input !== lastText) {
    lastText = input;
    lastAnswer = DEALING_SCENE.test(input) || DRUG_TALK.test(input);
  }
  return lastAnswer;
}

// A quotation opened before (an apostrophe inside a word is not one).
export const QUOTE_OPEN_BEFORE = /(?:^|[\s(:])["'‘“]/u;

export const sentenceAround = (input: string, start: number, end: number): string => {
  const from = Math.max(
    input.lastIndexOf('.', start),
    input.lastIndexOf('!', start),
    input.lastIndexOf('?', start),
    input.lastIndexOf('\n', start),
  );
  const stops = ['.', '!', '?', '\n'].map((c) => input.indexOf(c, end)).filter((i) => i >= 0);
  return input.slice(from + 1, stops.length > 0 ? Math.min(...stops) : input.length);
};

// The quotation a position sits inside, if any: from an opening quote within 80 characters before to its close.
export function quotationAround(input: string, at: number): string | undefined {
  // An apostrophe inside a word ("the line's dry") neither opens nor closes it.
  const open = /(?:^|[\s(:])["'‘“](?:[^"'’”\n]|(?<=\p{L})['’](?=\p{L})){0,200}$/u.exec(
    input.slice(Math.max(0, at - 210), at),
  );
  if (open === null) return undefined;
  const close = /["'’”](?![\p{L}])/u.exec(input.slice(at));
  return close === null ? undefined : open[0] + input.slice(at, at + close.index);
}
